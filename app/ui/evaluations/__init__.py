"""The Evaluations tab: PIN gate, observation grid, self and peers, individual reports
(tastings are in the Menus tab)."""
