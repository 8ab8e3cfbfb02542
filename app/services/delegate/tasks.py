"""Open tasks of a cohort: text, who, due date, optional circle. They carry over from day to day
until someone marks them done (the done task keeps who and when)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.delegate import Circle, Task
from app.models.people import Cohort, Membership, Person
from app.services.errors import NotFound, ValidationError
from app.services.today.day_records import TaskInfo
from app.services.validation import required_text


@dataclass(frozen=True)
class TaskInput:
    text: str
    assignee_id: int | None = None
    due_date: dt.date | None = None
    circle_id: int | None = None


def infos(session: Session, rows) -> list[TaskInfo]:
    person_ids = {r.assignee_id for r in rows} | {r.done_by_id for r in rows}
    names = {
        p.id: p.first_name
        for p in session.scalars(select(Person).where(Person.id.in_([i for i in person_ids if i])))
    }
    circles = {c.id: c.name for c in session.scalars(select(Circle))}
    return [
        TaskInfo(
            r.id,
            r.text,
            r.assignee_id,
            names.get(r.assignee_id, ""),
            r.due_date,
            r.circle_id,
            circles.get(r.circle_id, ""),
            r.created_on,
            r.done_on,
            names.get(r.done_by_id, ""),
        )
        for r in rows
    ]


def validate_task(session: Session, cohort_id: int, data: TaskInput, today: dt.date) -> TaskInput:
    """The task cleaned, or ValidationError (text required, due date not in the past)."""
    if session.get(Cohort, cohort_id) is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "tasks"))
    text = required_text(data.text, "text", tr("ce qu'il faut faire", "tasks"), 300)
    if data.assignee_id is not None:
        member = session.scalar(
            select(Membership.id).where(
                Membership.cohort_id == cohort_id, Membership.person_id == data.assignee_id
            )
        )
        if member is None:
            raise ValidationError(
                "assignee", tr("Cette personne n'est pas dans la cohorte.", "tasks")
            )
    if data.due_date is not None and data.due_date < today:
        raise ValidationError("due_date", tr("La date limite est déjà passée.", "tasks"))
    if data.circle_id is not None:
        circle = session.get(Circle, data.circle_id)
        if circle is None or circle.cohort_id != cohort_id:
            raise ValidationError("circle", tr("Ce cercle n'existe plus.", "tasks"))
    return TaskInput(text, data.assignee_id, data.due_date, data.circle_id)


def add_task(session: Session, cohort_id: int, data: TaskInput, today: dt.date) -> TaskInfo:
    clean = validate_task(session, cohort_id, data, today)
    row = Task(cohort_id=cohort_id, created_on=today, **clean.__dict__)
    session.add(row)
    session.flush()
    return infos(session, [row])[0]


def done_tasks(session: Session, cohort_id: int) -> list[TaskInfo]:
    rows = session.scalars(
        select(Task)
        .where(Task.cohort_id == cohort_id, Task.done_on.is_not(None))
        .order_by(Task.done_on.desc(), Task.id.desc())
    ).all()
    return infos(session, rows)


def set_done(
    session: Session, task_id: int, done: bool, on: dt.date, person_id: int | None = None
) -> TaskInfo:
    """Mark a task done (on a day, by someone) or open it again."""
    row = session.get(Task, task_id)
    if row is None:
        raise NotFound(task_id)
    row.done_on = on if done else None
    row.done_by_id = person_id if done else None
    session.flush()
    return infos(session, [row])[0]


def delete_task(session: Session, task_id: int) -> None:
    """Take a task back (undo of its creation)."""
    row = session.get(Task, task_id)
    if row is None:
        raise NotFound(task_id)
    session.delete(row)
    session.flush()
