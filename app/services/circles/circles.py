"""A cohort's circles: name, mandate (what the circle decides alone, what it brings to the group)
and members. A circle needs at least one member of its cohort; nothing is written otherwise."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.delegate import Circle, CircleMember
from app.models.people import Cohort, Membership, Person
from app.services.circles.lead import current_leads
from app.services.errors import NotFound, ValidationError
from app.services.people.genders import gender_of
from app.services.text_match import named_key, sort_key
from app.services.validation import limited_text, required_text


@dataclass(frozen=True)
class CircleInput:
    cohort_id: int
    name: str
    member_ids: tuple[int, ...]
    decides_alone: str = ""
    brings_to_group: str = ""


@dataclass(frozen=True)
class CircleInfo:
    id: int
    cohort_id: int
    name: str
    decides_alone: str
    brings_to_group: str
    members: tuple[tuple[int, str], ...]  # (person id, first name), by name
    lead_id: int | None
    lead_name: str
    lead_gender: str = "unstated"  # app.vocab.people.Gender: "Animatrice" / "Animateur"

    @property
    def member_ids(self) -> tuple[int, ...]:
        return tuple(person_id for person_id, _ in self.members)

    def as_input(self) -> CircleInput:
        return CircleInput(
            self.cohort_id, self.name, self.member_ids, self.decides_alone, self.brings_to_group
        )


def list_circles(session: Session, cohort_id: int) -> list[CircleInfo]:
    """The cohort's circles by name, with their members and current lead."""
    circles = sorted(
        session.scalars(select(Circle).where(Circle.cohort_id == cohort_id).order_by(Circle.id)),
        key=lambda circle: sort_key(circle.name),
    )
    links = session.execute(
        select(CircleMember.circle_id, Person.id, Person.first_name)
        .join(Person, Person.id == CircleMember.person_id)
        .where(CircleMember.circle_id.in_([c.id for c in circles]))
        .order_by(Person.first_name, Person.id)
    ).all()
    leads = current_leads(session, [c.id for c in circles])
    result = []
    for circle in circles:
        members = tuple((pid, name) for cid, pid, name in links if cid == circle.id)
        lead_id = leads.get(circle.id)
        lead_id = lead_id if lead_id in dict(members) else None
        result.append(
            CircleInfo(
                circle.id,
                circle.cohort_id,
                circle.name,
                circle.decides_alone,
                circle.brings_to_group,
                members,
                lead_id,
                dict(members).get(lead_id, ""),
                gender_of(session, lead_id),
            )
        )
    return result


def get_circle(session: Session, circle_id: int) -> CircleInfo:
    circle = session.get(Circle, circle_id)
    if circle is None:
        raise NotFound(circle_id)
    return next(c for c in list_circles(session, circle.cohort_id) if c.id == circle_id)


def _validated(session: Session, data: CircleInput, circle_id: int | None) -> CircleInput:
    if session.get(Cohort, data.cohort_id) is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "circles"))
    name = required_text(data.name, "name", tr("le nom du cercle", "circles"), 80)
    clash = named_key(
        session.execute(
            select(Circle.id, Circle.name).where(
                Circle.cohort_id == data.cohort_id, Circle.id != (circle_id or 0)
            )
        ),
        name,
    )
    if clash is not None:
        raise ValidationError("name", tr("Un cercle de la cohorte porte déjà ce nom.", "circles"))
    wanted = tuple(sorted(set(data.member_ids)))
    if not wanted:
        raise ValidationError(
            "members", tr("Choisissez au moins une membre pour le cercle.", "circles")
        )
    in_cohort = set(
        session.scalars(
            select(Membership.person_id).where(
                Membership.cohort_id == data.cohort_id, Membership.person_id.in_(wanted)
            )
        )
    )
    if in_cohort != set(wanted):
        raise ValidationError(
            "members", tr("Une des personnes n'est pas (ou plus) dans la cohorte.", "circles")
        )
    return CircleInput(
        data.cohort_id,
        name,
        wanted,
        limited_text(data.decides_alone, "decides_alone", 2000),
        limited_text(data.brings_to_group, "brings_to_group", 2000),
    )


def _set_members(session: Session, circle_id: int, wanted: tuple[int, ...]) -> None:
    current = {
        m.person_id: m
        for m in session.scalars(select(CircleMember).where(CircleMember.circle_id == circle_id))
    }
    for person_id, link in current.items():
        if person_id not in wanted:
            session.delete(link)
    for person_id in wanted:
        if person_id not in current:
            session.add(CircleMember(circle_id=circle_id, person_id=person_id))


def create_circle(session: Session, data: CircleInput) -> CircleInfo:
    clean = _validated(session, data, None)
    row = Circle(
        cohort_id=clean.cohort_id,
        name=clean.name,
        decides_alone=clean.decides_alone,
        brings_to_group=clean.brings_to_group,
    )
    session.add(row)
    session.flush()
    _set_members(session, row.id, clean.member_ids)
    session.flush()
    return get_circle(session, row.id)


def update_circle(session: Session, circle_id: int, data: CircleInput) -> CircleInfo:
    row = session.get(Circle, circle_id)
    if row is None:
        raise NotFound(circle_id)
    clean = _validated(session, replace(data, cohort_id=row.cohort_id), circle_id)
    row.name = clean.name
    row.decides_alone = clean.decides_alone
    row.brings_to_group = clean.brings_to_group
    _set_members(session, circle_id, clean.member_ids)
    session.flush()
    return get_circle(session, circle_id)


def delete_circle(session: Session, circle_id: int) -> None:
    """Remove a circle with its checklist, meetings and lead turns; its tasks stay, untagged."""
    row = session.get(Circle, circle_id)
    if row is None:
        raise NotFound(circle_id)
    session.delete(row)
    session.flush()
