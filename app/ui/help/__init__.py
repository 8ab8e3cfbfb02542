"""The "Comment faire ?" help: steps per tab (content.py) shown in a side panel (panel.py)."""
