"""When a follow-up falls due: the rule the Today screen (plain SQL, at start) and the outcomes
service (ORM) share. Pure functions over dates; no models.
"""

from __future__ import annotations

import calendar
import datetime as dt

from app.vocab.outcomes import CHECKPOINT_MONTHS, Checkpoint


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter): 31/5 + 3 -> 31/8,
    30/11 + 3 -> 28/2 (29/2 in a leap year)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_on(cohort_end: dt.date, checkpoint: str) -> dt.date:
    return months_after(cohort_end, CHECKPOINT_MONTHS[Checkpoint(checkpoint)])


def due_checkpoints(cohort_end: dt.date, noted: set[str], today: dt.date) -> list[str]:
    """The checkpoints of a cohort ended on `cohort_end` that have come by `today` and have
    nothing noted yet, in order."""
    return [
        checkpoint.value
        for checkpoint in Checkpoint
        if due_on(cohort_end, checkpoint) <= today and checkpoint.value not in noted
    ]
