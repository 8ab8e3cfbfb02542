"""Mentors and the members they accompany during a cohort: pair, unpair, the pairs of a cohort or
of one member (her page shows them), and each mentor's mornings (mornings that name her).

Decisions:
- Only a person of the directory with the mentor role can be paired, with a member of the cohort;
  the same pair appears once per cohort.
- A pairing belongs to the member: erasing her erases it (personal data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.directory import Contact, MentorPairing
from app.models.people import Membership, Person
from app.models.schedule import Morning
from app.services.errors import NotFound, ValidationError
from app.services.text_match import sort_key
from app.services.validation import limited_text
from app.vocab.directory import ContactRole


@dataclass(frozen=True)
class Pairing:
    id: int
    cohort_id: int
    mentor_id: int
    mentor_name: str
    person_id: int
    member_name: str
    notes: str


@dataclass(frozen=True)
class MentorMornings:
    mentor_id: int
    mentor_name: str
    dates: tuple[dt.date, ...]


def _name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def pair(
    session: Session, cohort_id: int, mentor_id: int, person_id: int, notes: str = ""
) -> Pairing:
    mentor = session.get(Contact, mentor_id)
    if mentor is None or mentor.role != ContactRole.MENTOR:
        raise ValidationError(
            "mentor_id", tr("Choisissez une marraine ou un parrain du répertoire.", "directory")
        )
    member = session.scalar(
        select(Membership.id).where(
            Membership.cohort_id == cohort_id, Membership.person_id == person_id
        )
    )
    if member is None:
        raise ValidationError(
            "person_id", tr("Choisissez une membre de cette cohorte.", "directory")
        )
    twice = session.scalar(
        select(MentorPairing.id).where(
            MentorPairing.cohort_id == cohort_id,
            MentorPairing.mentor_id == mentor_id,
            MentorPairing.person_id == person_id,
        )
    )
    if twice is not None:
        paired = session.get(Person, person_id)  # a member of the cohort, checked above
        raise ValidationError(
            "person_id",
            fill(
                tr("{mentor} accompagne déjà {member}.", "directory"),
                mentor=_name(mentor.first_name, mentor.last_name),
                member=_name(paired.first_name, paired.last_name),
            ),
        )
    row = MentorPairing(
        cohort_id=cohort_id,
        mentor_id=mentor_id,
        person_id=person_id,
        notes=limited_text(notes, "notes", 2000),
    )
    session.add(row)
    session.flush()
    return pairings(session, cohort_id, pairing_id=row.id)[0]


def unpair(session: Session, pairing_id: int) -> None:
    row = session.get(MentorPairing, pairing_id)
    if row is None:
        raise NotFound(pairing_id)
    session.delete(row)
    session.flush()


def pairings(
    session: Session,
    cohort_id: int,
    person_id: int | None = None,
    pairing_id: int | None = None,
) -> list[Pairing]:
    """The cohort's pairs (or one member's), by mentor then member."""
    query = (
        select(MentorPairing, Contact, Person)
        .join(Contact, Contact.id == MentorPairing.mentor_id)
        .join(Person, Person.id == MentorPairing.person_id)
        .where(MentorPairing.cohort_id == cohort_id)
        .order_by(MentorPairing.id)
    )
    if person_id is not None:
        query = query.where(MentorPairing.person_id == person_id)
    if pairing_id is not None:
        query = query.where(MentorPairing.id == pairing_id)
    return [
        Pairing(
            row.id,
            row.cohort_id,
            mentor.id,
            _name(mentor.first_name, mentor.last_name),
            person.id,
            _name(person.first_name, person.last_name),
            row.notes,
        )
        for row, mentor, person in sorted(
            session.execute(query).all(),
            key=lambda r: (sort_key(r[1].first_name), sort_key(r[2].first_name)),
        )
    ]


def mentor_mornings(session: Session, cohort_id: int) -> list[MentorMornings]:
    """Each mentor's mornings in the cohort (not cancelled), by mentor name."""
    rows = session.execute(
        select(Contact, Morning.date)
        .join(Morning, Morning.mentor_id == Contact.id)
        .where(Morning.cohort_id == cohort_id, Morning.status != "cancelled")
        .order_by(Contact.id, Morning.date)
    ).all()
    rows.sort(key=lambda r: sort_key(r[0].first_name))
    by_mentor: dict[int, MentorMornings] = {}
    for mentor, day in rows:
        known = by_mentor.get(mentor.id)
        dates = (known.dates if known else ()) + (day,)
        by_mentor[mentor.id] = MentorMornings(
            mentor.id, _name(mentor.first_name, mentor.last_name), dates
        )
    return list(by_mentor.values())
