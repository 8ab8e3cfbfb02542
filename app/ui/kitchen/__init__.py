"""The Cuisine tab (food safety records) and the kitchen documents other tabs open."""
