"""Organisations of the directory (partners, customers, suppliers, visit hosts, funders): list and
search, add, change, and delete through the Corbeille.

Decisions:
- A name is required and appears once (whatever its capitals): "Madil" and "MAdiL" are the same.
- An e-mail address and a phone number are checked when given.
- A customer with orders is never deleted (the orders keep their link): the message names the
  orders. Its contacts stay in the directory without an organisation, and get it back when the
  organisation is restored; a visit it hosted loses the link the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, format_date, listing, tr
from app.models.directory import Organisation
from app.models.menus import CustomerOrder
from app.services.errors import NotFound, ValidationError
from app.services.menus.customers import orders_of
from app.services.safety import trash
from app.services.safety.trash import TrashEntry
from app.services.text_match import has_every_word, named_key, sort_key, words_of
from app.services.validation import email_address, limited_text, phone_number, required_text
from app.services.versions import check_unchanged
from app.vocab import values
from app.vocab.directory import OrganisationKind, organisation_kind_label


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    kind: str = OrganisationKind.PARTNER.value
    address: str = ""
    email: str = ""
    phone: str = ""
    transport_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganisationInfo(OrganisationInput):
    id: int = 0
    order_count: int = 0

    @property
    def kind_label(self) -> str:
        return organisation_kind_label(self.kind)

    def as_input(self) -> OrganisationInput:
        return OrganisationInput(
            self.name,
            self.kind,
            self.address,
            self.email,
            self.phone,
            self.transport_note,
            self.notes,
        )


def _info(row: Organisation, order_count: int = 0) -> OrganisationInfo:
    return OrganisationInfo(
        name=row.name,
        kind=row.kind,
        address=row.address,
        email=row.email,
        phone=row.phone,
        transport_note=row.transport_note,
        notes=row.notes,
        id=row.id,
        order_count=order_count,
    )


def _validated(session: Session, data: OrganisationInput, own_id: int | None) -> OrganisationInput:
    name = required_text(data.name, "name", tr("le nom", "directory"), 160)
    if data.kind not in values(OrganisationKind):
        raise ValidationError("kind", tr("Choisissez un type dans la liste.", "directory"))
    clash = named_key(
        session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id != (own_id or -1))
        ),
        name,
    )
    if clash is not None:
        raise ValidationError(
            "name",
            fill(tr("« {name} » est déjà dans le répertoire.", "directory"), name=name),
        )
    return OrganisationInput(
        name=name,
        kind=data.kind,
        address=limited_text(data.address, "address", 500),
        email=email_address(data.email),
        phone=phone_number(data.phone),
        transport_note=limited_text(data.transport_note, "transport_note", 1000),
        notes=limited_text(data.notes, "notes", 2000),
    )


def _order_counts():
    return (
        select(CustomerOrder.organisation_id, func.count().label("orders"))
        .group_by(CustomerOrder.organisation_id)
        .subquery()
    )


def list_organisations(
    session: Session, search: str = "", kind: str | None = None
) -> list[OrganisationInfo]:
    """Organisations by name; `search` looks in the name, address, e-mail, phone and notes."""
    counts = _order_counts()
    query = select(Organisation, counts.c.orders).outerjoin(
        counts, counts.c.organisation_id == Organisation.id
    )
    if kind is not None:
        query = query.where(Organisation.kind == kind)
    words = words_of(search)
    found = [
        (row, orders)
        for row, orders in session.execute(query).all()
        if has_every_word(words, row.name, row.address, row.email, row.phone, row.notes)
    ]
    found.sort(key=lambda r: (sort_key(r[0].name), r[0].id))
    return [_info(row, orders or 0) for row, orders in found]


def get_organisation(session: Session, organisation_id: int) -> OrganisationInfo:
    row = session.get(Organisation, organisation_id)
    if row is None:
        raise NotFound(organisation_id)
    orders = session.scalar(
        select(func.count())
        .select_from(CustomerOrder)
        .where(CustomerOrder.organisation_id == organisation_id)
    )
    return _info(row, orders)


def find_organisation(session: Session, name: str) -> OrganisationInfo | None:
    """The organisation with this name (whatever its capitals), or None."""
    found = named_key(session.execute(select(Organisation.id, Organisation.name)), name)
    return None if found is None else get_organisation(session, found)


def create_organisation(session: Session, data: OrganisationInput) -> OrganisationInfo:
    row = Organisation(**_validated(session, data, None).__dict__)
    session.add(row)
    session.flush()
    return _info(row)


def update_organisation(
    session: Session,
    organisation_id: int,
    data: OrganisationInput,
    seen: OrganisationInput | None = None,
) -> OrganisationInfo:
    """Rewrite the organisation from the form; with `seen`, refused (`StaleError`) when it was
    changed meanwhile."""
    row = session.get(Organisation, organisation_id)
    if row is None:
        raise NotFound(organisation_id)
    check_unchanged(
        _info(row).as_input(),
        seen,
        tr(
            "Cette organisation a changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant ses nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "directory",
        ),
    )
    for key, value in _validated(session, data, organisation_id).__dict__.items():
        setattr(row, key, value)
    session.flush()
    return get_organisation(session, organisation_id)


def delete_organisation(session: Session, organisation_id: int) -> None:
    """Delete for good (undoing an addition); the trash is the way for a person. Refused like
    the trash while orders refer to it."""
    row = session.get(Organisation, organisation_id)
    if row is not None:
        _refuse_while_ordered(session, _info(row))
        session.delete(row)
        session.flush()


def trash_organisation(session: Session, organisation_id: int) -> TrashEntry:
    """To the Corbeille; refused, naming the orders, while orders refer to it."""
    info = get_organisation(session, organisation_id)
    _refuse_while_ordered(session, info)
    return trash.move_to_trash(session, "organisation", organisation_id, info.name)


def _refuse_while_ordered(session: Session, info: OrganisationInfo) -> None:
    organisation_id = info.id
    held_by = sorted(orders_of(session, organisation_id), key=lambda order: order.event_date)
    if held_by:
        raise ValidationError(
            "delete",
            fill(
                tr(
                    "« {name} » ne peut pas être supprimée : ses commandes y renvoient "
                    "({orders}). Les commandes gardent leur client.",
                    "directory",
                ),
                name=info.name,
                orders=listing(
                    fill(
                        tr("{customer} du {date}", "directory"),
                        customer=order.customer,
                        date=format_date(order.event_date),
                    )
                    for order in held_by
                ),
            ),
        )
