"""Thematic circles of a cohort: mandate and members, starter checklist, meetings, rotating lead,
suggested members, the printed sheet's data, and copying a cohort's circles into a new one."""
