"""Whether the delegate planned for a day can still do it, and what to tell when she cannot.

One rule for both ways the app reads a rotation day: the Rotation tab's plan (ORM,
`app/services/delegate/rotation.py`) and the Today screen (plain SQL,
`app/services/today/first_screen.py`). No database here: the caller gives the day and the
delegate as a `Candidate` (None when she is no longer an active member of the cohort).
"""

from __future__ import annotations

import datetime as dt

from app.services.delegate.candidate import Candidate
from app.services.delegate.person_messages import no_longer_available
from app.services.today.day_records import RotationDayInfo


def delegate_warning(
    day: RotationDayInfo, delegate: Candidate | None, today: dt.date | None = None
) -> str:
    """The warning for `day` ("" when none): its delegate left the cohort, was deactivated or is
    unavailable that day. Days before `today` are history and never warned about."""
    if today is not None and day.date < today:
        return ""
    if day.delegate_id is None or (delegate is not None and delegate.available_on(day.date)):
        return ""
    return no_longer_available(day.delegate_name, day.delegate_gender)
