"""Around the cohort: the programme report for management and funders."""
