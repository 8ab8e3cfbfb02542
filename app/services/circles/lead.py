"""The circle's rotating lead: each turn starts on a date and lasts until the next one. The next
lead is chosen in turn, as the delegate rotation does: the member who led the fewest times, then
the one whose last turn is oldest (never led comes first), then by first name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.circles import CircleLeadTurn
from app.models.delegate import Circle, CircleMember
from app.models.people import Person
from app.services.errors import NotFound, ValidationError
from app.services.validation import plausible_date


@dataclass(frozen=True)
class LeadTurn:
    id: int
    circle_id: int
    person_id: int
    started_on: dt.date


def current_leads(session: Session, circle_ids: list[int]) -> dict[int, int]:
    """{circle id: person id of its latest turn}, for the circles that had one."""
    rows = session.execute(
        select(CircleLeadTurn.circle_id, CircleLeadTurn.person_id)
        .where(CircleLeadTurn.circle_id.in_(circle_ids))
        .order_by(CircleLeadTurn.started_on, CircleLeadTurn.id)
    ).all()
    return {circle_id: person_id for circle_id, person_id in rows}


def next_lead(session: Session, circle_id: int) -> int | None:
    """Whose turn it is to lead the circle next (None: the circle has no member)."""
    members = session.execute(
        select(Person.id, Person.first_name)
        .join(CircleMember, CircleMember.person_id == Person.id)
        .where(CircleMember.circle_id == circle_id)
    ).all()
    turns = session.execute(
        select(CircleLeadTurn.person_id, CircleLeadTurn.started_on)
        .where(CircleLeadTurn.circle_id == circle_id)
        .order_by(CircleLeadTurn.started_on, CircleLeadTurn.id)
    ).all()
    current = turns[-1].person_id if turns else None
    count = {person_id: 0 for person_id, _ in members}
    last: dict[int, int] = {}
    for order, turn in enumerate(turns):
        if turn.person_id in count:
            count[turn.person_id] += 1
            last[turn.person_id] = order
    candidates = [m for m in members if m.id != current] or list(members)
    if not candidates:
        return None
    best = min(candidates, key=lambda m: (count[m.id], last.get(m.id, -1), m.first_name, m.id))
    return best.id


def pass_lead(
    session: Session, circle_id: int, on: dt.date, person_id: int | None = None
) -> LeadTurn:
    """Start a lead turn on `on`: the next in turn, or `person_id` when chosen by hand."""
    if session.get(Circle, circle_id) is None:
        raise NotFound(circle_id)
    plausible_date(on, "started_on")
    chosen = person_id if person_id is not None else next_lead(session, circle_id)
    is_member = session.scalar(
        select(CircleMember.id).where(
            CircleMember.circle_id == circle_id, CircleMember.person_id == chosen
        )
    )
    if chosen is None or is_member is None:
        raise ValidationError("lead", tr("L'animatrice doit être membre du cercle.", "circles"))
    row = CircleLeadTurn(circle_id=circle_id, person_id=chosen, started_on=on)
    session.add(row)
    session.flush()
    return LeadTurn(row.id, circle_id, chosen, on)


def remove_turn(session: Session, turn_id: int) -> None:
    """Take a lead turn back (undo)."""
    row = session.get(CircleLeadTurn, turn_id)
    if row is None:
        raise NotFound(turn_id)
    session.delete(row)
    session.flush()
