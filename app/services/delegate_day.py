"""The delegate's day, as the Today screen shows it: who is delegate and deputy, the schedule of
the day, the checklist, open tasks and the previous delegate's handover; and writing a handover.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models import Module, Morning, Person
from app.models.delegate import Handover, RotationDay
from app.services import checklists, rotation_days, tasks
from app.services.errors import ValidationError
from app.services.tasks import TaskInfo, TaskInput
from app.services.validation import limited_text


@dataclass(frozen=True)
class MorningLine:
    start: dt.time
    end: dt.time
    kind: str
    title: str
    place: str


@dataclass(frozen=True)
class HandoverInfo:
    date: dt.date
    author_id: int | None
    author_name: str
    done_text: str
    next_text: str


@dataclass(frozen=True)
class TodayInfo:
    date: dt.date
    cohort_id: int
    working_day: bool
    delegate_id: int | None
    delegate_name: str
    deputy_name: str
    problem: str
    is_sale: bool
    schedule: list[MorningLine] = field(default_factory=list)
    checklist: list[checklists.CheckItem] = field(default_factory=list)
    open_tasks: list[TaskInfo] = field(default_factory=list)
    previous_handover: HandoverInfo | None = None
    own_handover: HandoverInfo | None = None
    next_day: rotation_days.RotationDayInfo | None = None
    has_plan: bool = False


def morning_kind_label(kind: str) -> str:
    return {
        "theory": tr("Théorie", "today"),
        "practice": tr("Pratique", "today"),
        "kitchen": tr("Cuisine", "today"),
        "visit": tr("Visite", "today"),
        "sale": tr("Vente", "today"),
        "mentoring": tr("Marrainage", "today"),
        "evaluation": tr("Évaluation", "today"),
        "other": tr("Autre", "today"),
    }.get(kind, kind)


def _handover(session: Session, row: Handover | None) -> HandoverInfo | None:
    if row is None:
        return None
    author = session.get(Person, row.author_id) if row.author_id else None
    return HandoverInfo(
        row.date, row.author_id, author.first_name if author else "", row.done_text, row.next_text
    )


def handover_on(session: Session, cohort_id: int, date: dt.date) -> HandoverInfo | None:
    return _handover(
        session,
        session.scalars(
            select(Handover).where(Handover.cohort_id == cohort_id, Handover.date == date)
        ).first(),
    )


def previous_handover(session: Session, cohort_id: int, date: dt.date) -> HandoverInfo | None:
    """The most recent handover written before `date`."""
    return _handover(
        session,
        session.scalars(
            select(Handover)
            .where(Handover.cohort_id == cohort_id, Handover.date < date)
            .order_by(Handover.date.desc())
        ).first(),
    )


def today(session: Session, cohort_id: int, date: dt.date) -> TodayInfo:
    day = rotation_days.day_of(session, cohort_id, date)
    mornings = session.execute(
        select(Morning, Module.name)
        .outerjoin(Module, Module.id == Morning.module_id)
        .where(Morning.cohort_id == cohort_id, Morning.date == date)
        .order_by(Morning.start_time)
    ).all()
    schedule = [
        MorningLine(m.start_time, m.end_time, m.kind, name or morning_kind_label(m.kind), m.place)
        for m, name in mornings
    ]
    following = session.scalars(
        select(RotationDay)
        .where(RotationDay.cohort_id == cohort_id, RotationDay.date > date)
        .order_by(RotationDay.date)
    ).first()
    return TodayInfo(
        date=date,
        cohort_id=cohort_id,
        working_day=day is not None or bool(mornings),
        delegate_id=day.delegate_id if day else None,
        delegate_name=day.delegate_name if day else "",
        deputy_name=day.deputy_name if day else "",
        problem=day.problem if day else "",
        is_sale=day.is_sale if day else any(m.kind == "sale" for m, _ in mornings),
        schedule=schedule,
        checklist=checklists.day_checklist(session, cohort_id, date),
        open_tasks=tasks.open_tasks(session, cohort_id),
        previous_handover=previous_handover(session, cohort_id, date),
        own_handover=handover_on(session, cohort_id, date),
        next_day=rotation_days.day_of(session, cohort_id, following.date) if following else None,
        has_plan=session.scalar(
            select(RotationDay.id)
            .where(RotationDay.cohort_id == cohort_id)
            .limit(1)
        )
        is not None,
    )


def save_handover(
    session: Session,
    cohort_id: int,
    date: dt.date,
    author_id: int | None,
    done_text: str,
    next_text: str,
    new_tasks: list[TaskInput] = (),
    today: dt.date | None = None,
) -> HandoverInfo:
    """Write (or rewrite) the handover of `date` with new open tasks, all or nothing."""
    done_text = limited_text(done_text, "done_text", 4000)
    next_text = limited_text(next_text, "next_text", 4000)
    if not done_text and not next_text and not new_tasks:
        raise ValidationError(
            "done_text", tr("Écrivez ce qui a été fait ou ce qui reste à faire.", "today")
        )
    if author_id is not None and session.get(Person, author_id) is None:
        raise ValidationError("author", tr("Cette personne n'existe plus.", "today"))
    reference = today or date
    checked = [tasks.validate_task(session, cohort_id, t, reference) for t in new_tasks]
    row = session.scalars(
        select(Handover).where(Handover.cohort_id == cohort_id, Handover.date == date)
    ).first()
    if row is None:
        row = Handover(cohort_id=cohort_id, date=date)
        session.add(row)
    row.author_id = author_id
    row.done_text = done_text
    row.next_text = next_text
    row.written_at = dt.datetime.now().replace(microsecond=0)
    for data in checked:
        tasks.add_task(session, cohort_id, data, reference)
    session.flush()
    return _handover(session, row)


def delegate_name_on(session: Session, cohort_id: int | None, date: dt.date) -> str:
    """For the status bar: today's delegate's first name, or "" when none."""
    if not cohort_id:
        return ""
    day = rotation_days.day_of(session, cohort_id, date)
    return day.delegate_name if day else ""
