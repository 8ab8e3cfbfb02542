"""What a circle's printed sheet shows: its mandate, members, lead and next lead, starter checklist,
open tasks and the minutes of its last meetings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.delegate import Circle
from app.models.people import Cohort, Person
from app.services.circles import checklist, lead, meetings, tasks
from app.services.circles.checklist import ChecklistLine
from app.services.circles.circles import CircleInfo, get_circle
from app.services.circles.meetings import MeetingInfo
from app.services.errors import ValidationError
from app.services.text_match import named_key
from app.services.today.day_records import TaskInfo

LAST_MEETINGS = 3


@dataclass(frozen=True)
class CircleSheet:
    cohort_name: str
    circle: CircleInfo
    next_lead_name: str
    checklist: tuple[ChecklistLine, ...]
    open_tasks: tuple[TaskInfo, ...]
    last_meetings: tuple[MeetingInfo, ...]


def circle_sheet(session: Session, circle_id: int) -> CircleSheet:
    info = get_circle(session, circle_id)
    cohort = session.get(Cohort, info.cohort_id)
    next_id = lead.next_lead(session, circle_id)
    next_person = session.get(Person, next_id) if next_id is not None else None
    return CircleSheet(
        cohort.name if cohort else "",
        info,
        next_person.first_name if next_person else "",
        tuple(checklist.checklist(session, circle_id)),
        tuple(tasks.open_circle_tasks(session, circle_id)),
        tuple(meetings.meetings(session, circle_id)[:LAST_MEETINGS]),
    )


def find_circle(session: Session, cohort_id: int, circle_name: str) -> int:
    """The id of the cohort's circle named `circle_name` (any case), or a clear refusal."""
    circle_id = named_key(
        session.execute(select(Circle.id, Circle.name).where(Circle.cohort_id == cohort_id)),
        circle_name,
    )
    if circle_id is None:
        raise ValidationError(
            "circle",
            fill(
                tr("Aucun cercle « {name} » dans cette cohorte.", "circles"),
                name=circle_name.strip(),
            ),
        )
    return circle_id
