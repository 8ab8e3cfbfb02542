"""People and cohort membership: members, facilitators, mentors, evaluators and speakers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.people import Cohort, Membership, Person
from app.services.errors import NotFound, ValidationError
from app.services.people.countries import country_name, normalise_country
from app.services.people.genders import gender_of
from app.services.text_match import caseless, folded, has_every_word, named_key, sort_key, words_of
from app.services.validation import clean_text, limited_text, phone_number, required_text
from app.services.versions import check_unchanged
from app.vocab import values
from app.vocab.people import Gender, Role, in_gender, role_label


@dataclass(frozen=True)
class PersonInput:
    first_name: str
    last_name: str = ""
    role: str = "member"
    country_code: str | None = None
    languages: str = ""
    phone: str = ""
    notes: str = ""
    active: bool = True
    gender: str = "unstated"  # app.vocab.people.Gender, only if she says it


@dataclass(frozen=True)
class PersonInfo:
    id: int
    first_name: str
    last_name: str
    role: str
    country_code: str | None
    languages: str
    phone: str
    active: bool
    notes: str
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    gender: str = "unstated"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def role_label(self) -> str:
        return role_label(self.role, self.gender)

    def country_label(self, locale: str = "fr") -> str:
        return country_name(self.country_code, locale)

    def as_input(self) -> PersonInput:
        return PersonInput(
            first_name=self.first_name,
            last_name=self.last_name,
            role=self.role,
            gender=self.gender,
            country_code=self.country_code,
            languages=self.languages,
            phone=self.phone,
            notes=self.notes,
            active=self.active,
        )


def _info(row: Person, membership: Membership | None = None) -> PersonInfo:
    return PersonInfo(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        role=row.role,
        gender=row.gender,
        country_code=row.country_code,
        languages=row.languages,
        phone=row.phone,
        active=row.active,
        notes=row.notes,
        joined_on=membership.joined_on if membership else None,
        left_on=membership.left_on if membership else None,
    )


def _validated(data: PersonInput) -> PersonInput:
    first = required_text(data.first_name, "first_name", tr("le prénom", "people"), 80)
    last = limited_text(clean_text(data.last_name), "last_name", 80)
    if data.role not in values(Role):
        raise ValidationError("role", tr("Choisissez un rôle dans la liste.", "people"))
    if data.gender not in values(Gender):
        raise ValidationError("gender", tr("Choisissez un genre dans la liste.", "people"))
    return PersonInput(
        first_name=first,
        last_name=last,
        role=data.role,
        gender=data.gender,
        country_code=normalise_country(data.country_code),
        languages=limited_text(clean_text(data.languages), "languages", 200),
        phone=phone_number(data.phone),
        notes=limited_text(data.notes, "notes", 2000),
        active=bool(data.active),
    )


def _check_not_twice(session: Session, data: PersonInput, cohort_id: int, person_id: int | None):
    clash = named_key(
        (
            (row.id, f"{row.first_name}\n{row.last_name}")
            for row in session.execute(
                select(Person.id, Person.first_name, Person.last_name)
                .join(Membership, Membership.person_id == Person.id)
                .where(Membership.cohort_id == cohort_id, Person.id != (person_id or -1))
            )
        ),
        f"{data.first_name}\n{data.last_name}",
    )
    if clash is not None:
        raise ValidationError(
            "first_name",
            fill(
                in_gender(
                    gender_of(session, clash),
                    tr("{name} fait déjà partie de cette cohorte.", "people"),
                    tr("{name} fait déjà partie de cette cohorte.", "people_man"),
                ),
                name=f"{data.first_name} {data.last_name}".strip(),
            ),
        )


def list_people(
    session: Session,
    cohort_id: int | None = None,
    search: str = "",
    include_inactive: bool = False,
) -> list[PersonInfo]:
    """People of a cohort (or everybody), by first name; search looks in names, phone, languages
    (every word typed, case and accents ignored) and takes a country's code ("MA") whole."""
    if cohort_id is not None:
        query = select(Person, Membership).join(
            Membership, (Membership.person_id == Person.id) & (Membership.cohort_id == cohort_id)
        )
    else:
        query = select(Person, None)
    if not include_inactive:
        query = query.where(Person.active.is_(True))
    words = words_of(search)
    if words:  # matched on the searched columns alone: only the people found are loaded
        searched = session.execute(
            query.with_only_columns(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.phone,
                Person.languages,
                Person.country_code,
            )
        ).all()
        found_ids = [row.id for row in searched if all(_has_word(row, word) for word in words)]
        query = query.where(Person.id.in_(found_ids))
    found = session.execute(query).all()
    found.sort(key=lambda r: (sort_key(r[0].first_name), sort_key(r[0].last_name), r[0].id))
    return [_info(person, membership) for person, membership in found]


def _has_word(person, word: str) -> bool:
    """Whether `word` is in the person's names, phone or languages, or is her country's code."""
    return word == folded(person.country_code) or has_every_word(
        [word], person.first_name, person.last_name, person.phone, person.languages
    )


def get_person(session: Session, person_id: int, cohort_id: int | None = None) -> PersonInfo:
    row = session.get(Person, person_id)
    if row is None:
        raise NotFound(person_id)
    membership = None
    if cohort_id is not None:
        membership = session.scalars(
            select(Membership).where(
                Membership.person_id == person_id, Membership.cohort_id == cohort_id
            )
        ).first()
    return _info(row, membership)


def find_person(session: Session, name: str, cohort_id: int | None = None) -> PersonInfo:
    """A person by full or first name (case-insensitive), for the command line."""
    wanted = caseless(name)
    matches = [
        p
        for p in list_people(session, cohort_id, include_inactive=True)
        if wanted in (caseless(p.full_name), caseless(p.first_name))
    ]
    if len(matches) != 1:
        message = (
            tr("Personne ne s'appelle « {name} ».", "people")
            if not matches
            else tr("Plusieurs personnes s'appellent « {name} » : donnez aussi le nom.", "people")
        )
        raise ValidationError("person", message.format(name=name))
    return matches[0]


def create_person(
    session: Session,
    data: PersonInput,
    cohort_id: int | None = None,
    joined_on: dt.date | None = None,
) -> PersonInfo:
    """A new person, added to the cohort when one is given (joining on its start by default)."""
    clean = _validated(data)
    membership = None
    if cohort_id is not None:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "people"))
        _check_not_twice(session, clean, cohort_id, None)
    row = Person(**clean.__dict__)
    session.add(row)
    session.flush()
    if cohort_id is not None:
        membership = Membership(
            cohort_id=cohort_id, person_id=row.id, joined_on=joined_on or cohort.start_date
        )
        session.add(membership)
        session.flush()
    return _info(row, membership)


def update_person(
    session: Session,
    person_id: int,
    data: PersonInput,
    cohort_id: int | None = None,
    seen: PersonInput | None = None,
) -> PersonInfo:
    """Rewrite the person from the form; with `seen` (what the form was drawn from), refused with
    `StaleError` when the person was changed meanwhile (nothing written)."""
    row = session.get(Person, person_id)
    if row is None:
        raise NotFound(person_id)
    check_unchanged(
        _info(row).as_input(),
        seen,
        tr(
            "Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "people",
        ),
    )
    clean = _validated(data)
    for membership in row.memberships:
        _check_not_twice(session, clean, membership.cohort_id, person_id)
    for key, value in clean.__dict__.items():
        setattr(row, key, value)
    session.flush()
    return get_person(session, person_id, cohort_id)


def set_active(session: Session, person_id: int, active: bool) -> PersonInfo:
    """Deactivate (hide from lists, keep all history) or reactivate a person."""
    row = session.get(Person, person_id)
    if row is None:
        raise NotFound(person_id)
    row.active = active
    session.flush()
    return _info(row)


def add_to_cohort(
    session: Session, person_id: int, cohort_id: int, joined_on: dt.date | None = None
) -> PersonInfo:
    person = get_person(session, person_id)
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "people"))
    _check_not_twice(session, replace(person.as_input()), cohort_id, None)
    session.add(
        Membership(
            cohort_id=cohort_id, person_id=person_id, joined_on=joined_on or cohort.start_date
        )
    )
    session.flush()
    return get_person(session, person_id, cohort_id)


def leave_cohort(session: Session, person_id: int, cohort_id: int, left_on: dt.date) -> PersonInfo:
    membership = session.scalars(
        select(Membership).where(
            Membership.person_id == person_id, Membership.cohort_id == cohort_id
        )
    ).first()
    if membership is None:
        raise ValidationError("person", tr("Cette personne n'est pas dans la cohorte.", "people"))
    if left_on < membership.joined_on:
        raise ValidationError(
            "left_on", tr("La date de départ est avant la date d'arrivée.", "people")
        )
    membership.left_on = left_on
    session.flush()
    return get_person(session, person_id, cohort_id)


def delete_person(session: Session, person_id: int) -> None:
    """Remove a person entirely; refused once anything else refers to her (history is kept)."""
    row = session.get(Person, person_id)
    if row is None:
        raise NotFound(person_id)
    try:
        with session.begin_nested():
            session.delete(row)
            session.flush()
    except IntegrityError as error:
        raise ValidationError(
            "person",
            fill(
                in_gender(
                    row.gender,
                    tr(
                        "{name} a déjà un historique dans l'application : désactivez-la plutôt.",
                        "people",
                    ),
                    tr(
                        "{name} a déjà un historique dans l'application : désactivez-le plutôt.",
                        "people_man",
                    ),
                ),
                name=row.first_name,
            ),
        ) from error
