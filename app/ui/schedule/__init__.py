"""The Schedule tab: the cohort's mornings (week and list), attendance, hours planned and done."""
