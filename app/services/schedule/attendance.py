"""Who attended which morning: present, late, excused or absent; hours attended per member and
kind, attendance rate, and a gentle alert after 3 missed mornings in a row (for follow-up).

Present and late count the morning's hours as attended; excused and absent count none.
`hours_attended(session, cohort_id)` is the figure other areas use (e.g. profit sharing).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.people import Membership, Person
from app.models.schedule import Attendance, Morning
from app.services.errors import NotFound, StaleError, ValidationError
from app.services.schedule.expected import (
    ExpectedOnce,
    expected_members_of_morning,
    is_expected,
    subgroup_members_by_morning,
)
from app.services.schedule.mornings import MorningInfo, list_mornings, set_status
from app.services.text_match import sort_key
from app.vocab import values
from app.vocab.people import in_gender
from app.vocab.schedule import AttendanceStatus, MorningKind

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value)
MISSED = (AttendanceStatus.EXCUSED.value, AttendanceStatus.ABSENT.value)
ALERT_IN_A_ROW = 3


@dataclass(frozen=True)
class MemberRef:
    id: int
    name: str
    joined_on: dt.date
    left_on: dt.date | None
    gender: str = "unstated"  # app.vocab.people.Gender: the follow-up sentence speaks of her or him

    def expected_on(self, day: dt.date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day <= self.left_on)


def cohort_members(session: Session, cohort_id: int) -> list[MemberRef]:
    """The cohort's members (role "member"), by first name."""
    rows = session.execute(
        select(Person, Membership)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.cohort_id == cohort_id, Person.role == "member")
        .order_by(Person.id)
    ).all()
    rows.sort(key=lambda r: (sort_key(r[0].first_name), sort_key(r[0].last_name)))
    return [
        MemberRef(p.id, f"{p.first_name} {p.last_name}".strip(), m.joined_on, m.left_on, p.gender)
        for p, m in rows
    ]


def _check_in_cohort_on(membership: Membership, day: dt.date) -> None:
    if day < membership.joined_on or (membership.left_on is not None and day > membership.left_on):
        raise ValidationError(
            "person", tr("Cette personne n'était pas dans la cohorte ce jour-là.", "schedule")
        )


def _subgroup_of(session: Session, morning: Morning) -> frozenset[int] | None:
    """The members of the morning's sub-group (None: the whole cohort)."""
    return subgroup_members_by_morning(session, [morning.id])[morning.id]


def _check_in_subgroup(subgroup: frozenset[int] | None, person_id: int) -> None:
    if subgroup is not None and person_id not in subgroup:
        raise ValidationError(
            "person",
            tr(
                "Cette matinée est pour un sous-groupe : cette personne n'en fait pas partie.",
                "schedule",
            ),
        )


NOT_CHECKED = object()  # `seen` of a write that does not depend on what a screen showed (undo)


def set_attendance(
    session: Session,
    morning_id: int,
    person_id: int,
    status: str | None,
    seen: str | None | object = NOT_CHECKED,
) -> str | None:
    """Note one member at one morning (None clears it); returns the status before, for undo.

    A planned morning becomes "done" once attendance is noted. `seen` is the status the grid
    showed: if the stored one is different (noted meanwhile elsewhere), `StaleError` and nothing is
    written.
    """
    morning = session.get(Morning, morning_id)
    if morning is None:
        raise NotFound(morning_id)
    if status is not None and status not in values(AttendanceStatus):
        raise ValidationError(
            "status", tr("Choisissez : présente, en retard, excusée ou absente.", "schedule")
        )
    if morning.status == "cancelled":
        raise ValidationError("morning", tr("Cette matinée est annulée.", "schedule"))
    membership = session.scalars(
        select(Membership).where(
            Membership.cohort_id == morning.cohort_id, Membership.person_id == person_id
        )
    ).first()
    if membership is None:
        raise ValidationError(
            "person", tr("Cette personne ne fait pas partie de la cohorte.", "schedule")
        )
    if status is not None:
        _check_in_cohort_on(membership, morning.date)
        _check_in_subgroup(_subgroup_of(session, morning), person_id)
    row = session.scalars(
        select(Attendance).where(
            Attendance.morning_id == morning_id, Attendance.person_id == person_id
        )
    ).first()
    before = row.status if row else None
    if seen is not NOT_CHECKED and seen != before:
        raise StaleError(
            tr(
                "Cette présence a changé depuis que la grille s'est affichée : la grille est "
                "mise à jour. Cliquez de nouveau si besoin.",
                "schedule",
            )
        )
    if status is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Attendance(morning_id=morning_id, person_id=person_id, status=status, note=""))
    else:
        row.status = status
    session.flush()
    if status is not None and morning.status == "planned":
        set_status(session, morning_id, "done")
    return before


def record_attendance(session: Session, morning_id: int, statuses: dict[int, str]) -> None:
    """Note several members at one morning at once ({person_id: status}); all checked first."""
    morning = session.get(Morning, morning_id)
    if morning is None:
        raise NotFound(morning_id)
    if morning.status == "cancelled":
        raise ValidationError("morning", tr("Cette matinée est annulée.", "schedule"))
    members = {
        m.person_id: m
        for m in session.scalars(
            select(Membership).where(Membership.cohort_id == morning.cohort_id)
        ).all()
    }
    subgroup = _subgroup_of(session, morning) if statuses else None  # read once, not per member
    for person_id, status in statuses.items():
        if status not in values(AttendanceStatus):
            raise ValidationError(
                "status", tr("Choisissez : présente, en retard, excusée ou absente.", "schedule")
            )
        if person_id not in members:
            raise ValidationError(
                "person", tr("Cette personne ne fait pas partie de la cohorte.", "schedule")
            )
        _check_in_cohort_on(members[person_id], morning.date)
        _check_in_subgroup(subgroup, person_id)
    existing = {
        row.person_id: row
        for row in session.scalars(
            select(Attendance).where(Attendance.morning_id == morning_id)
        ).all()
    }
    with session.no_autoflush:
        for person_id, status in statuses.items():
            if person_id in existing:
                existing[person_id].status = status
            else:
                session.add(
                    Attendance(morning_id=morning_id, person_id=person_id, status=status, note="")
                )
    session.flush()
    if statuses and morning.status == "planned":
        morning.status = "done"
        session.flush()


def mark_all_present(session: Session, morning_id: int) -> list[int]:
    """Every expected member with nothing noted yet becomes present; returns their ids."""
    noted = set(
        session.scalars(
            select(Attendance.person_id).where(Attendance.morning_id == morning_id)
        ).all()
    )
    marked = [
        member.id
        for member in expected_members_of_morning(session, morning_id)
        if member.id not in noted
    ]
    record_attendance(session, morning_id, {person_id: "present" for person_id in marked})
    return marked


@dataclass
class AttendanceGrid:
    members: list[MemberRef]
    mornings: list[MorningInfo]
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (morning_id, person_id)
    # morning id -> its sub-group's member ids (None: the whole cohort)
    subgroups: dict[int, frozenset[int] | None] = field(default_factory=dict)

    def status(self, morning_id: int, person_id: int) -> str | None:
        return self.cells.get((morning_id, person_id))

    def expected(self, morning: MorningInfo, member: MemberRef) -> bool:
        """Is she expected at this morning (see app/services/schedule/expected.py)?"""
        return is_expected(member, morning.date, self.subgroups.get(morning.id))


def attendance_grid(
    session: Session,
    cohort_id: int,
    mornings: list[MorningInfo] | None = None,
    expected: ExpectedOnce | None = None,
) -> AttendanceGrid:
    """Members × mornings (not cancelled) with what was noted; `mornings`: the cohort's
    `list_mornings` when the caller has read them already, `expected` who is expected at them
    (when another reading of the same refresh shares it)."""
    if mornings is None:
        mornings = list_mornings(session, cohort_id, include_cancelled=False)
    else:
        mornings = [m for m in mornings if m.status != "cancelled"]
    rows = session.execute(
        select(Attendance.morning_id, Attendance.person_id, Attendance.status)
        .join(Morning, Morning.id == Attendance.morning_id)
        .where(Morning.cohort_id == cohort_id)
    ).all()
    if expected is None:
        expected = ExpectedOnce(cohort_id, [m.id for m in mornings])
    who = expected.read(session)
    return AttendanceGrid(
        who.members,
        mornings,
        {(m, p): s for m, p, s in rows},
        {m.id: who.subgroups[m.id] for m in mornings},
    )


@dataclass(frozen=True)
class MemberAttendance:
    person_id: int
    name: str
    hours_by_kind: dict[str, Decimal]
    hours_total: Decimal
    mornings_noted: int
    mornings_attended: int
    missed_in_a_row: int  # the longest run of missed mornings
    modules: list[str]
    gender: str = "unstated"  # app.vocab.people.Gender
    # hours of the mornings she was expected at (those with a status noted), by kind
    planned_by_kind: dict[str, Decimal] = field(default_factory=dict)

    @property
    def planned_total(self) -> Decimal:
        return sum(self.planned_by_kind.values(), Decimal(0))

    @property
    def rate(self) -> Decimal | None:
        """Attended / noted, as a percentage with no decimals; None before anything is noted."""
        if not self.mornings_noted:
            return None
        return (Decimal(100) * self.mornings_attended / self.mornings_noted).quantize(Decimal(1))

    @property
    def needs_follow_up(self) -> bool:
        return self.missed_in_a_row >= ALERT_IN_A_ROW


def member_summaries(
    session: Session, cohort_id: int, grid: AttendanceGrid | None = None
) -> list[MemberAttendance]:
    """Each member's hours and attendance; `grid` is the cohort's `attendance_grid` when the
    caller has read it already (the Schedule tab shows both)."""
    if grid is None:
        grid = attendance_grid(session, cohort_id)
    result = []
    for member in grid.members:
        hours = dict.fromkeys(values(MorningKind), Decimal(0))
        planned = dict.fromkeys(values(MorningKind), Decimal(0))
        noted = attended = run = longest = 0
        modules: list[str] = []
        for morning in grid.mornings:
            status = grid.status(morning.id, member.id)
            if status is None or not grid.expected(morning, member):
                continue
            noted += 1
            planned[morning.kind] += morning.hours
            if status in ATTENDED:
                attended += 1
                hours[morning.kind] += morning.hours
                run = 0
                if morning.module_name and morning.module_name not in modules:
                    modules.append(morning.module_name)
            else:
                run += 1
                longest = max(longest, run)
        result.append(
            MemberAttendance(
                person_id=member.id,
                name=member.name,
                hours_by_kind=hours,
                hours_total=sum(hours.values(), Decimal(0)),
                mornings_noted=noted,
                mornings_attended=attended,
                missed_in_a_row=longest,
                modules=modules,
                planned_by_kind=planned,
                gender=member.gender,
            )
        )
    return result


def member_summary(session: Session, cohort_id: int, person_id: int) -> MemberAttendance:
    for summary in member_summaries(session, cohort_id):
        if summary.person_id == person_id:
            return summary
    raise ValidationError(
        "person", tr("Cette personne ne fait pas partie de la cohorte.", "schedule")
    )


def hours_attended(session: Session, cohort_id: int) -> dict[int, Decimal]:
    """Hours attended (present or late) per member of the cohort: {person_id: Decimal hours}.

    Every member of the cohort is a key, with 0 when nothing is noted. Cancelled mornings count
    nothing. Other areas (profit sharing) call this.
    """
    return {s.person_id: s.hours_total for s in member_summaries(session, cohort_id)}


def follow_up_alerts(session: Session, cohort_id: int) -> list[str]:
    """Gentle sentences for members who missed 3 mornings or more in a row."""
    return [
        follow_up_sentence(s) for s in member_summaries(session, cohort_id) if s.needs_follow_up
    ]


def follow_up_sentence(summary: MemberAttendance) -> str:
    """ "Nadia a manqué 3 matinées de suite : prenez de ses nouvelles.", in her or his gender
    (English "her" / "him", Arabic "غابت" / "غاب")."""
    sentence = in_gender(
        summary.gender,
        tr("{name} a manqué {n} matinées de suite : prenez de ses nouvelles.", "schedule"),
        tr("{name} a manqué {n} matinées de suite : prenez de ses nouvelles.", "schedule_man"),
    )
    return fill(sentence, name=summary.name, n=summary.missed_in_a_row)
