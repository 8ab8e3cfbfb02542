"""A person's gender, for the word of a role shown next to her name ("Déléguée" / "Délégué")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models.people import Person
from app.vocab.people import Gender


def gender_of(session: Session, person_id: int | None) -> str:
    """The person's gender (app.vocab.people.Gender; unstated for nobody), from the session's
    identity map when she is already loaded."""
    person = session.get(Person, person_id) if person_id is not None else None
    return person.gender if person is not None else Gender.UNSTATED
