"""The signed attendance sheets of a week: for each morning of the week (not cancelled), the
members expected there, in the order they sign. The proof of attendance funders ask for, printed in
advance by `app/printing/attendance_sheet.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.errors import ValidationError
from app.services.schedule.attendance import MemberRef
from app.services.schedule.expected import expected_members_of_morning
from app.services.schedule.mornings import MorningInfo, list_mornings, monday_of


@dataclass(frozen=True)
class MorningSheet:
    morning: MorningInfo
    members: list[MemberRef]


def week_sheets(session: Session, cohort_id: int, day: dt.date) -> list[MorningSheet]:
    """One sheet per morning of the week holding `day`, in date order.

    A week without a morning is refused (nothing to print), with a message saying so.
    """
    monday = monday_of(day)
    mornings = list_mornings(
        session, cohort_id, monday, monday + dt.timedelta(days=6), include_cancelled=False
    )
    if not mornings:
        raise ValidationError(
            "week", tr("Aucune matinée prévue cette semaine : rien à imprimer.", "schedule")
        )
    return [
        MorningSheet(morning, expected_members_of_morning(session, morning.id))
        for morning in mornings
    ]
