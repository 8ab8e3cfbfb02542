"""A member as the rotation planner sees her: who may be delegate, and when she may not. Its own
module, so that the first window (the day's delegate warning, app/services/today/first_screen.py)
reads it without importing the planner and its records (app/services/delegate/planner.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """A member who may be delegate, and when she may not."""

    person_id: int
    name: str = ""
    available_from: dt.date | None = None  # joined on
    available_until: dt.date | None = None  # left on (not available from that day)
    unavailable_dates: frozenset[dt.date] = frozenset()
    unavailable_weekdays: frozenset[int] = frozenset()  # 0 = Monday
    gender: str = "unstated"  # app.vocab.people.Gender: the words of why he or she is not free

    def available_on(self, day: dt.date) -> bool:
        if self.available_from is not None and day < self.available_from:
            return False
        if self.available_until is not None and day >= self.available_until:
            return False
        return day not in self.unavailable_dates and day.weekday() not in self.unavailable_weekdays
