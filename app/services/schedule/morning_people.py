"""A morning's links to the directory: the mentor of a mentoring morning and the host of a visit
(its address and how to get there, for the week sheet)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.directory import Contact, Organisation
from app.services.errors import ValidationError


@dataclass(frozen=True)
class VisitHost:
    name: str
    address: str
    transport_note: str


def mentor_name(session: Session, contact_id: int | None) -> str:
    row = session.get(Contact, contact_id) if contact_id is not None else None
    return f"{row.first_name} {row.last_name}".strip() if row else ""


def visit_host(session: Session, organisation_id: int | None) -> VisitHost | None:
    row = session.get(Organisation, organisation_id) if organisation_id is not None else None
    return VisitHost(row.name, row.address, row.transport_note) if row else None


def check_directory_links(
    session: Session, mentor_id: int | None, host_organisation_id: int | None
) -> None:
    """Refused (at its field) when the chosen mentor or host is no longer in the directory."""
    if mentor_id is not None and session.get(Contact, mentor_id) is None:
        raise ValidationError(
            "mentor_id", tr("Cette personne n'est plus dans le répertoire.", "schedule")
        )
    if host_organisation_id is not None and session.get(Organisation, host_organisation_id) is None:
        raise ValidationError(
            "host_organisation_id",
            tr("Cette organisation n'est plus dans le répertoire.", "schedule"),
        )
