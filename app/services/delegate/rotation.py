"""The rotating delegate of a cohort, stored: plan and re-plan, publish, swaps, absences,
departures, unavailability, and the history of every change with the fairness figures.

Working days are the Schedule's mornings when the cohort has some (a day with a sale morning is a
sale day), otherwise the cohort's dates on chosen weekdays without Belgian public holidays.
The planning itself is the pure `app.services.delegate.planner.plan_rotation`; the stored plan is
read once per cohort by `app.services.delegate.rotation_plan` (`get_rotation` sees it from a day).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import fill, format_date, tr, tr_n
from app.models.people import Cohort
from app.models.rotation import RotationChange, RotationDay, Unavailability
from app.models.schedule import Morning
from app.services.delegate import person_messages
from app.services.delegate.planner import Candidate, FixedDay, PlanDay, plan_rotation
from app.services.delegate.rotation_days import day_info as _day_info
from app.services.delegate.rotation_days import names_of as _names
from app.services.delegate.rotation_plan import RotationInfo, candidates, read_plan
from app.services.delegate.rotation_problem import NO_PROBLEM, StoredProblem, nobody_available
from app.services.delegate.weekday_names import weekday_name
from app.services.errors import NotFound, ValidationError
from app.services.people import members as people_service
from app.services.settings import get_setting
from app.services.today.day_records import RotationDayInfo
from app.services.validation import limited_text
from app.vocab.delegate import change_kind_label


@dataclass(frozen=True)
class WorkingDay:
    date: dt.date
    is_sale: bool
    from_schedule: bool


@dataclass(frozen=True)
class ChangeInfo:
    made_at: dt.datetime
    kind: str
    date: dt.date | None
    other_date: dt.date | None
    before_name: str
    after_name: str
    typed_reason: str
    planned_days: int | None = None
    undoes: str | None = None  # the kind of change this entry undid (Edit > Undo)

    @property
    def kind_label(self) -> str:
        return change_kind_label(self.kind)

    @property
    def reason(self) -> str:
        """Why, in the reader's language: as typed, the change it undid, or the planning's
        number of days."""
        if self.typed_reason:
            return self.typed_reason
        if self.undoes:
            return fill(tr("Annulation : {text}", "delegate"), text=change_kind_label(self.undoes))
        if self.planned_days is None:
            return ""
        return tr_n("%n jour(s) planifié(s)", "delegate", self.planned_days)


@dataclass(frozen=True)
class UnavailabilityInfo:
    id: int
    person_id: int
    name: str
    on_date: dt.date | None
    weekday: int | None
    reason: str

    @property
    def when(self) -> str:
        if self.weekday is not None:
            return fill(tr("chaque {day}", "delegate"), day=weekday_name(self.weekday))
        return format_date(self.on_date) if self.on_date else ""


# --- reading -------------------------------------------------------------------------------------
def _cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "delegate"))
    return cohort


def working_days(
    session: Session, cohort_id: int, weekdays: tuple[int, ...] | None = None
) -> list[WorkingDay]:
    """The cohort's working days: its scheduled mornings, else its dates on `weekdays`."""
    cohort = _cohort(session, cohort_id)
    mornings = session.execute(
        select(Morning.date, Morning.kind).where(
            Morning.cohort_id == cohort_id, Morning.status != "cancelled"
        )
    ).all()
    if mornings:
        sale: dict[dt.date, bool] = {}
        for date, kind in mornings:
            sale[date] = sale.get(date, False) or kind == "sale"
        return [WorkingDay(date, sale[date], True) for date in sorted(sale)]
    import holidays

    chosen = set(rotation_weekdays(session) if weekdays is None else weekdays)
    years = range(cohort.start_date.year, cohort.end_date.year + 1)
    closed = holidays.country_holidays("BE", years=years)
    days, date = [], cohort.start_date
    while date <= cohort.end_date:
        if date.weekday() in chosen and date not in closed:
            days.append(WorkingDay(date, False, False))
        date += dt.timedelta(days=1)
    return days


def _problem_columns(problem: StoredProblem) -> dict:
    return {"problem_kind": problem.kind, "problem_values": problem.values}


def _rows(session: Session, cohort_id: int) -> list[RotationDay]:
    return list(
        session.scalars(
            select(RotationDay).where(RotationDay.cohort_id == cohort_id).order_by(RotationDay.date)
        )
    )


def get_rotation(session: Session, cohort_id: int, today: dt.date | None = None) -> RotationInfo:
    """The stored plan with its fairness figures (turns per member, sale turns, spread), the turns
    done before `today` and the warnings from it on (`read_plan(...).as_of(today)` for many
    days)."""
    return read_plan(session, cohort_id).as_of(today)


def _as_fixed(row: RotationDay) -> FixedDay:
    return FixedDay(row.date, row.delegate_id, row.deputy_id, row.is_sale)


def list_changes(session: Session, cohort_id: int) -> list[ChangeInfo]:
    rows = session.scalars(
        select(RotationChange)
        .where(RotationChange.cohort_id == cohort_id)
        .order_by(RotationChange.made_at.desc(), RotationChange.id.desc())
    ).all()
    names = _names(session, [r.before_id for r in rows] + [r.after_id for r in rows])
    return [
        ChangeInfo(
            r.made_at,
            r.kind,
            r.date,
            r.other_date,
            names.get(r.before_id, ""),
            names.get(r.after_id, ""),
            r.reason,
            r.planned_days,
            r.undoes,
        )
        for r in rows
    ]


# --- planning ------------------------------------------------------------------------------------
def _log(
    session,
    cohort_id,
    kind,
    date=None,
    before=None,
    after=None,
    reason="",
    other_date=None,
    planned_days=None,
    undoes=None,
):
    session.add(
        RotationChange(
            cohort_id=cohort_id,
            kind=kind,
            date=date,
            other_date=other_date,
            before_id=before,
            after_id=after,
            reason=reason,
            planned_days=planned_days,
            undoes=undoes,
            made_at=dt.datetime.now().replace(microsecond=0),
        )
    )


def plan_cohort(
    session: Session,
    cohort_id: int,
    from_date: dt.date,
    weekdays: tuple[int, ...] | None = None,
    keep_published: bool = True,
    pair_newcomers: bool = True,
) -> RotationInfo:
    """(Re-)plan the rotation from `from_date`: days before it are kept, and published days too
    unless `keep_published` is False. Nobody-available days are stored with an explanation."""
    _cohort(session, cohort_id)
    if weekdays is not None and not weekdays:
        raise ValidationError("weekdays", tr("Cochez au moins un jour de la semaine.", "delegate"))
    days = working_days(session, cohort_id, weekdays)
    if not days:
        raise ValidationError(
            "weekdays", tr("Cette cohorte n'a aucun jour de travail à planifier.", "delegate")
        )
    members = candidates(session, cohort_id)
    if not members:
        raise ValidationError("cohort", tr("Ajoutez d'abord des membres à la cohorte.", "delegate"))
    existing = {r.date: r for r in _rows(session, cohort_id)}
    kept = {
        date: row
        for date, row in existing.items()
        if date < from_date or (keep_published and row.published)
    }
    to_plan = [PlanDay(d.date, d.is_sale) for d in days if d.date not in kept]
    plan = plan_rotation(
        to_plan, members, [_as_fixed(r) for r in kept.values()], pair_newcomers=pair_newcomers
    )
    session.execute(
        delete(RotationDay).where(
            RotationDay.cohort_id == cohort_id,
            RotationDay.date.not_in(list(kept)) if kept else RotationDay.id.is_not(None),
        )
    )
    for a in plan.assignments:
        if a.fixed:
            continue
        session.add(
            RotationDay(
                cohort_id=cohort_id,
                date=a.date,
                is_sale=a.is_sale,
                delegate_id=a.delegate_id,
                deputy_id=a.deputy_id,
                published=False,
                **_problem_columns(
                    nobody_available(a.date, members) if a.delegate_id is None else NO_PROBLEM
                ),
            )
        )
    _log(session, cohort_id, "plan", from_date, planned_days=len(to_plan))
    session.flush()
    return get_rotation(session, cohort_id, from_date)


def publish(session: Session, cohort_id: int) -> int:
    """Mark every planned day as published (kept by later re-plans); returns how many changed."""
    rows = [r for r in _rows(session, cohort_id) if not r.published]
    for r in rows:
        r.published = True
    session.flush()
    return len(rows)


# --- changes -------------------------------------------------------------------------------------
def _row(session: Session, cohort_id: int, date: dt.date) -> RotationDay:
    row = session.scalars(
        select(RotationDay).where(RotationDay.cohort_id == cohort_id, RotationDay.date == date)
    ).first()
    if row is None:
        raise ValidationError("date", tr("Ce jour n'est pas dans le planning.", "delegate"))
    return row


def _active_member(
    session: Session, cohort_id: int, person_id: int | None, field: str
) -> Candidate:
    for c in candidates(session, cohort_id):
        if c.person_id == person_id:
            return c
    raise ValidationError(field, tr("Choisissez une membre active de la cohorte.", "delegate"))


def _not_past(date: dt.date, today: dt.date, field: str = "date") -> None:
    if date < today:
        raise ValidationError(
            field, tr("Ce jour est passé : on ne change plus l'histoire.", "delegate")
        )


def swap_days(
    session: Session,
    cohort_id: int,
    date: dt.date,
    other_person_id: int | None,
    reason: str,
    today: dt.date,
    other_date: dt.date | None = None,
) -> tuple[RotationDayInfo, RotationDayInfo]:
    """The delegate of `date` and another member swap days (her next day unless `other_date`)."""
    row = _row(session, cohort_id, date)
    _not_past(date, today)
    if row.delegate_id is None:
        raise ValidationError(
            "date", tr("Personne n'est déléguée ce jour-là : choisissez quelqu'un.", "delegate")
        )
    if other_person_id == row.delegate_id:
        raise ValidationError(
            "other", tr("Une personne ne peut pas échanger avec elle-même.", "delegate")
        )
    other = _active_member(session, cohort_id, other_person_id, "other")
    mine = _active_member(session, cohort_id, row.delegate_id, "date")
    reason = limited_text(reason, "reason", 300)
    if other_date is None:
        theirs = session.scalars(
            select(RotationDay)
            .where(
                RotationDay.cohort_id == cohort_id,
                RotationDay.delegate_id == other.person_id,
                RotationDay.date >= today,
                RotationDay.date != date,
            )
            .order_by(RotationDay.date)
        ).all()
        theirs = sorted(theirs, key=lambda r: (abs((r.date - date).days), r.date))
        if not theirs:
            raise ValidationError(
                "other",
                person_messages.no_day_to_swap(other.name, other.gender),
            )
        other_row = theirs[0]
    else:
        other_row = _row(session, cohort_id, other_date)
        _not_past(other_date, today, "other_date")
        if other_row.delegate_id != other.person_id:
            raise ValidationError(
                "other_date",
                person_messages.not_delegate_that_day(other.name, other.gender),
            )
    if not other.available_on(row.date):
        raise ValidationError(
            "other",
            person_messages.not_available_on(other.name, other.gender, row.date),
        )
    if not mine.available_on(other_row.date):
        raise ValidationError(
            "other",
            person_messages.not_available_on(mine.name, mine.gender, other_row.date),
        )
    row.delegate_id, other_row.delegate_id = other.person_id, mine.person_id
    session.flush()
    for r in (row, other_row):
        if r.deputy_id == r.delegate_id:
            r.deputy_id = _least_served(
                session, cohort_id, r.date, {mine.person_id, other.person_id}
            )
    _log(
        session,
        cohort_id,
        "swap",
        row.date,
        mine.person_id,
        other.person_id,
        reason,
        other_row.date,
    )
    session.flush()
    names = _names(
        session, [row.delegate_id, row.deputy_id, other_row.delegate_id, other_row.deputy_id]
    )
    return _day_info(row, names), _day_info(other_row, names)


def _least_served(session: Session, cohort_id: int, date: dt.date, exclude: set[int]) -> int | None:
    """The available member with the fewest turns, not delegate the day before or after."""
    rows = _rows(session, cohort_id)
    turns: dict[int, int] = {}
    for r in rows:
        if r.delegate_id is not None:
            turns[r.delegate_id] = turns.get(r.delegate_id, 0) + 1
    dates = [r.date for r in rows]
    index = dates.index(date) if date in dates else -1
    neighbours = {
        rows[i].delegate_id for i in (index - 1, index + 1) if index >= 0 and 0 <= i < len(rows)
    }
    options = [
        c.person_id
        for c in candidates(session, cohort_id)
        if c.available_on(date) and c.person_id not in exclude
    ]
    options.sort(key=lambda p: (turns.get(p, 0), p in neighbours, p))
    return options[0] if options else None


def mark_absent(
    session: Session, cohort_id: int, date: dt.date, reason: str, today: dt.date
) -> RotationDayInfo:
    """The delegate of `date` is absent: her deputy replaces her, else the least-served member."""
    row = _row(session, cohort_id, date)
    _not_past(date, today)
    if row.delegate_id is None:
        raise ValidationError("date", tr("Personne n'est déléguée ce jour-là.", "delegate"))
    reason = limited_text(reason, "reason", 300)
    absent = row.delegate_id
    available = {c.person_id: c for c in candidates(session, cohort_id)}
    deputy = row.deputy_id
    if (
        deputy is not None
        and deputy != absent
        and deputy in available
        and available[deputy].available_on(date)
    ):
        replacement = deputy
        row.deputy_id = None
    else:
        replacement = _least_served(session, cohort_id, date, {absent})
    if replacement is None:
        raise ValidationError(
            "date", tr("Personne d'autre n'est disponible ce jour-là.", "delegate")
        )
    row.delegate_id = replacement
    if row.deputy_id is None:
        row.deputy_id = _least_served(session, cohort_id, date, {replacement, absent})
    _log(session, cohort_id, "absence", date, absent, replacement, reason)
    session.flush()
    return _day_info(row, _names(session, [row.delegate_id, row.deputy_id]))


def set_delegate(
    session: Session,
    cohort_id: int,
    date: dt.date,
    person_id: int | None,
    reason: str,
    today: dt.date,
) -> RotationDayInfo:
    """Choose the delegate of one day by hand (e.g. to fill a day nobody was available)."""
    row = _row(session, cohort_id, date)
    _not_past(date, today)
    member = _active_member(session, cohort_id, person_id, "person")
    if not member.available_on(date):
        raise ValidationError(
            "person",
            person_messages.not_available_that_day(member.name, member.gender),
        )
    before = row.delegate_id
    row.delegate_id = member.person_id
    row.problem_kind, row.problem_values = None, ""
    if row.deputy_id == member.person_id:
        session.flush()
        row.deputy_id = _least_served(session, cohort_id, date, {member.person_id})
    _log(
        session,
        cohort_id,
        "manual",
        date,
        before,
        member.person_id,
        limited_text(reason, "reason", 300),
    )
    session.flush()
    return _day_info(row, _names(session, [row.delegate_id, row.deputy_id]))


def restore_days(
    session: Session, cohort_id: int, before: list[RotationDayInfo], undoes: str
) -> list[RotationDayInfo]:
    """Put days back as they were (Edit > Undo of a swap, an absence or a choice by hand: the
    ChangeKind `undoes`).

    The history keeps both the change and its undoing: one "manual" entry per day put back.
    """
    restored = []
    for old in before:
        row = _row(session, cohort_id, old.date)
        if (row.delegate_id, row.deputy_id) != (old.delegate_id, old.deputy_id):
            _log(
                session,
                cohort_id,
                "manual",
                old.date,
                row.delegate_id,
                old.delegate_id,
                undoes=undoes,
            )
        row.delegate_id, row.deputy_id = old.delegate_id, old.deputy_id
        row.problem_kind, row.problem_values = old.problem_kind, old.problem_values
        restored.append(row)
    session.flush()
    names = _names(session, [r.delegate_id for r in restored] + [r.deputy_id for r in restored])
    return [_day_info(r, names) for r in restored]


def put_plan_back(
    session: Session, cohort_id: int, days: list[RotationDayInfo], undo: bool
) -> None:
    """Make the cohort's stored plan exactly `days` again (Edit > Undo of a re-planning, or its
    Redo when `undo` is False): days not in it are removed, the others get back their delegate,
    deputy, publication and problem. The history keeps the planning and its undoing."""
    wanted = {day.date: day for day in days}
    session.execute(
        delete(RotationDay).where(
            RotationDay.cohort_id == cohort_id, RotationDay.date.not_in(list(wanted))
        )
    )
    existing = {row.date: row for row in _rows(session, cohort_id)}
    for date, day in wanted.items():
        row = existing.get(date)
        if row is None:
            row = RotationDay(cohort_id=cohort_id, date=date)
            session.add(row)
        row.is_sale, row.published = day.is_sale, day.published
        row.problem_kind, row.problem_values = day.problem_kind, day.problem_values
        row.delegate_id, row.deputy_id = day.delegate_id, day.deputy_id
    if undo:
        _log(session, cohort_id, "plan", min(wanted, default=None), undoes="plan")
    else:
        _log(session, cohort_id, "plan", min(wanted, default=None), planned_days=len(wanted))
    session.flush()


def member_leaves(
    session: Session, cohort_id: int, person_id: int, left_on: dt.date, reason: str = ""
) -> list[dt.date]:
    """A member leaves the cohort: her days from `left_on` go to the least-served members."""
    people_service.leave_cohort(session, person_id, cohort_id, left_on)
    reason = limited_text(reason, "reason", 300)
    moved = []
    for row in _rows(session, cohort_id):
        if row.date < left_on:
            continue
        if row.deputy_id == person_id:
            row.deputy_id = None
        if row.delegate_id != person_id:
            continue
        session.flush()
        replacement = _least_served(session, cohort_id, row.date, {person_id})
        row.delegate_id = replacement
        if replacement is None:
            problem = nobody_available(row.date, candidates(session, cohort_id))
            row.problem_kind, row.problem_values = problem.kind, problem.values
        _log(session, cohort_id, "departure", row.date, person_id, replacement, reason)
        moved.append(row.date)
    session.flush()
    return moved


# --- unavailability ------------------------------------------------------------------------------
def add_unavailability(
    session: Session,
    cohort_id: int,
    person_id: int | None,
    on_date: dt.date | None = None,
    weekday: int | None = None,
    reason: str = "",
) -> UnavailabilityInfo:
    """One date, or a weekday every week (e.g. childcare on Wednesdays: weekday=2)."""
    member = _active_member(session, cohort_id, person_id, "person")
    if (on_date is None) == (weekday is None):
        raise ValidationError(
            "when", tr("Choisissez une date ou un jour de la semaine.", "delegate")
        )
    if weekday is not None and not 0 <= weekday <= 6:
        raise ValidationError("when", tr("Choisissez un jour de la semaine.", "delegate"))
    reason = limited_text(reason, "reason", 200)
    row = Unavailability(
        cohort_id=cohort_id,
        person_id=member.person_id,
        on_date=on_date,
        weekday=weekday,
        reason=reason,
    )
    session.add(row)
    session.flush()
    return UnavailabilityInfo(row.id, row.person_id, member.name, on_date, weekday, reason)


def list_unavailability(session: Session, cohort_id: int) -> list[UnavailabilityInfo]:
    rows = session.scalars(
        select(Unavailability)
        .where(Unavailability.cohort_id == cohort_id)
        .order_by(Unavailability.id)
    ).all()
    names = _names(session, [r.person_id for r in rows])
    return [
        UnavailabilityInfo(
            r.id, r.person_id, names.get(r.person_id, ""), r.on_date, r.weekday, r.reason
        )
        for r in rows
    ]


def remove_unavailability(session: Session, unavailability_id: int) -> None:
    row = session.get(Unavailability, unavailability_id)
    if row is None:
        raise NotFound(unavailability_id)
    session.delete(row)
    session.flush()


def rotation_weekdays(session: Session) -> tuple[int, ...]:
    """The weekdays planned when a cohort has no schedule (a setting of the cooperative)."""
    return tuple(get_setting(session, "delegate.weekdays"))
