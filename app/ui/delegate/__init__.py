"""The Rotation tab (plan, swaps, absences, history) and the dialogs the Today screen shares."""
