"""The Evaluations tab: PIN gate, observation grid, self and peers, tastings, individual reports."""
