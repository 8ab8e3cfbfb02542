"""The live tally: every tap is one new signed line, committed at once by the caller.

Undo and redo are lines too: an undo reverses the last tap (or redo) still standing; a redo
reverses the last undo, until a new tap clears the redo history (as in any editor). Totals are
always the sum of the stored lines, so a crash loses nothing that was shown.

`record_tap(session, event_id, product_id, payment_method, delta=+1)` is the simple public entry
other areas (the crash test) may call.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.sales import SaleLine, SalesEventProduct
from app.services.errors import Field, ValidationError
from app.services.sales.events import check_method, ensure_open, load_event, touch_day
from app.vocab.sales import LineKind

IMPLAUSIBLE_COUNT = 10_000


class ImplausibleCount(ValidationError):
    """A count over 10,000: the caller asks the person to confirm, then calls again with confirm."""


@dataclass
class TallyTotals:
    """Quantities per (product id, payment method), and unsold / given per product."""

    sold: dict[tuple[int, str], int] = field(default_factory=dict)
    unsold: dict[int, int] = field(default_factory=dict)
    given: dict[int, int] = field(default_factory=dict)
    revenue_cents: int = 0
    by_method_cents: dict[str, int] = field(default_factory=dict)

    def product_total(self, product_id: int) -> int:
        return sum(q for (p, _m), q in self.sold.items() if p == product_id)

    def method_count(self, method: str) -> int:
        return sum(q for (_p, m), q in self.sold.items() if m == method)


def _product(session: Session, event_id: int, product_id: int) -> SalesEventProduct:
    product = session.get(SalesEventProduct, product_id)
    if product is None or product.event_id != event_id:
        raise ValidationError("product", tr("Ce produit n'est pas en vente ce jour-là.", "sales"))
    return product


def _current(
    session: Session, event_id: int, product_id: int, kind: str, method: str | None
) -> int:
    query = select(func.coalesce(func.sum(SaleLine.quantity), 0)).where(
        SaleLine.event_id == event_id, SaleLine.product_id == product_id, SaleLine.kind == kind
    )
    query = query.where(
        SaleLine.payment_method.is_(None) if method is None else SaleLine.payment_method == method
    )
    return int(session.scalar(query) or 0)


def _add_line(
    session, product, kind, method, quantity, source, reverses_id=None, reason="", by=None
):
    line = SaleLine(
        event_id=product.event_id,
        product_id=product.id,
        kind=kind,
        payment_method=method,
        quantity=quantity,
        unit_price_cents=product.price_cents,
        vat_rate_bp=product.vat_rate_bp,
        source=source,
        reverses_id=reverses_id,
        reason=reason,
        created_by_id=by,
        created_at=dt.datetime.now(),
    )
    session.add(line)
    session.flush()
    return line


def record_tap(
    session: Session, event_id: int, product_id: int, payment_method: str, delta: int = 1
) -> int:
    """One tap: +1 (or −1 to fix a slip) of a product paid by a method. Returns the line id.

    A −1 that would bring the count below zero is refused.
    """
    event = load_event(session, event_id)
    ensure_open(event)
    check_method(payment_method)
    if delta not in (1, -1):
        raise ValidationError("delta", tr("Un appui compte +1 ou −1.", "sales"))
    product = _product(session, event_id, product_id)
    if delta < 0 and _current(session, event_id, product_id, "sale", payment_method) <= 0:
        raise ValidationError(
            "delta", tr("Il n'y a rien à enlever : ce compte est déjà à zéro.", "sales")
        )
    touch_day(session, event_id)
    return _add_line(session, product, "sale", payment_method, delta, "tap").id


def _refuse_negative(session, line_kind, event_id, product_id, method, delta) -> None:
    if _current(session, event_id, product_id, line_kind, method) + delta < 0:
        raise ValidationError("delta", tr("Impossible : ce compte deviendrait négatif.", "sales"))


def _stacks(session: Session, event_id: int) -> tuple[list[int], list[int]]:
    """(done, undone) line ids from the history of taps, undos and redos of the event."""
    rows = session.execute(
        select(SaleLine.id, SaleLine.source, SaleLine.reverses_id)
        .where(SaleLine.event_id == event_id, SaleLine.source.in_(("tap", "undo", "redo")))
        .order_by(SaleLine.id)
    ).all()
    done: list[int] = []
    undone: list[int] = []  # ids of the undo lines that may be redone
    for line_id, source, reverses in rows:
        if source == "tap":
            done.append(line_id)
            undone.clear()
        elif source == "undo":
            if done and done[-1] == reverses:
                done.pop()
            undone.append(line_id)
        else:  # redo reverses an undo line
            if undone and undone[-1] == reverses:
                undone.pop()
            done.append(line_id)
    return done, undone


def undo_tap(session: Session, event_id: int) -> int | None:
    """Reverse the last tap still standing; returns the new line id (None if nothing to undo)."""
    event = load_event(session, event_id)
    ensure_open(event)
    done, _undone = _stacks(session, event_id)
    if not done:
        return None
    original = session.get(SaleLine, done[-1])
    _refuse_negative(
        session,
        original.kind,
        event_id,
        original.product_id,
        original.payment_method,
        -original.quantity,
    )
    product = session.get(SalesEventProduct, original.product_id)
    touch_day(session, event_id)
    return _add_line(
        session,
        product,
        original.kind,
        original.payment_method,
        -original.quantity,
        "undo",
        original.id,
    ).id


def redo_tap(session: Session, event_id: int) -> int | None:
    """Reverse the last undo (the tap counts again); None when there is nothing to redo."""
    event = load_event(session, event_id)
    ensure_open(event)
    _done, undone = _stacks(session, event_id)
    if not undone:
        return None
    undo_line = session.get(SaleLine, undone[-1])
    _refuse_negative(
        session,
        undo_line.kind,
        event_id,
        undo_line.product_id,
        undo_line.payment_method,
        -undo_line.quantity,
    )
    product = session.get(SalesEventProduct, undo_line.product_id)
    touch_day(session, event_id)
    return _add_line(
        session,
        product,
        undo_line.kind,
        undo_line.payment_method,
        -undo_line.quantity,
        "redo",
        undo_line.id,
    ).id


def tally_totals(session: Session, event_id: int) -> TallyTotals:
    """Sums of the stored lines, one SQL aggregate."""
    rows = session.execute(
        select(
            SaleLine.product_id,
            SaleLine.kind,
            SaleLine.payment_method,
            func.sum(SaleLine.quantity),
            func.sum(SaleLine.quantity * SaleLine.unit_price_cents),
        )
        .where(SaleLine.event_id == event_id)
        .group_by(SaleLine.product_id, SaleLine.kind, SaleLine.payment_method)
    ).all()
    totals = TallyTotals()
    by_method: dict[str, int] = defaultdict(int)
    for product_id, kind, method, quantity, amount in rows:
        quantity, amount = int(quantity or 0), int(amount or 0)
        if kind == "sale":
            totals.sold[(product_id, method)] = quantity
            if method != "offered":
                by_method[method] += amount
                totals.revenue_cents += amount
        elif kind == "unsold":
            totals.unsold[product_id] = quantity
        else:
            totals.given[product_id] = quantity
    totals.by_method_cents = dict(by_method)
    return totals


def parse_count(text: str | int, field: str | Field) -> int:
    """A count typed by a person: a whole number, zero or more."""
    if isinstance(text, int):
        value = text
    else:
        cleaned = (text or "").strip()
        if cleaned == "":
            return 0
        if not cleaned.lstrip("-").isdigit():
            raise ValidationError(
                field, fill(tr("« {text} » n'est pas un nombre entier.", "sales"), text=cleaned)
            )
        value = int(cleaned)
    if value < 0:
        raise ValidationError(field, tr("Un nombre ne peut pas être négatif.", "sales"))
    return value


@dataclass(frozen=True)
class TypedCounts:
    """What the paper sheet says: sold per (product, method), unsold and given per product.

    Only the counts the person typed: a count she left as shown is not part of it, so a save never
    writes back a figure she did not change."""

    sold: dict[tuple[int, str], int | str] = field(default_factory=dict)
    unsold: dict[int, int | str] = field(default_factory=dict)
    given: dict[int, int | str] = field(default_factory=dict)


def _cell(product_id: int, kind: str, method: str | None = None) -> Field:
    """The typed count's cell: row = the product, column = the payment method for a sale, else
    the kind ("unsold", "given")."""
    return Field("counts", row=product_id, column=method if kind == LineKind.SALE else kind)


def set_counts(
    session: Session,
    event_id: int,
    counts: TypedCounts,
    confirm_large: bool = False,
    seen_version: int | None = None,
) -> int:
    """Store the typed counts beside the recorded taps: for each count typed, one difference line
    ("typed") from the recorded total to what the person typed. Tap lines are never touched.

    `seen_version` is the day's version the form was drawn from: if anything was recorded since
    (a tap, an undo, another save), `StaleError` and nothing is written, since the person typed
    against figures that are no longer true. Every count is checked before anything is written.
    Returns the number of lines added.
    """
    event = load_event(session, event_id)
    ensure_open(event)
    touch_day(session, event_id, seen_version)
    wanted: list[tuple[int, str, str | None, int]] = []
    for (product_id, method), text in counts.sold.items():
        check_method(method)
        wanted.append(
            (product_id, "sale", method, parse_count(text, _cell(product_id, "sale", method)))
        )
    for kind, values in (("unsold", counts.unsold), ("given", counts.given)):
        for product_id, text in values.items():
            wanted.append((product_id, kind, None, parse_count(text, _cell(product_id, kind))))
    products = {}
    for product_id, kind, method, value in wanted:
        products[product_id] = _product(session, event_id, product_id)
        if value > IMPLAUSIBLE_COUNT and not confirm_large:
            raise ImplausibleCount(
                _cell(product_id, kind, method),
                fill(tr("{n} : c'est beaucoup. Est-ce bien le bon nombre ?", "sales"), n=value),
            )
    added = 0
    for product_id, kind, method, value in wanted:
        difference = value - _current(session, event_id, product_id, kind, method)
        if difference:
            _add_line(session, products[product_id], kind, method, difference, "typed")
            added += 1
    return added


def lines_sum(session: Session, event_id: int) -> dict[tuple[int, str, str | None], int]:
    """Plain sum of every stored line by (product, kind, method): what the totals must equal."""
    result: dict[tuple[int, str, str | None], int] = defaultdict(int)
    for line in session.scalars(select(SaleLine).where(SaleLine.event_id == event_id)):
        result[(line.product_id, line.kind, line.payment_method)] += line.quantity
    return dict(result)


__all__ = [
    "IMPLAUSIBLE_COUNT",
    "ImplausibleCount",
    "TallyTotals",
    "TypedCounts",
    "lines_sum",
    "parse_count",
    "record_tap",
    "redo_tap",
    "set_counts",
    "tally_totals",
    "undo_tap",
]
