"""Around the cohort: the programme report (File menu and cohort toolbar)."""
