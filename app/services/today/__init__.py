"""What the main window shows as it opens (plain SQL, no model class mapped) and the records the
delegate's day is shown with."""
