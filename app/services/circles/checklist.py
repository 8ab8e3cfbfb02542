"""A circle's starter checklist: what it has to set up once ("choisir les fournisseurs", "ouvrir
un cahier de caisse"). Each line is ticked once, with the day and who did it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.circles import CircleChecklistItem
from app.models.delegate import Circle
from app.models.people import Person
from app.services.errors import NotFound
from app.services.validation import required_text


@dataclass(frozen=True)
class ChecklistLine:
    id: int
    circle_id: int
    text: str
    position: int
    done_on: dt.date | None
    done_by_id: int | None
    done_by_name: str

    @property
    def done(self) -> bool:
        return self.done_on is not None


def checklist(session: Session, circle_id: int) -> list[ChecklistLine]:
    rows = session.execute(
        select(CircleChecklistItem, Person.first_name)
        .outerjoin(Person, Person.id == CircleChecklistItem.done_by_id)
        .where(CircleChecklistItem.circle_id == circle_id)
        .order_by(CircleChecklistItem.position, CircleChecklistItem.id)
    ).all()
    return [
        ChecklistLine(r.id, r.circle_id, r.text, r.position, r.done_on, r.done_by_id, name or "")
        for r, name in rows
    ]


def add_item(
    session: Session, circle_id: int, text: str, position: int | None = None
) -> ChecklistLine:
    """A new line at the end (or at `position`, when an undo puts a line back)."""
    if session.get(Circle, circle_id) is None:
        raise NotFound(circle_id)
    clean = required_text(text, "text", tr("ce qu'il faut mettre en place", "circles"), 200)
    if position is None:
        last = session.scalar(
            select(func.max(CircleChecklistItem.position)).where(
                CircleChecklistItem.circle_id == circle_id
            )
        )
        position = 0 if last is None else last + 1
    row = CircleChecklistItem(circle_id=circle_id, text=clean, position=position)
    session.add(row)
    session.flush()
    return next(line for line in checklist(session, circle_id) if line.id == row.id)


def set_done(
    session: Session, item_id: int, done: bool, on: dt.date, person_id: int | None = None
) -> ChecklistLine:
    """Tick a line (on a day, by someone) or untick it."""
    row = session.get(CircleChecklistItem, item_id)
    if row is None:
        raise NotFound(item_id)
    row.done_on = on if done else None
    row.done_by_id = person_id if done else None
    session.flush()
    return next(line for line in checklist(session, row.circle_id) if line.id == item_id)


def remove_item(session: Session, item_id: int) -> None:
    row = session.get(CircleChecklistItem, item_id)
    if row is None:
        raise NotFound(item_id)
    session.delete(row)
    session.flush()
