"""The rotation as `rotation.get_rotation` read it before its plan was read once per cohort
(`app.services.delegate.rotation_plan`): every query again for each `today`, each day's genders
looked up one by one. Kept only as the reference the fast path must equal, result for result
(tests/services/test_rotation_plan.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.people import Membership, Person
from app.models.rotation import RotationDay, Unavailability
from app.services.delegate.delegate_warning import delegate_warning
from app.services.delegate.planner import Candidate, FixedDay, back_to_back_count
from app.services.delegate.rotation_days import day_info, names_of
from app.services.delegate.rotation_plan import FairnessRow, RotationInfo


def _members(session: Session, cohort_id: int) -> list[tuple[Person, Membership]]:
    return list(
        session.execute(
            select(Person, Membership)
            .join(Membership, Membership.person_id == Person.id)
            .where(
                Membership.cohort_id == cohort_id,
                Person.role == "member",
                Person.active.is_(True),
            )
            .order_by(Person.id)
        ).all()
    )


def reference_candidates(session: Session, cohort_id: int) -> list[Candidate]:
    off = session.scalars(select(Unavailability).where(Unavailability.cohort_id == cohort_id)).all()
    result = []
    for person, membership in _members(session, cohort_id):
        mine = [u for u in off if u.person_id == person.id]
        result.append(
            Candidate(
                person_id=person.id,
                name=person.first_name,
                available_from=membership.joined_on,
                available_until=membership.left_on,
                unavailable_dates=frozenset(u.on_date for u in mine if u.on_date is not None),
                unavailable_weekdays=frozenset(u.weekday for u in mine if u.weekday is not None),
                gender=person.gender,
            )
        )
    return result


def reference_rotation(
    session: Session, cohort_id: int, today: dt.date | None = None
) -> RotationInfo:
    rows = list(
        session.scalars(
            select(RotationDay).where(RotationDay.cohort_id == cohort_id).order_by(RotationDay.date)
        )
    )
    members = _members(session, cohort_id)
    names = {p.id: p.first_name for p, _m in members}
    names |= names_of(session, [r.delegate_id for r in rows] + [r.deputy_id for r in rows])
    counts = {p.id: [0, 0, 0, 0] for p, _m in members}
    for r in rows:
        for person_id, slot in ((r.delegate_id, 0), (r.deputy_id, 2)):
            if person_id is None:
                continue
            counts.setdefault(person_id, [0, 0, 0, 0])
            counts[person_id][slot] += 1
            if slot == 0:
                counts[person_id][1] += r.is_sale
                if today is not None and r.date < today:
                    counts[person_id][3] += 1
    fairness = [
        FairnessRow(pid, names.get(pid, "?"), c[0], c[1], c[2], c[3])
        for pid, c in sorted(counts.items(), key=lambda item: (names.get(item[0], ""), item[0]))
    ]
    first, last = (rows[0].date, rows[-1].date) if rows else (None, None)
    whole = {
        p.id
        for p, m in members
        if rows and m.joined_on <= first and (m.left_on is None or m.left_on > last)
    }
    turns = [f.turns for f in fairness if f.person_id in whole]
    available = {c.person_id: c for c in reference_candidates(session, cohort_id)}
    days = []
    for r in rows:
        info = day_info(r, names)
        warning = delegate_warning(info, available.get(r.delegate_id), today)
        days.append(replace(info, warning=warning) if warning else info)
    return RotationInfo(
        days=days,
        fairness=fairness,
        spread=(max(turns) - min(turns)) if turns else 0,
        gaps=sum(1 for r in rows if r.delegate_id is None),
        back_to_back=back_to_back_count(
            [FixedDay(r.date, r.delegate_id, r.deputy_id, r.is_sale) for r in rows]
        ),
    )
