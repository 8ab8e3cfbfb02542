"""Delegates of the demo's Coopérative 2 who can no longer do their days, for the tests that read
the rotation after such changes (the Today screen's two paths, the plan read once)."""

from __future__ import annotations

from app.demo.delegate import DEMO_TODAY
from app.services.delegate import rotation
from app.services.people import cohorts, members
from app.services.today.day_records import RotationDayInfo


def depart(session) -> tuple[int, list[RotationDayInfo], list[int]]:
    """From the demo's today: today's delegate leaves the cohort (People tab, her days not
    reassigned), the next one is deactivated, a third says she is never there on Thursdays.
    Returns the cohort, its days from today as they were planned and their delegates, in order."""
    cohort = cohorts.find_cohort(session, "Coopérative 2")
    upcoming = [d for d in rotation.get_rotation(session, cohort.id).days if d.date >= DEMO_TODAY]
    ids = list(dict.fromkeys(d.delegate_id for d in upcoming if d.delegate_id))
    members.leave_cohort(session, ids[0], cohort.id, DEMO_TODAY)
    members.set_active(session, ids[1], False)
    rotation.add_unavailability(session, cohort.id, ids[2], weekday=3, reason="travail")
    return cohort.id, upcoming, ids
