"""Thematic circles (optional): purchasing, kitchen, sales and display, communication, accounting.

Members belong to circles; tasks can be tagged with one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.delegate import Circle, CircleMember
from app.models.people import Person
from app.services.errors import NotFound, ValidationError
from app.services.validation import limited_text, required_text


def default_circle_names() -> list[str]:
    return [
        tr("Achats", "circles"),
        tr("Cuisine", "circles"),
        tr("Vente et présentation", "circles"),
        tr("Communication", "circles"),
        tr("Comptabilité", "circles"),
    ]


@dataclass(frozen=True)
class CircleInfo:
    id: int
    name: str
    description: str
    member_ids: tuple[int, ...]
    member_names: tuple[str, ...]


def list_circles(session: Session) -> list[CircleInfo]:
    circles = session.scalars(select(Circle).order_by(func.lower(Circle.name))).all()
    links = session.execute(
        select(CircleMember.circle_id, Person.id, Person.first_name)
        .join(Person, Person.id == CircleMember.person_id)
        .order_by(Person.first_name)
    ).all()
    result = []
    for c in circles:
        mine = [(pid, name) for cid, pid, name in links if cid == c.id]
        result.append(
            CircleInfo(
                c.id, c.name, c.description, tuple(p for p, _ in mine), tuple(n for _, n in mine)
            )
        )
    return result


def create_circle(session: Session, name: str, description: str = "") -> CircleInfo:
    name = required_text(name, "name", tr("le nom du cercle", "circles"), 80)
    clash = session.scalar(select(Circle.id).where(func.lower(Circle.name) == name.lower()))
    if clash is not None:
        raise ValidationError("name", tr("Un cercle porte déjà ce nom.", "circles"))
    row = Circle(name=name, description=limited_text(description, "description", 500))
    session.add(row)
    session.flush()
    return CircleInfo(row.id, row.name, row.description, (), ())


def set_members(session: Session, circle_id: int, person_ids: list[int]) -> CircleInfo:
    circle = session.get(Circle, circle_id)
    if circle is None:
        raise NotFound(circle_id)
    wanted = set(person_ids)
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    if found != wanted:
        raise ValidationError("members", tr("Une des personnes n'existe plus.", "circles"))
    current = {
        m.person_id: m
        for m in session.scalars(select(CircleMember).where(CircleMember.circle_id == circle_id))
    }
    for person_id, link in current.items():
        if person_id not in wanted:
            session.delete(link)
    for person_id in sorted(wanted - set(current)):
        session.add(CircleMember(circle_id=circle_id, person_id=person_id))
    session.flush()
    return next(c for c in list_circles(session) if c.id == circle_id)


def delete_circle(session: Session, circle_id: int) -> None:
    """Remove a circle; its tasks stay, untagged."""
    circle = session.get(Circle, circle_id)
    if circle is None:
        raise NotFound(circle_id)
    session.delete(circle)
    session.flush()
