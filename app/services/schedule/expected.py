"""Who is expected at a morning: the one rule every count per member uses (attendance, hours,
attestations, prerequisites, attendance sheets).

A member is expected at a morning when she is in the cohort on that day (between joining and
leaving) and, if the morning belongs to a sub-group, she is one of its members. A morning of the
whole cohort (no sub-group) expects every member in the cohort that day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.schedule import Morning, SubgroupMember
from app.services.errors import NotFound

if TYPE_CHECKING:  # attendance.py uses this module: its names are imported where needed
    from app.services.schedule.attendance import MemberRef


def is_expected(member: MemberRef, day: dt.date, subgroup_members: frozenset[int] | None) -> bool:
    """Pure rule: in the cohort that day, and in the morning's sub-group when it has one
    (`subgroup_members` None: the whole cohort)."""
    return member.expected_on(day) and (subgroup_members is None or member.id in subgroup_members)


def subgroup_members_by_morning(
    session: Session, morning_ids: Iterable[int]
) -> dict[int, frozenset[int] | None]:
    """For each morning: the ids of its sub-group's members, or None for the whole cohort."""
    ids = list(morning_ids)
    if not ids:
        return {}
    rows = session.execute(select(Morning.id, Morning.subgroup_id).where(Morning.id.in_(ids))).all()
    groups = {subgroup for _, subgroup in rows if subgroup is not None}
    members: dict[int, set[int]] = {g: set() for g in groups}
    if groups:
        for subgroup, person in session.execute(
            select(SubgroupMember.subgroup_id, SubgroupMember.person_id).where(
                SubgroupMember.subgroup_id.in_(groups)
            )
        ):
            members[subgroup].add(person)
    return {
        morning: None if subgroup is None else frozenset(members[subgroup])
        for morning, subgroup in rows
    }


@dataclass(frozen=True)
class CohortExpected:
    """The cohort's members and the sub-group of each of its mornings: who is expected where."""

    members: list[MemberRef]
    subgroups: dict[int, frozenset[int] | None]  # morning id -> its sub-group's members


class ExpectedOnce:
    """Who is expected at the cohort's mornings `morning_ids`, read the first time it is asked
    for (in the session given) and kept: the prerequisites check and the attendance grid of one
    refresh of the Schedule tab share one reading of the members and sub-groups."""

    def __init__(self, cohort_id: int, morning_ids: Iterable[int]):
        self.cohort_id = cohort_id
        self._morning_ids = list(morning_ids)
        self._read: CohortExpected | None = None

    def read(self, session: Session) -> CohortExpected:
        if self._read is None:
            from app.services.schedule.attendance import cohort_members

            self._read = CohortExpected(
                cohort_members(session, self.cohort_id),
                subgroup_members_by_morning(session, self._morning_ids),
            )
        return self._read


def expected_members_of_morning(session: Session, morning_id: int) -> list[MemberRef]:
    """The members expected at one morning, by first name (see the module's rule)."""
    from app.services.schedule.attendance import cohort_members

    morning = session.get(Morning, morning_id)
    if morning is None:
        raise NotFound(morning_id)
    subgroup = subgroup_members_by_morning(session, [morning_id])[morning_id]
    return [
        member
        for member in cohort_members(session, morning.cohort_id)
        if is_expected(member, morning.date, subgroup)
    ]
