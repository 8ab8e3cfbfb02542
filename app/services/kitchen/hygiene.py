"""The cleaning and hygiene record of a month: each kitchen day of a cohort (a day with a kitchen
morning) against the lines of the kitchen checklist (hands, apron, worktops… as the coordinator
set them), with who ticked each line and when. Read from the checklist's ticks: nothing new is
typed, the delegate keeps ticking the day's list on Today."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.delegate import ChecklistItem, ChecklistTick
from app.models.people import Cohort, Person
from app.models.schedule import Morning
from app.services.delegate.default_checklists import checklist_text
from app.services.errors import NotFound
from app.vocab.delegate import ChecklistKind


@dataclass(frozen=True)
class HygieneCell:
    done: bool
    by: str = ""
    at: dt.datetime | None = None


@dataclass(frozen=True)
class HygieneDay:
    date: dt.date
    cells: tuple[HygieneCell, ...]  # one per line, in the order of `HygieneMonth.lines`


@dataclass(frozen=True)
class HygieneMonth:
    cohort_name: str
    year: int
    month: int
    lines: tuple[str, ...]
    days: tuple[HygieneDay, ...]

    @property
    def missing(self) -> int:
        """Lines not ticked on a kitchen day."""
        return sum(1 for day in self.days for cell in day.cells if not cell.done)


def hygiene_month(session: Session, cohort_id: int, year: int, month: int) -> HygieneMonth:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(cohort_id)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    days = sorted(
        set(
            session.scalars(
                select(Morning.date).where(
                    Morning.cohort_id == cohort_id,
                    Morning.kind == "kitchen",
                    Morning.date.between(first, last),
                )
            )
        )
    )
    ticks = {
        (tick.date, tick.item_id): tick
        for tick in session.scalars(
            select(ChecklistTick).where(
                ChecklistTick.cohort_id == cohort_id, ChecklistTick.date.between(first, last)
            )
        )
    }
    items = [
        item
        for item in session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.day_kind == ChecklistKind.KITCHEN.value)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        )
        if item.active or any(key[1] == item.id for key in ticks)
    ]
    names = {
        person.id: person.first_name
        for person in session.scalars(
            select(Person).where(
                Person.id.in_({t.ticked_by_id for t in ticks.values() if t.ticked_by_id})
            )
        )
    }

    def cell(day: dt.date, item: ChecklistItem) -> HygieneCell:
        tick = ticks.get((day, item.id))
        if tick is None:
            return HygieneCell(False)
        return HygieneCell(True, names.get(tick.ticked_by_id, ""), tick.ticked_at)

    return HygieneMonth(
        cohort.name,
        year,
        month,
        tuple(checklist_text(item.default_key, item.text) for item in items),
        tuple(HygieneDay(day, tuple(cell(day, item) for item in items)) for day in days),
    )
