"""Closing a sales day, and correcting it afterwards by reversing entries with reason, who, when.

Closing freezes each product's unit cost (from costing, at the ingredient prices of that day) and
the expected cash. A closed day is never edited: every later change is a new line that appears in
the day's audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.people import Person
from app.models.sales import CashMovement, SaleLine, SalesEventProduct
from app.services.errors import NotFound, ValidationError
from app.services.menus import costing
from app.services.sales.cash import cash_state
from app.services.sales.events import (
    EventInfo,
    check_method,
    event_info,
    load_event,
    touch_day,
)
from app.services.sales.tally import _add_line, _current
from app.services.validation import clean_text, limited_text
from app.vocab import values
from app.vocab.sales import LineKind, line_kind_label, payment_method_label


def product_unit_cost(session: Session, product: SalesEventProduct, on: dt.date) -> int:
    """The frozen cost once the day is closed, else the recipe's cost that date (0 if unknown)."""
    if product.unit_cost_cents is not None:
        return product.unit_cost_cents
    if product.recipe_id is None:
        return 0
    try:
        return costing.unit_cost_cents(session, product.recipe_id, on)
    except (NotFound, ValidationError):
        return 0


def close_event(
    session: Session,
    event_id: int,
    closed_by_id: int | None,
    when: dt.datetime | None = None,
    seen_version: int | None = None,
) -> EventInfo:
    """Lock the day. Needs the cash count; refuses a day already closed, and (with
    `seen_version`) a day changed since the page that closes it was drawn."""
    event = load_event(session, event_id)
    if event.closed_at is not None:
        raise ValidationError("event", tr("Cette journée est déjà clôturée.", "sales"))
    touch_day(session, event_id, seen_version)
    if event.cash_counted_cents is None:
        raise ValidationError(
            "count", tr("Comptez d'abord la caisse (pièces et billets), puis clôturez.", "sales")
        )
    if closed_by_id is not None and session.get(Person, closed_by_id) is None:
        raise ValidationError("closed_by", tr("Cette personne n'existe plus.", "sales"))
    state = cash_state(session, event_id)
    if state.difference_cents and not state.explanation:
        raise ValidationError(
            "count",
            tr("Des ventes ont changé depuis le comptage : recomptez la caisse.", "sales"),
        )
    for product in event.products:
        product.unit_cost_cents = product_unit_cost(session, product, event.date)
    event.cash_expected_cents = state.expected_cents
    event.closed_at = when or dt.datetime.now()
    event.closed_by_id = closed_by_id
    session.flush()
    return event_info(session, event)


def _reason(reason: str) -> str:
    text = limited_text(clean_text(reason), "reason", 500)
    if not text:
        raise ValidationError("reason", tr("Une correction a besoin d'une raison.", "sales"))
    return text


def _closed(session: Session, event_id: int):
    event = load_event(session, event_id)
    if event.closed_at is None:
        raise ValidationError(
            "event", tr("La journée est encore ouverte : changez simplement les comptes.", "sales")
        )
    return event


def correct_count(
    session: Session,
    event_id: int,
    product_id: int,
    kind: str,
    payment_method: str | None,
    delta: int,
    reason: str,
    by_id: int | None,
    when: dt.datetime | None = None,
) -> int:
    """A reversing entry on a closed day: +n or −n units, with a reason and who. Returns line id."""
    _closed(session, event_id)
    if kind not in values(LineKind):
        raise ValidationError("kind", tr("Choisissez vendu, invendu ou offert.", "sales"))
    if kind == "sale":
        check_method(payment_method)
    else:
        payment_method = None
    if delta == 0:
        raise ValidationError("delta", tr("Indiquez combien ajouter ou enlever.", "sales"))
    text = _reason(reason)
    if by_id is not None and session.get(Person, by_id) is None:
        raise ValidationError("by", tr("Cette personne n'existe plus.", "sales"))
    product = session.get(SalesEventProduct, product_id)
    if product is None or product.event_id != event_id:
        raise ValidationError("product", tr("Ce produit n'est pas en vente ce jour-là.", "sales"))
    if _current(session, event_id, product_id, kind, payment_method) + delta < 0:
        raise ValidationError("delta", tr("Impossible : ce compte deviendrait négatif.", "sales"))
    touch_day(session, event_id)
    line = _add_line(
        session, product, kind, payment_method, delta, "correction", reason=text, by=by_id
    )
    if when is not None:
        line.created_at = when
        session.flush()
    return line.id


def correct_cash(
    session: Session, event_id: int, amount_cents: int, reason: str, by_id: int | None
) -> int:
    """A cash correction on a closed day (e.g. a forgotten expense paid from the box)."""
    _closed(session, event_id)
    if amount_cents == 0:
        raise ValidationError("amount", tr("Indiquez un montant différent de zéro.", "sales"))
    text = _reason(reason)
    touch_day(session, event_id)
    row = CashMovement(
        event_id=event_id,
        amount_cents=amount_cents,
        reason=text,
        is_correction=True,
        created_by_id=by_id,
        created_at=dt.datetime.now(),
    )
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True)
class AuditEntry:
    when: dt.datetime
    who: str
    what: str
    reason: str


def audit_trail(session: Session, event_id: int) -> list[AuditEntry]:
    """The closing and every correction after it, oldest first."""
    from app.services.money import format_amount

    event = load_event(session, event_id)
    names: dict[int, str] = {}

    def name(person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in names:
            person = session.get(Person, person_id)
            names[person_id] = f"{person.first_name} {person.last_name}".strip() if person else ""
        return names[person_id]

    entries = []
    if event.closed_at is not None:
        entries.append(
            AuditEntry(
                event.closed_at, name(event.closed_by_id), tr("Clôture de la journée", "sales"), ""
            )
        )
    products = {p.id: p.name for p in event.products}
    for line in session.scalars(
        select(SaleLine)
        .where(SaleLine.event_id == event_id, SaleLine.source == "correction")
        .order_by(SaleLine.id)
    ):
        method = f" ({payment_method_label(line.payment_method)})" if line.payment_method else ""
        kind = line_kind_label(line.kind)
        what = f"{line.quantity:+d} {products.get(line.product_id, '?')}, {kind}{method}"
        entries.append(AuditEntry(line.created_at, name(line.created_by_id), what, line.reason))
    for movement in session.scalars(
        select(CashMovement)
        .where(CashMovement.event_id == event_id, CashMovement.is_correction.is_(True))
        .order_by(CashMovement.id)
    ):
        what = fill(tr("Caisse {amount}", "sales"), amount=format_amount(movement.amount_cents))
        entries.append(
            AuditEntry(movement.created_at, name(movement.created_by_id), what, movement.reason)
        )
    return sorted(entries, key=lambda e: e.when)
