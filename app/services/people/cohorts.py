"""Cohorts: the 3-month sessions of the cooperative (e.g. "Coopérative 2", Sept. to Dec. 2022)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.people import Cohort, Membership
from app.services.errors import NotFound, ValidationError
from app.services.text_match import named_key
from app.services.validation import limited_text, required_text
from app.services.versions import changed_fields


@dataclass(frozen=True)
class CohortInput:
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    activity: str = ""
    planned_mornings: int = 36
    planned_hours: int = 108


@dataclass(frozen=True)
class CohortInfo:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    activity: str
    planned_mornings: int
    planned_hours: int
    member_count: int = 0

    def as_input(self) -> CohortInput:
        return CohortInput(
            self.name,
            self.start_date,
            self.end_date,
            self.activity,
            self.planned_mornings,
            self.planned_hours,
        )


def _info(row: Cohort, member_count: int = 0) -> CohortInfo:
    return CohortInfo(
        id=row.id,
        name=row.name,
        start_date=row.start_date,
        end_date=row.end_date,
        activity=row.activity,
        planned_mornings=row.planned_mornings,
        planned_hours=row.planned_hours,
        member_count=member_count,
    )


def list_cohorts(session: Session) -> list[CohortInfo]:
    """Every cohort, newest first, with its number of members."""
    counts = (
        select(Membership.cohort_id, func.count(Membership.id).label("n"))
        .group_by(Membership.cohort_id)
        .subquery()
    )
    rows = session.execute(
        select(Cohort, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.cohort_id == Cohort.id)
        .order_by(Cohort.start_date.desc(), Cohort.id.desc())
    ).all()
    return [_info(row, n) for row, n in rows]


def get_cohort(session: Session, cohort_id: int) -> CohortInfo:
    row = session.get(Cohort, cohort_id)
    if row is None:
        raise NotFound(cohort_id)
    return _info(row)


def find_cohort(session: Session, name: str) -> CohortInfo:
    """A cohort by its name (case-insensitive), for the command line."""
    found = named_key(session.execute(select(Cohort.id, Cohort.name).order_by(Cohort.id)), name)
    row = None if found is None else session.get(Cohort, found)
    if row is None:
        raise ValidationError(
            "cohort", fill(tr("Aucune cohorte ne s'appelle « {name} ».", "cohorts"), name=name)
        )
    return _info(row)


def running_on(session: Session, day: dt.date) -> list[CohortInfo]:
    """The cohorts whose programme includes `day` (first to last day)."""
    rows = session.scalars(
        select(Cohort)
        .where(Cohort.start_date <= day, Cohort.end_date >= day)
        .order_by(Cohort.start_date, Cohort.id)
    )
    return [_info(row) for row in rows]


def _validated(session: Session, data: CohortInput, cohort_id: int | None) -> CohortInput:
    name = required_text(data.name, "name", tr("le nom de la cohorte", "cohorts"))
    if data.start_date is None:
        raise ValidationError("start_date", tr("Indiquez la date de début.", "cohorts"))
    if data.end_date is None:
        raise ValidationError("end_date", tr("Indiquez la date de fin.", "cohorts"))
    if data.end_date < data.start_date:
        raise ValidationError(
            "end_date", tr("La cohorte ne peut pas finir avant de commencer.", "cohorts")
        )
    if not 0 <= data.planned_mornings <= 366:
        raise ValidationError(
            "planned_mornings", tr("Le nombre de matinées doit être entre 0 et 366.", "cohorts")
        )
    if not 0 <= data.planned_hours <= 2000:
        raise ValidationError(
            "planned_hours", tr("Le nombre d'heures doit être entre 0 et 2000.", "cohorts")
        )
    clash = named_key(
        session.execute(select(Cohort.id, Cohort.name).where(Cohort.id != (cohort_id or -1))),
        name,
    )
    if clash is not None:
        raise ValidationError("name", tr("Une cohorte porte déjà ce nom.", "cohorts"))
    return CohortInput(
        name=name,
        start_date=data.start_date,
        end_date=data.end_date,
        activity=limited_text(data.activity, "activity", 400),
        planned_mornings=data.planned_mornings,
        planned_hours=data.planned_hours,
    )


def create_cohort(session: Session, data: CohortInput) -> CohortInfo:
    clean = _validated(session, data, None)
    row = Cohort(**clean.__dict__)
    session.add(row)
    session.flush()
    return _info(row)


def update_cohort(
    session: Session, cohort_id: int, data: CohortInput, seen: CohortInput | None = None
) -> CohortInfo:
    """Write the cohort's settings she changed: with `seen` (what the form was drawn from), only
    the fields of `data` that differ from it; a field another window changed meanwhile keeps its
    new value unless she changed it too, and then the save is refused with `StaleError`. The
    settings as they will be are checked whole (nothing is written when one is refused)."""
    row = session.get(Cohort, cohort_id)
    if row is None:
        raise NotFound(cohort_id)
    current = _info(row).as_input()
    changed = changed_fields(
        data,
        seen,
        current,
        tr(
            "Cette cohorte a changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "cohorts",
        ),
    )
    clean = _validated(
        session, replace(current, **{name: getattr(data, name) for name in changed}), cohort_id
    )
    for name in changed:
        setattr(row, name, getattr(clean, name))
    session.flush()
    return _info(row)
