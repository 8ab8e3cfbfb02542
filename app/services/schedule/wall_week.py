"""The week as the kitchen wall shows it: for each day, its mornings, the delegate of the day and
the sale of the day (a sales event, or a rotation day marked as a sale day).

Saturday and Sunday appear only when something happens on them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.rotation import RotationDay
from app.models.sales import SalesEvent
from app.services.delegate.rotation_days import names_of
from app.services.people.genders import gender_of
from app.services.schedule.mornings import MorningInfo, monday_of, week_mornings


@dataclass(frozen=True)
class WallSale:
    """A sale on that day: where, and in which format (empty when only the rotation says so)."""

    place: str = ""
    format_label: str = ""


@dataclass(frozen=True)
class WallDay:
    date: dt.date
    mornings: tuple[MorningInfo, ...]
    delegate_name: str
    sale: WallSale | None
    delegate_gender: str = "unstated"  # app.vocab.people.Gender: the word over her name

    @property
    def sale_without_morning(self) -> bool:
        """A sale the mornings do not show already (no morning of kind "sale")."""
        return self.sale is not None and not any(m.kind == "sale" for m in self.mornings)

    @property
    def empty(self) -> bool:
        return not self.mornings and self.sale is None and not self.delegate_name


def wall_week(session: Session, cohort_id: int, monday: dt.date) -> list[WallDay]:
    from app.vocab.sales import sale_format_label as format_label

    monday = monday_of(monday)
    sunday = monday + dt.timedelta(days=6)
    mornings = week_mornings(session, cohort_id, monday)
    rotation = {
        row.date: row
        for row in session.scalars(
            select(RotationDay).where(
                RotationDay.cohort_id == cohort_id,
                RotationDay.date.between(monday, sunday),
            )
        )
    }
    events = {
        row.date: row
        for row in session.scalars(
            select(SalesEvent).where(
                SalesEvent.cohort_id == cohort_id, SalesEvent.date.between(monday, sunday)
            )
        )
    }
    names = names_of(
        session,
        [row.delegate_id for row in rotation.values()]
        + [row.delegate_id for row in events.values()],
    )
    days = []
    for offset in range(7):
        date = monday + dt.timedelta(days=offset)
        turn = rotation.get(date)
        event = events.get(date)
        if event is not None:
            sale = WallSale(event.place or "", format_label(event.format))
        elif turn is not None and turn.is_sale:
            sale = WallSale()
        else:
            sale = None
        # the rotation's delegate, else the one the sales day names
        delegate_id = (
            turn.delegate_id
            if turn is not None and turn.delegate_id
            else (event.delegate_id if event is not None else None)
        )
        day = WallDay(
            date=date,
            mornings=tuple(m for m in mornings if m.date == date),
            delegate_name=names.get(delegate_id, ""),
            sale=sale,
            delegate_gender=gender_of(session, delegate_id),
        )
        if offset < 5 or not day.empty:
            days.append(day)
    return days
