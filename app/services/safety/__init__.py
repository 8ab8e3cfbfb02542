"""The safety area: backups and restore, the Corbeille (trash), deleting with its checks, the graph
of rows that refer to a row, and a person's rights over her data."""
