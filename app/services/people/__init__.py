"""The people area: the cooperative's identity, its cohorts, members and other people, countries of
origin and the first-run set-up."""
