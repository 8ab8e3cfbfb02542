"""The kitchen area (food safety records): allergens of food served without a label, fridge
temperatures, cleaning, purchases and production batches with their lots, and stock."""
