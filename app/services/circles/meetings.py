"""A circle's meetings: the date and short minutes (what was said, what was decided)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.circles import CircleMeeting
from app.models.delegate import Circle
from app.services.errors import NotFound, ValidationError
from app.services.validation import limited_text, plausible_date

MINUTES_LENGTH = 2000


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    circle_id: int
    held_on: dt.date
    minutes: str


def meetings(session: Session, circle_id: int) -> list[MeetingInfo]:
    """The circle's meetings, latest first."""
    rows = session.scalars(
        select(CircleMeeting)
        .where(CircleMeeting.circle_id == circle_id)
        .order_by(CircleMeeting.held_on.desc(), CircleMeeting.id.desc())
    ).all()
    return [MeetingInfo(r.id, r.circle_id, r.held_on, r.minutes) for r in rows]


def _clean_minutes(minutes: str) -> str:
    text = limited_text((minutes or "").strip(), "minutes", MINUTES_LENGTH)
    if not text:
        raise ValidationError(
            "minutes", tr("Écrivez en quelques mots ce qui a été dit ou décidé.", "circles")
        )
    return text


def record_meeting(session: Session, circle_id: int, held_on: dt.date, minutes: str) -> MeetingInfo:
    if session.get(Circle, circle_id) is None:
        raise NotFound(circle_id)
    row = CircleMeeting(
        circle_id=circle_id,
        held_on=plausible_date(held_on, "held_on"),
        minutes=_clean_minutes(minutes),
    )
    session.add(row)
    session.flush()
    return MeetingInfo(row.id, circle_id, row.held_on, row.minutes)


def update_meeting(
    session: Session, meeting_id: int, held_on: dt.date, minutes: str
) -> MeetingInfo:
    row = session.get(CircleMeeting, meeting_id)
    if row is None:
        raise NotFound(meeting_id)
    row.held_on = plausible_date(held_on, "held_on")
    row.minutes = _clean_minutes(minutes)
    session.flush()
    return MeetingInfo(row.id, row.circle_id, row.held_on, row.minutes)


def delete_meeting(session: Session, meeting_id: int) -> None:
    row = session.get(CircleMeeting, meeting_id)
    if row is None:
        raise NotFound(meeting_id)
    session.delete(row)
    session.flush()
