"""Reuse a programme: start a new cohort from a previous one, so the third cohort does not start
from nothing. `copy_cohort` creates the cohort (a new name, a new start date; the same length,
activity and targets), then runs every copier of `COPIERS`, in order, in the caller's one unit of
work: a refusal anywhere writes nothing.

What is copied: the schedule (each planned morning, moved by whole weeks so that a Monday stays a
Monday; a morning that would fall before the new start, after the new end, on a Belgian public
holiday or on a closure is left out; a morning given to sub-groups is copied once, for the whole
cohort), and the evaluation framework (competences, their order and
whether they are in use, the scale's words). What is not: people, memberships, attendance,
delegate rotation, sales, evaluations themselves, sub-groups (they are people), facilitators.
Recipes, menus, the modules' list and the delegate's checklists are shared by every cohort: the
new cohort has them already.

**Adding a copier** (another area, e.g. thematic circles): write a function
`copy_<area>(session, copy: CohortCopy) -> int` (rows copied) in your area's service package, and
register it once with `register_copier("<area>", copy_<area>)` at the bottom of that module, with
the module's name added to `COPIER_MODULES` below (imported by `copy_cohort`, so a copier is never
forgotten because its module was not loaded). The key names the line of the result
(`CopyResult.counts`).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.evaluations import EvalCompetence, EvalScaleLevel
from app.models.schedule import Morning
from app.services.errors import ValidationError
from app.services.people.cohorts import CohortInput, create_cohort, get_cohort
from app.services.schedule.mornings import MorningInput, create_morning, overlapping
from app.services.schedule.term import closure_on, holiday_name


@dataclass(frozen=True)
class CohortCopy:
    """What a copier needs: the cohort copied from, the new one, and how far the days move."""

    source_id: int
    target_id: int
    shift: dt.timedelta  # whole weeks
    start: dt.date
    end: dt.date
    left_out: list[dt.date] = field(default_factory=list)  # mornings not copied, for the result

    def moved(self, day: dt.date) -> dt.date:
        return day + self.shift


@dataclass(frozen=True)
class CopyResult:
    cohort_id: int
    counts: dict[str, int]  # copier key -> rows copied
    mornings_left_out: tuple[dt.date, ...]


Copier = Callable[[Session, CohortCopy], int]

# The copiers, in the order they run (a copier may rely on an earlier one's rows).
COPIERS: dict[str, Copier] = {}
# Modules that register copiers of their own (other areas): imported before copying.
COPIER_MODULES: tuple[str, ...] = ("app.services.circles.reuse",)


def register_copier(key: str, copier: Copier) -> None:
    """Add a copier under `key` (once: a second registration of a key is a mistake)."""
    if key in COPIERS:
        raise ValueError(f"copier {key!r} registered twice")
    COPIERS[key] = copier


def week_shift(old_start: dt.date, new_start: dt.date) -> dt.timedelta:
    """Whole weeks from the old start's week to the new start's week (Monday to Monday)."""
    old_monday = old_start - dt.timedelta(days=old_start.weekday())
    new_monday = new_start - dt.timedelta(days=new_start.weekday())
    return new_monday - old_monday


def _left_out(session: Session, copy: CohortCopy, day: dt.date, row: Morning) -> bool:
    """Outside the new dates, a public holiday, a closure, or a time already taken (the same
    morning given to two sub-groups is copied once, for the whole cohort)."""
    return (
        day < copy.start
        or day > copy.end
        or holiday_name(day) is not None
        or closure_on(session, copy.target_id, day) is not None
        or overlapping(session, copy.target_id, day, row.start_time, row.end_time, None, None)
        is not None
    )


def copy_schedule(session: Session, copy: CohortCopy) -> int:
    """Each planned morning, moved by whole weeks (times, kind, module, place, notes; for the
    whole cohort, with no facilitator); the days left out are noted in `copy.left_out`."""
    rows = session.scalars(
        select(Morning)
        .where(Morning.cohort_id == copy.source_id, Morning.status != "cancelled")
        .order_by(Morning.date, Morning.start_time)
    ).all()
    copied = 0
    for row in rows:
        day = copy.moved(row.date)
        if _left_out(session, copy, day, row):
            copy.left_out.append(day)
            continue
        create_morning(
            session,
            copy.target_id,
            MorningInput(
                date=day,
                start_time=row.start_time,
                end_time=row.end_time,
                kind=row.kind,
                module_id=row.module_id,
                place=row.place,
                notes=row.notes,
            ),
        )
        copied += 1
    return copied


def copy_evaluation_framework(session: Session, copy: CohortCopy) -> int:
    """The competences (names, categories, order, in use or not) and the scale's words."""
    competences = session.scalars(
        select(EvalCompetence).where(EvalCompetence.cohort_id == copy.source_id)
    ).all()
    levels = session.scalars(
        select(EvalScaleLevel).where(EvalScaleLevel.cohort_id == copy.source_id)
    ).all()
    for row in competences:
        session.add(
            EvalCompetence(
                cohort_id=copy.target_id,
                category=row.category,
                name=row.name,
                position=row.position,
                active=row.active,
                default_key=row.default_key,
            )
        )
    for row in levels:
        session.add(
            EvalScaleLevel(
                cohort_id=copy.target_id,
                level=row.level,
                label=row.label,
                description=row.description,
                default_key=row.default_key,
            )
        )
    session.flush()
    return len(competences) + len(levels)


def copy_cohort(session: Session, source_id: int, name: str, start: dt.date | None) -> CopyResult:
    """A new cohort `name` from `start`, as long as the old one, with its schedule and
    evaluation framework copied. A name already used is refused at "name"; no date at
    "start_date"."""
    for module in COPIER_MODULES:
        importlib.import_module(module)
    source = get_cohort(session, source_id)
    if start is None:
        raise ValidationError("start_date", tr("Indiquez la date de début.", "cohorts"))
    end = start + (source.end_date - source.start_date)
    target = create_cohort(
        session,
        CohortInput(
            name,
            start,
            end,
            source.activity,
            source.planned_mornings,
            source.planned_hours,
        ),
    )
    copy = CohortCopy(source.id, target.id, week_shift(source.start_date, start), start, end)
    counts = {key: copier(session, copy) for key, copier in COPIERS.items()}
    return CopyResult(target.id, counts, tuple(copy.left_out))


register_copier("schedule", copy_schedule)
register_copier("evaluation_framework", copy_evaluation_framework)
