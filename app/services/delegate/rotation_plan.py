"""A cohort's stored rotation, read once and seen from any day.

`read_plan` reads the plan's days, the cohort's active members (their names, genders, membership
dates and declared unavailability) and the names of the people no longer among them, in three or
four queries, and works out everything that does not depend on "today": each day as a record, the
warning it gets when it is not yet past, the turns per member, the spread, the gaps and the
back-to-back turns. `StoredPlan.as_of(today)` then adds what does (the turns done before today, the
warnings of the days from today on) without the database, so that a reader of many days (the
Today screen's check of every date) reads the plan once. `rotation.get_rotation` is
`read_plan(...).as_of(today)`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from app.models.people import Membership, Person
from app.models.rotation import RotationDay, Unavailability
from app.services.delegate.delegate_warning import delegate_warning
from app.services.delegate.planner import Candidate, FixedDay, back_to_back_count
from app.services.delegate.rotation_days import day_info
from app.services.today.day_records import RotationDayInfo


@dataclass(frozen=True)
class FairnessRow:
    person_id: int
    name: str
    turns: int
    sale_turns: int
    deputy_turns: int
    done_turns: int  # turns before today


@dataclass(frozen=True)
class RotationInfo:
    days: list[RotationDayInfo]
    fairness: list[FairnessRow]
    spread: int
    gaps: int
    back_to_back: int


@dataclass(frozen=True)
class StoredPlan:
    """The plan as read, before any "today" (`as_of` gives it for one)."""

    days: tuple[RotationDayInfo, ...]  # without warnings
    warnings: tuple[str, ...]  # each day's warning when it is not past ("" for none)
    fairness: tuple[FairnessRow, ...]  # no turn done yet
    delegate_dates: dict[int, list[dt.date]]  # each delegate's days, in order
    spread: int
    gaps: int
    back_to_back: int

    def as_of(self, today: dt.date | None = None) -> RotationInfo:
        """The plan with `today`'s turns done and warnings (None: no day is past)."""
        days = [
            replace(day, warning=warning)
            if warning and (today is None or day.date >= today)
            else day
            for day, warning in zip(self.days, self.warnings, strict=True)
        ]
        fairness = list(self.fairness)
        if today is not None:
            fairness = [
                replace(row, done_turns=bisect.bisect_left(dates, today))
                if (dates := self.delegate_dates.get(row.person_id))
                else row
                for row in fairness
            ]
        return RotationInfo(days, fairness, self.spread, self.gaps, self.back_to_back)


_MEMBER_COLUMNS = (
    Person.id,
    Person.first_name,
    Person.gender,
    Membership.joined_on,
    Membership.left_on,
)


def _member_rows(session: Session, cohort_id: int) -> list[Row]:
    """The cohort's active members with their membership dates, by person id."""
    return list(
        session.execute(
            select(*_MEMBER_COLUMNS)
            .join(Membership, Membership.person_id == Person.id)
            .where(
                Membership.cohort_id == cohort_id,
                Person.role == "member",
                Person.active.is_(True),
            )
            .order_by(Person.id)
        ).all()
    )


def _candidates(session: Session, cohort_id: int, members: list[Row]) -> list[Candidate]:
    dates: dict[int, set[dt.date]] = {}
    weekdays: dict[int, set[int]] = {}
    for person_id, on_date, weekday in session.execute(
        select(Unavailability.person_id, Unavailability.on_date, Unavailability.weekday).where(
            Unavailability.cohort_id == cohort_id
        )
    ):
        if on_date is not None:
            dates.setdefault(person_id, set()).add(on_date)
        if weekday is not None:
            weekdays.setdefault(person_id, set()).add(weekday)
    return [
        Candidate(
            person_id=m.id,
            name=m.first_name,
            available_from=m.joined_on,
            available_until=m.left_on,
            unavailable_dates=frozenset(dates.get(m.id, ())),
            unavailable_weekdays=frozenset(weekdays.get(m.id, ())),
            gender=m.gender,
        )
        for m in members
    ]


def candidates(session: Session, cohort_id: int) -> list[Candidate]:
    """The active members of the cohort with their membership dates and declared unavailability."""
    return _candidates(session, cohort_id, _member_rows(session, cohort_id))


_DAY_COLUMNS = (
    RotationDay.date,
    RotationDay.is_sale,
    RotationDay.delegate_id,
    RotationDay.deputy_id,
    RotationDay.published,
    RotationDay.problem_kind,
    RotationDay.problem_values,
)


def _people(session: Session, members: list[Row], rows: list[Row]) -> tuple[dict, dict]:
    """The names and genders of the members and of everyone else the days name."""
    names = {m.id: m.first_name for m in members}
    genders = {m.id: m.gender for m in members}
    others = {r.delegate_id for r in rows} | {r.deputy_id for r in rows}
    others -= {None, *names}
    if others:
        for person_id, name, gender in session.execute(
            select(Person.id, Person.first_name, Person.gender).where(Person.id.in_(others))
        ):
            names[person_id], genders[person_id] = name, gender
    return names, genders


def _fairness(members: list[Row], rows: list[Row], names: dict) -> list[FairnessRow]:
    counts = {m.id: [0, 0, 0] for m in members}
    for r in rows:
        if r.delegate_id is not None:
            count = counts.setdefault(r.delegate_id, [0, 0, 0])
            count[0] += 1
            count[1] += r.is_sale
        if r.deputy_id is not None:
            counts.setdefault(r.deputy_id, [0, 0, 0])[2] += 1
    return [
        FairnessRow(pid, names.get(pid, "?"), c[0], c[1], c[2], 0)
        for pid, c in sorted(counts.items(), key=lambda item: (names.get(item[0], ""), item[0]))
    ]


def _spread(members: list[Row], rows: list[Row], fairness: list[FairnessRow]) -> int:
    """Compares the members present over the whole plan (not those who joined or left)."""
    if not rows:
        return 0
    first, last = rows[0].date, rows[-1].date
    whole = {
        m.id for m in members if m.joined_on <= first and (m.left_on is None or m.left_on > last)
    }
    turns = [f.turns for f in fairness if f.person_id in whole]
    return (max(turns) - min(turns)) if turns else 0


def read_plan(session: Session, cohort_id: int) -> StoredPlan:
    """The cohort's stored plan with its fairness figures, for `StoredPlan.as_of`."""
    rows = list(
        session.execute(
            select(*_DAY_COLUMNS)
            .where(RotationDay.cohort_id == cohort_id)
            .order_by(RotationDay.date)
        ).all()
    )
    members = _member_rows(session, cohort_id)
    names, genders = _people(session, members, rows)
    available = {c.person_id: c for c in _candidates(session, cohort_id, members)}
    days = tuple(day_info(r, names, genders) for r in rows)
    delegate_dates: dict[int, list[dt.date]] = {}
    for r in rows:
        if r.delegate_id is not None:
            delegate_dates.setdefault(r.delegate_id, []).append(r.date)
    fairness = _fairness(members, rows, names)
    return StoredPlan(
        days=days,
        warnings=tuple(delegate_warning(d, available.get(d.delegate_id)) for d in days),
        fairness=tuple(fairness),
        delegate_dates=delegate_dates,
        spread=_spread(members, rows, fairness),
        gaps=sum(1 for r in rows if r.delegate_id is None),
        back_to_back=back_to_back_count(
            [FixedDay(r.date, r.delegate_id, r.deputy_id, r.is_sale) for r in rows]
        ),
    )
