"""The Members tab: the people of the current cohort, with search, add, edit and deactivate."""
