"""The evaluations area: the competence framework, observation-grid and self-and-peer campaigns,
the coordinator's PIN, individual reports and statistics (tastings: app/services/tastings)."""
