"""A term from a pattern: e.g. Monday to Thursday mornings between two dates, skipping Belgian
public holidays (computed by the `holidays` library) and the closures the coordinator entered.
Closures (days without mornings, for one cohort or for all) are kept here too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.people import Cohort
from app.models.schedule import Closure, Module
from app.services.errors import NotFound, ValidationError
from app.services.schedule.mornings import (
    DEFAULT_END,
    DEFAULT_START,
    MorningInfo,
    MorningInput,
    create_morning,
    overlapping,
)
from app.services.validation import limited_text
from app.vocab import values
from app.vocab.schedule import MorningKind

MAX_TERM_DAYS = 366


@cache
def belgian_holidays(year: int) -> dict[dt.date, str]:
    """Belgium's public holidays of a year, named in French."""
    import holidays

    return dict(holidays.country_holidays("BE", years=year, language="fr").items())


def holiday_name(day: dt.date) -> str | None:
    return belgian_holidays(day.year).get(day)


def parse_date(value: dt.date | str | None, field_name: str) -> dt.date:
    """A date typed by a person ("31/12/2022", "31.12.2022", "2022-12-31"); clear message if not."""
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    if not text:
        raise ValidationError(field_name, tr("Indiquez la date.", "schedule"))
    match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        raise ValidationError(
            field_name, fill(tr("Cette date n'existe pas : « {text} ».", "schedule"), text=text)
        ) from None
    raise ValidationError(field_name, tr("Écrivez la date comme ceci : 31/12/2022.", "schedule"))


# --- closures ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClosureInfo:
    id: int
    cohort_id: int | None
    start_date: dt.date
    end_date: dt.date
    reason: str

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date


def _closure_info(row: Closure) -> ClosureInfo:
    return ClosureInfo(row.id, row.cohort_id, row.start_date, row.end_date, row.reason)


def add_closure(
    session: Session,
    cohort_id: int | None,
    start: dt.date | str | None,
    end: dt.date | str | None,
    reason: str = "",
) -> ClosureInfo:
    """Days without mornings, for one cohort (or every cohort when cohort_id is None)."""
    start_date = parse_date(start, "start_date")
    end_date = parse_date(end if end not in (None, "") else start_date, "end_date")
    if end_date < start_date:
        raise ValidationError(
            "end_date", tr("La fermeture ne peut pas finir avant de commencer.", "schedule")
        )
    if (end_date - start_date).days > MAX_TERM_DAYS:
        raise ValidationError("end_date", tr("Une fermeture dure au plus un an.", "schedule"))
    if cohort_id is not None and session.get(Cohort, cohort_id) is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "schedule"))
    row = Closure(
        cohort_id=cohort_id,
        start_date=start_date,
        end_date=end_date,
        reason=limited_text(" ".join((reason or "").split()), "reason", 160),
    )
    session.add(row)
    session.flush()
    return _closure_info(row)


def delete_closure(session: Session, closure_id: int) -> ClosureInfo:
    row = session.get(Closure, closure_id)
    if row is None:
        raise NotFound(closure_id)
    info = _closure_info(row)
    session.delete(row)
    session.flush()
    return info


def list_closures(session: Session, cohort_id: int | None) -> list[ClosureInfo]:
    """The cohort's closures and those for every cohort, by date."""
    query = select(Closure)
    if cohort_id is not None:
        query = query.where(or_(Closure.cohort_id == cohort_id, Closure.cohort_id.is_(None)))
    else:
        query = query.where(Closure.cohort_id.is_(None))
    return [_closure_info(r) for r in session.scalars(query.order_by(Closure.start_date)).all()]


def closure_on(session: Session, cohort_id: int | None, day: dt.date) -> ClosureInfo | None:
    for closure in list_closures(session, cohort_id):
        if closure.covers(day):
            return closure
    return None


# --- a term from a pattern -----------------------------------------------------------------------
@dataclass(frozen=True)
class TermPattern:
    start: dt.date | None
    end: dt.date | None
    weekdays: tuple[int, ...] = (0, 1, 2, 3)  # Monday = 0
    start_time: dt.time = DEFAULT_START
    end_time: dt.time = DEFAULT_END
    kind: str = "theory"
    module_id: int | None = None
    place: str = ""


@dataclass
class TermPlan:
    dates: list[dt.date] = field(default_factory=list)  # the days that get a morning
    skipped: list[tuple[dt.date, str]] = field(default_factory=list)  # holiday, closure, outside
    taken: list[dt.date] = field(default_factory=list)  # days that already have a morning then
    created: list[MorningInfo] = field(default_factory=list)


def _check_pattern(session: Session, cohort_id: int, pattern: TermPattern) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "schedule"))
    if pattern.start is None:
        raise ValidationError("start", tr("Indiquez la date de début.", "schedule"))
    if pattern.end is None:
        raise ValidationError("end", tr("Indiquez la date de fin.", "schedule"))
    if pattern.end < pattern.start:
        raise ValidationError(
            "end", tr("La période ne peut pas finir avant de commencer.", "schedule")
        )
    if (pattern.end - pattern.start).days > MAX_TERM_DAYS:
        raise ValidationError("end", tr("Une période dure au plus un an.", "schedule"))
    if not pattern.weekdays or any(d not in range(7) for d in pattern.weekdays):
        raise ValidationError("weekdays", tr("Cochez au moins un jour de la semaine.", "schedule"))
    if pattern.end_time <= pattern.start_time:
        raise ValidationError(
            "end_time", tr("La matinée ne peut pas finir avant de commencer.", "schedule")
        )
    if pattern.kind not in values(MorningKind):
        raise ValidationError("kind", tr("Choisissez un type dans la liste.", "schedule"))
    if pattern.module_id is not None and session.get(Module, pattern.module_id) is None:
        raise ValidationError("module_id", tr("Ce module n'existe plus.", "schedule"))
    return cohort


def plan_term(session: Session, cohort_id: int, pattern: TermPattern) -> TermPlan:
    """The days a term would get, and the days skipped with the reason. Writes nothing."""
    cohort = _check_pattern(session, cohort_id, pattern)
    closures = list_closures(session, cohort_id)
    plan = TermPlan()
    day = pattern.start
    while day <= pattern.end:
        if day.weekday() in pattern.weekdays:
            reason = None
            holiday = holiday_name(day)
            closure = next((c for c in closures if c.covers(day)), None)
            clash = overlapping(session, cohort_id, day, pattern.start_time, pattern.end_time)
            if not cohort.start_date <= day <= cohort.end_date:
                reason = tr("en dehors des dates de la cohorte", "schedule")
            elif holiday:
                reason = fill(tr("jour férié : {name}", "schedule"), name=holiday)
            elif closure is not None:
                reason = fill(
                    tr("fermeture : {reason}", "schedule"),
                    reason=closure.reason or tr("fermé", "schedule"),
                )
            elif clash is not None:
                plan.taken.append(day)
                day += dt.timedelta(days=1)
                continue
            if reason is None:
                plan.dates.append(day)
            else:
                plan.skipped.append((day, reason))
        day += dt.timedelta(days=1)
    return plan


def generate_term(session: Session, cohort_id: int, pattern: TermPattern) -> TermPlan:
    """Create the planned mornings of `plan_term`; returns the plan with the mornings created."""
    plan = plan_term(session, cohort_id, pattern)
    for day in plan.dates:
        plan.created.append(
            create_morning(
                session,
                cohort_id,
                MorningInput(
                    date=day,
                    start_time=pattern.start_time,
                    end_time=pattern.end_time,
                    kind=pattern.kind,
                    module_id=pattern.module_id,
                    place=pattern.place,
                ),
            )
        )
    return plan
