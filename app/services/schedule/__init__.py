"""The schedule area: mornings, terms built from a pattern, modules and prerequisites, attendance,
hours against targets and the calendar export."""
