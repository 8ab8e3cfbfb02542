"""The stored rotation, read: who is delegate and deputy on a given working day; weekday names.

Kept apart from `app.services.delegates` (planning, swaps, absences and their history) so that the
Today screen and the status bar, shown at start-up, load only this.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models import Person
from app.models.delegate import RotationDay


def weekday_name(weekday: int) -> str:
    names = (
        tr("lundi", "delegate"),
        tr("mardi", "delegate"),
        tr("mercredi", "delegate"),
        tr("jeudi", "delegate"),
        tr("vendredi", "delegate"),
        tr("samedi", "delegate"),
        tr("dimanche", "delegate"),
    )
    return names[weekday]


@dataclass(frozen=True)
class RotationDayInfo:
    date: dt.date
    is_sale: bool
    delegate_id: int | None
    delegate_name: str
    deputy_id: int | None
    deputy_name: str
    published: bool
    problem: str
    warning: str = ""  # e.g. the delegate left or was deactivated since the plan was made

    @property
    def needs_attention(self) -> bool:
        return self.delegate_id is None or bool(self.warning)


def names_of(session: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {p.id: p.first_name for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def day_info(row: RotationDay, names: dict[int, str]) -> RotationDayInfo:
    return RotationDayInfo(
        date=row.date,
        is_sale=row.is_sale,
        delegate_id=row.delegate_id,
        delegate_name=names.get(row.delegate_id, ""),
        deputy_id=row.deputy_id,
        deputy_name=names.get(row.deputy_id, ""),
        published=row.published,
        problem=row.problem,
    )


def day_of(session: Session, cohort_id: int, date: dt.date) -> RotationDayInfo | None:
    """The rotation day on `date` (None when it is not a working day of the plan)."""
    row = session.scalars(
        select(RotationDay).where(RotationDay.cohort_id == cohort_id, RotationDay.date == date)
    ).first()
    if row is None:
        return None
    return day_info(row, names_of(session, [row.delegate_id, row.deputy_id]))

