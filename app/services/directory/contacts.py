"""Outside people of the directory (mentors, speakers, evaluators, contacts at an organisation):
list and search, add, change, and delete through the Corbeille.

Decisions:
- A first name is required; the same first and last name appears once (whatever the capitals).
- An e-mail address and a phone number are checked when given.
- A mentor deleted goes with her pairings (restored with her); a morning she led loses the link,
  which comes back on restore.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.directory import Contact, Organisation
from app.services.errors import NotFound, ValidationError
from app.services.safety import trash
from app.services.safety.trash import TrashEntry
from app.services.text_match import has_every_word, named_key, sort_key, words_of
from app.services.validation import (
    clean_text,
    email_address,
    limited_text,
    phone_number,
    required_text,
)
from app.services.versions import check_unchanged
from app.vocab import values
from app.vocab.directory import ContactRole, contact_role_label


@dataclass(frozen=True)
class ContactInput:
    first_name: str
    last_name: str = ""
    role: str = ContactRole.CONTACT.value
    organisation_id: int | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactInfo(ContactInput):
    id: int = 0
    organisation_name: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def role_label(self) -> str:
        return contact_role_label(self.role)

    def as_input(self) -> ContactInput:
        return ContactInput(
            self.first_name,
            self.last_name,
            self.role,
            self.organisation_id,
            self.email,
            self.phone,
            self.notes,
        )


def _info(row: Contact, organisation_name: str | None) -> ContactInfo:
    return ContactInfo(
        first_name=row.first_name,
        last_name=row.last_name,
        role=row.role,
        organisation_id=row.organisation_id,
        email=row.email,
        phone=row.phone,
        notes=row.notes,
        id=row.id,
        organisation_name=organisation_name or "",
    )


def _validated(session: Session, data: ContactInput, own_id: int | None) -> ContactInput:
    first = required_text(data.first_name, "first_name", tr("le prénom", "directory"), 80)
    last = limited_text(clean_text(data.last_name), "last_name", 80)
    if data.role not in values(ContactRole):
        raise ValidationError("role", tr("Choisissez un rôle dans la liste.", "directory"))
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        raise ValidationError(
            "organisation", tr("Cette organisation n'est plus dans le répertoire.", "directory")
        )
    clash = named_key(
        (
            (row.id, f"{row.first_name}\n{row.last_name}")
            for row in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name).where(
                    Contact.id != (own_id or -1)
                )
            )
        ),
        f"{first}\n{last}",
    )
    if clash is not None:
        raise ValidationError(
            "first_name",
            fill(
                tr("{name} est déjà dans le répertoire.", "directory"),
                name=f"{first} {last}".strip(),
            ),
        )
    return ContactInput(
        first_name=first,
        last_name=last,
        role=data.role,
        organisation_id=data.organisation_id,
        email=email_address(data.email),
        phone=phone_number(data.phone),
        notes=limited_text(data.notes, "notes", 2000),
    )


def list_contacts(
    session: Session,
    search: str = "",
    organisation_id: int | None = None,
    role: str | None = None,
) -> list[ContactInfo]:
    """Outside people by first name; `search` looks in names, organisation, e-mail, phone, notes."""
    query = select(Contact, Organisation.name).outerjoin(
        Organisation, Organisation.id == Contact.organisation_id
    )
    if organisation_id is not None:
        query = query.where(Contact.organisation_id == organisation_id)
    if role is not None:
        query = query.where(Contact.role == role)
    words = words_of(search)
    found = [
        (row, name)
        for row, name in session.execute(query).all()
        if has_every_word(
            words, row.first_name, row.last_name, row.email, row.phone, row.notes, name
        )
    ]
    found.sort(key=lambda r: (sort_key(r[0].first_name), sort_key(r[0].last_name), r[0].id))
    return [_info(row, name) for row, name in found]


def get_contact(session: Session, contact_id: int) -> ContactInfo:
    row = session.get(Contact, contact_id)
    if row is None:
        raise NotFound(contact_id)
    organisation = session.get(Organisation, row.organisation_id) if row.organisation_id else None
    return _info(row, organisation.name if organisation else None)


def create_contact(session: Session, data: ContactInput) -> ContactInfo:
    row = Contact(**_validated(session, data, None).__dict__)
    session.add(row)
    session.flush()
    return get_contact(session, row.id)


def update_contact(
    session: Session, contact_id: int, data: ContactInput, seen: ContactInput | None = None
) -> ContactInfo:
    """Rewrite the person from the form; with `seen`, refused (`StaleError`) when she was
    changed meanwhile."""
    row = session.get(Contact, contact_id)
    if row is None:
        raise NotFound(contact_id)
    check_unchanged(
        get_contact(session, contact_id).as_input(),
        seen,
        tr(
            "Cette personne a changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "directory",
        ),
    )
    for key, value in _validated(session, data, contact_id).__dict__.items():
        setattr(row, key, value)
    session.flush()
    return get_contact(session, contact_id)


def delete_contact(session: Session, contact_id: int) -> None:
    """Delete for good (undoing an addition); the trash is the way for a person."""
    row = session.get(Contact, contact_id)
    if row is not None:
        session.delete(row)
        session.flush()


def trash_contact(session: Session, contact_id: int) -> TrashEntry:
    info = get_contact(session, contact_id)
    return trash.move_to_trash(session, "contact", contact_id, info.full_name)
