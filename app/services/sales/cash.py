"""The cash box of a sales day: opening float, cash in/out with reasons, closing count by
denomination, expected cash, and the difference (recorded, never forced to zero).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.sales import CashMovement, SaleLine
from app.services.errors import Field, ValidationError
from app.services.money import format_amount
from app.services.sales.events import ensure_open, load_event, touch_day
from app.services.validation import clean_text, limited_text

# Euro coins and notes, in cents, largest first.
DENOMINATIONS = (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1)
MAX_PIECES = 100_000


def denomination_label(cents: int) -> str:
    return format_amount(cents) if cents < 100 or cents % 100 else f"{cents // 100} €"


@dataclass(frozen=True)
class MovementInfo:
    id: int
    amount_cents: int
    reason: str
    is_correction: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class CashState:
    opening_float_cents: int
    cash_sales_cents: int
    movements_cents: int
    expected_cents: int
    counted_cents: int | None
    count: dict[int, int]
    difference_cents: int | None
    explanation: str
    movements: tuple[MovementInfo, ...]


def parse_pieces(text: str | int, denomination: int) -> int:
    field = Field("denomination", row=denomination)
    if isinstance(text, int):
        value = text
    else:
        cleaned = (text or "").strip()
        if cleaned == "":
            return 0
        if not cleaned.isdigit():
            raise ValidationError(
                field,
                fill(
                    tr(
                        "Pour {d}, écrivez un nombre de pièces ou de billets (des chiffres).",
                        "sales",
                    ),
                    d=denomination_label(denomination),
                ),
            )
        value = int(cleaned)
    if value < 0:
        raise ValidationError(field, tr("Un nombre ne peut pas être négatif.", "sales"))
    if value > MAX_PIECES:
        raise ValidationError(field, tr("Ce nombre est trop grand.", "sales"))
    return value


def count_total(count: dict[int, int]) -> int:
    return sum(denomination * pieces for denomination, pieces in count.items())


def cash_sales_cents(session: Session, event_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(SaleLine.quantity * SaleLine.unit_price_cents), 0)).where(
                SaleLine.event_id == event_id,
                SaleLine.kind == "sale",
                SaleLine.payment_method == "cash",
            )
        )
        or 0
    )


def cash_state(session: Session, event_id: int) -> CashState:
    event = load_event(session, event_id)
    movements = session.scalars(
        select(CashMovement).where(CashMovement.event_id == event_id).order_by(CashMovement.id)
    ).all()
    sales = cash_sales_cents(session, event_id)
    moved = sum(m.amount_cents for m in movements)
    expected = event.opening_float_cents + sales + moved
    count = {int(k): v for k, v in json.loads(event.cash_count_json or "{}").items()}
    counted = event.cash_counted_cents
    return CashState(
        opening_float_cents=event.opening_float_cents,
        cash_sales_cents=sales,
        movements_cents=moved,
        expected_cents=expected,
        counted_cents=counted,
        count=count,
        difference_cents=None if counted is None else counted - expected,
        explanation=event.cash_explanation,
        movements=tuple(
            MovementInfo(m.id, m.amount_cents, m.reason, m.is_correction, m.created_at)
            for m in movements
        ),
    )


def add_movement(session: Session, event_id: int, amount_cents: int, reason: str) -> MovementInfo:
    """Cash put in (+) or taken out (−) while the day is open; a reason is required."""
    event = load_event(session, event_id)
    ensure_open(event)
    if amount_cents == 0:
        raise ValidationError("amount", tr("Indiquez un montant différent de zéro.", "sales"))
    reason = limited_text(clean_text(reason), "reason", 300)
    if not reason:
        raise ValidationError("reason", tr("Dites pourquoi de l'argent entre ou sort.", "sales"))
    touch_day(session, event_id)
    row = CashMovement(
        event_id=event_id, amount_cents=amount_cents, reason=reason, created_at=dt.datetime.now()
    )
    session.add(row)
    session.flush()
    return MovementInfo(row.id, row.amount_cents, row.reason, row.is_correction, row.created_at)


def record_count(
    session: Session,
    event_id: int,
    pieces: dict[int, int | str],
    explanation: str = "",
    seen_version: int | None = None,
) -> CashState:
    """The closing count by denomination. A difference with the expected cash needs a short
    explanation; it is kept as it is, never forced to zero.

    `seen_version`: the day's version when the person read "Attendu"; a sale recorded since makes
    that figure wrong, so the save is refused (`StaleError`) and the page shows the new one."""
    event = load_event(session, event_id)
    ensure_open(event)
    touch_day(session, event_id, seen_version)
    count = {}
    for denomination, text in pieces.items():
        if denomination not in DENOMINATIONS:
            raise ValidationError("count", tr("Cette pièce ou ce billet n'existe pas.", "sales"))
        value = parse_pieces(text, denomination)
        if value:
            count[denomination] = value
    counted = count_total(count)
    state = cash_state(session, event_id)
    explanation = limited_text(clean_text(explanation), "explanation", 500)
    if counted != state.expected_cents and not explanation:
        raise ValidationError(
            "explanation",
            fill(
                tr(
                    "La caisse a une différence de {diff}. Expliquez en quelques mots (par "
                    "exemple : "
                    "erreur de monnaie).",
                    "sales",
                ),
                diff=format_amount(counted - state.expected_cents),
            ),
        )
    event.cash_count_json = json.dumps({str(k): v for k, v in sorted(count.items(), reverse=True)})
    event.cash_counted_cents = counted
    event.cash_expected_cents = state.expected_cents
    event.cash_explanation = explanation
    session.flush()
    return cash_state(session, event_id)
