"""A circle's tasks: cohort tasks tagged with the circle (app.services.delegate.tasks), so they
also show on the Today screen. Here: the circle's open ones, and adding one for the circle."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.delegate import Circle, Task
from app.services.delegate import tasks
from app.services.delegate.tasks import TaskInput
from app.services.errors import NotFound
from app.services.today.day_records import TaskInfo


def open_circle_tasks(session: Session, circle_id: int) -> list[TaskInfo]:
    """The circle's tasks not done yet, soonest due first (without a date last)."""
    rows = session.scalars(
        select(Task).where(Task.circle_id == circle_id, Task.done_on.is_(None))
    ).all()
    infos = tasks.infos(session, rows)
    return sorted(infos, key=lambda t: (t.due_date is None, t.due_date or dt.date.max, t.id))


def add_circle_task(
    session: Session,
    circle_id: int,
    text: str,
    assignee_id: int | None,
    due_date: dt.date | None,
    today: dt.date,
) -> TaskInfo:
    circle = session.get(Circle, circle_id)
    if circle is None:
        raise NotFound(circle_id)
    return tasks.add_task(
        session, circle.cohort_id, TaskInput(text, assignee_id, due_date, circle_id), today
    )
