"""A network of cooperatives on one PostgreSQL server: each laptop publishes its cohorts to the
organisation's server and a new laptop fetches one back (`scope`: which rows belong to a cohort;
`copy`: rows copied by their global id; `publish`: one transaction per cohort, one writer each)."""
