"""Writing the delegate's handover of a day, with the new open tasks it leaves for the next days.

(The Today screen reads the day, handovers included, in `app.services.today.first_screen`.)
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.delegate import Handover
from app.models.people import Person
from app.services.delegate import tasks
from app.services.delegate.tasks import TaskInput
from app.services.errors import ValidationError
from app.services.today import first_screen
from app.services.today.day_records import HandoverInfo
from app.services.validation import limited_text


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
    return first_screen.handover_on(session, cohort_id, date)
