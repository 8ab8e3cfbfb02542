"""The first-run assistant (wizard.py): create the cooperative, first cohort and members, or open
the demo."""
