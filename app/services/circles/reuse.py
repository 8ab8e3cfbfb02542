"""Copy a cohort's circles into a new cohort: names, mandates and starter checklists (every line
not done yet); members, leads, meetings and tasks belong to the women who lived them and stay.
A copier for app.services.programme.reuse's registry."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.circles import CircleChecklistItem
from app.models.delegate import Circle
from app.services.programme.reuse import CohortCopy, register_copier
from app.services.text_match import caseless


def copy_circles(session: Session, source_cohort_id: int, target_cohort_id: int) -> int:
    """Copy the circles of `source_cohort_id` into `target_cohort_id` (a circle whose name the
    target already has is left out); returns how many were copied."""
    taken = {
        caseless(name)
        for name in session.scalars(select(Circle.name).where(Circle.cohort_id == target_cohort_id))
    }
    sources = session.scalars(
        select(Circle).where(Circle.cohort_id == source_cohort_id).order_by(Circle.id)
    ).all()
    copied = 0
    for source in sources:
        if caseless(source.name) in taken:
            continue
        twin = Circle(
            cohort_id=target_cohort_id,
            name=source.name,
            description=source.description,
            decides_alone=source.decides_alone,
            brings_to_group=source.brings_to_group,
        )
        session.add(twin)
        session.flush()
        items = session.scalars(
            select(CircleChecklistItem)
            .where(CircleChecklistItem.circle_id == source.id)
            .order_by(CircleChecklistItem.position, CircleChecklistItem.id)
        ).all()
        for position, item in enumerate(items):
            session.add(CircleChecklistItem(circle_id=twin.id, text=item.text, position=position))
        copied += 1
    session.flush()
    return copied


def _copy_for_reuse(session: Session, copy: CohortCopy) -> int:
    return copy_circles(session, copy.source_id, copy.target_id)


register_copier("circles", _copy_for_reuse)
