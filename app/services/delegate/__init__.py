"""The delegate area: the rotation (planner and stored plan), the day's checklists, tasks, circles
and the handover between delegates."""
