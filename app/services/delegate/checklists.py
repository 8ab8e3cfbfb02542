"""The delegate's checklist: editable templates per kind of day, and the ticks of each day.

A day's checklist is the opening list, the kitchen list on a kitchen morning, the sale list on a
sale day, then the closing list. A tick records who ticked and when; unticking removes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.delegate import ChecklistItem, ChecklistTick
from app.services.delegate.default_checklists import checklist_text
from app.services.errors import NotFound, ValidationError
from app.services.validation import required_text
from app.vocab import values
from app.vocab.delegate import ChecklistKind


@dataclass(frozen=True)
class TemplateItem:
    id: int
    day_kind: str
    text: str
    position: int


def list_templates(session: Session, day_kind: str | None = None) -> list[TemplateItem]:
    query = select(ChecklistItem).where(ChecklistItem.active.is_(True))
    if day_kind is not None:
        query = query.where(ChecklistItem.day_kind == day_kind)
    rows = session.scalars(query).all()
    order = {kind: i for i, kind in enumerate(values(ChecklistKind))}
    rows = sorted(rows, key=lambda r: (order[r.day_kind], r.position, r.id))
    return [_template_item(r) for r in rows]


def _template_item(row: ChecklistItem) -> TemplateItem:
    return TemplateItem(
        row.id, row.day_kind, checklist_text(row.default_key, row.text), row.position
    )


def add_template_item(session: Session, day_kind: str, text: str) -> TemplateItem:
    if day_kind not in values(ChecklistKind):
        raise ValidationError("day_kind", tr("Choisissez un type de journée.", "checklists"))
    text = required_text(text, "text", tr("le texte de la ligne", "checklists"), 200)
    last = session.scalar(
        select(func.max(ChecklistItem.position)).where(ChecklistItem.day_kind == day_kind)
    )
    row = ChecklistItem(day_kind=day_kind, text=text, position=(last or 0) + 1, active=True)
    session.add(row)
    session.flush()
    return _template_item(row)


def rename_template_item(session: Session, item_id: int, text: str) -> TemplateItem:
    row = session.get(ChecklistItem, item_id)
    if row is None:
        raise NotFound(item_id)
    row.text = required_text(text, "text", tr("le texte de la ligne", "checklists"), 200)
    row.default_key = None  # her own words from now on, in every language
    session.flush()
    return _template_item(row)


def set_template_item_active(session: Session, item_id: int, active: bool) -> None:
    """Remove a line from the template (kept for the days it was ticked) or bring it back."""
    row = session.get(ChecklistItem, item_id)
    if row is None:
        raise NotFound(item_id)
    row.active = active
    session.flush()


def tick(
    session: Session, cohort_id: int, date: dt.date, item_id: int, done: bool, person_id: int | None
) -> None:
    """Tick (who, now) or untick one line of the day's checklist."""
    if session.get(ChecklistItem, item_id) is None:
        raise ValidationError("item", tr("Cette ligne n'existe plus.", "checklists"))
    row = session.scalars(
        select(ChecklistTick).where(
            ChecklistTick.cohort_id == cohort_id,
            ChecklistTick.date == date,
            ChecklistTick.item_id == item_id,
        )
    ).first()
    if done and row is None:
        session.add(
            ChecklistTick(
                cohort_id=cohort_id,
                date=date,
                item_id=item_id,
                ticked_by_id=person_id,
                ticked_at=dt.datetime.now().replace(microsecond=0),
            )
        )
    elif not done and row is not None:
        session.delete(row)
    session.flush()
