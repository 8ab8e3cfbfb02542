"""The two ways a person changes a stock by hand, each written as one movement:

- a count: what is on the shelf, typed; the movement is the difference with what the records say
  (none when they agree), with the reason given;
- a loss: units of a batch thrown away (fallen, out of date, failed), with a reason, required.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.services.errors import ValidationError
from app.services.kitchen.stock import product_stock
from app.services.kitchen.stock_sums import purchase_left
from app.services.units import parse_quantity
from app.services.validation import limited_text, plausible_date, required_text
from app.vocab.kitchen import StockMovementKind


def _day(day: dt.date | None) -> dt.date:
    if day is None:
        raise ValidationError("date", tr("Indiquez le jour.", "kitchen"))
    return plausible_date(day, "date")


def _batch(session: Session, cohort_id: int, batch_id: int) -> ProductionBatch:
    batch = session.get(ProductionBatch, batch_id)
    if batch is None or batch.cohort_id != cohort_id:
        raise ValidationError("lot", tr("Ce lot fabriqué n'existe plus.", "kitchen"))
    return batch


def batch_on_hand(session: Session, cohort_id: int, batch_id: int) -> Decimal:
    for product in product_stock(session, cohort_id).values():
        for lot in product.lots:
            if lot.batch_id == batch_id:
                return lot.on_hand
    return Decimal(0)


def _write(session, cohort_id, day, kind, quantity, reason, **stock) -> StockMovement | None:
    if quantity == 0:
        return None
    movement = StockMovement(
        cohort_id=cohort_id, date=day, kind=kind, quantity=quantity, reason=reason, **stock
    )
    session.add(movement)
    session.flush()
    return movement


def count_purchase(
    session: Session,
    cohort_id: int,
    purchase_id: int,
    counted_text: str,
    day: dt.date | None,
    reason: str = "",
) -> StockMovement | None:
    """What is left of a purchased lot, counted: writes the difference (None when it agrees)."""
    purchase = session.get(Purchase, purchase_id)
    if purchase is None or purchase.cohort_id != cohort_id:
        raise ValidationError("lot", tr("Cet achat n'existe plus.", "kitchen"))
    counted = parse_quantity(counted_text, "counted", allow_zero=True)
    day, reason = _day(day), limited_text(reason, "reason", 200)
    difference = counted - purchase_left(session, purchase_id)
    return _write(
        session,
        cohort_id,
        day,
        StockMovementKind.COUNTED,
        difference,
        reason,
        purchase_id=purchase_id,
    )


def count_batch(
    session: Session,
    cohort_id: int,
    batch_id: int,
    counted_text: str,
    day: dt.date | None,
    reason: str = "",
) -> StockMovement | None:
    """The units of a batch on the shelf, counted: writes the difference (None when it agrees)."""
    _batch(session, cohort_id, batch_id)
    counted = parse_quantity(counted_text, "counted", allow_zero=True)
    if counted != counted.to_integral_value():
        raise ValidationError("counted", tr("Indiquez un nombre entier d'unités.", "kitchen"))
    day, reason = _day(day), limited_text(reason, "reason", 200)
    difference = counted - batch_on_hand(session, cohort_id, batch_id)
    return _write(
        session, cohort_id, day, StockMovementKind.COUNTED, difference, reason, batch_id=batch_id
    )


def record_waste(
    session: Session,
    cohort_id: int,
    batch_id: int,
    quantity_text: str,
    day: dt.date | None,
    reason: str,
) -> StockMovement:
    """Units of a batch thrown away, with the reason (required)."""
    _batch(session, cohort_id, batch_id)
    quantity = parse_quantity(quantity_text, "quantity")
    if quantity != quantity.to_integral_value():
        raise ValidationError("quantity", tr("Indiquez un nombre entier d'unités.", "kitchen"))
    reason = required_text(reason, "reason", tr("la raison de la perte", "kitchen"), 200)
    day = _day(day)
    return _write(
        session, cohort_id, day, StockMovementKind.WASTED, -quantity, reason, batch_id=batch_id
    )


def remove_movement(session: Session, movement_id: int) -> None:
    """Undo a count or a loss just recorded."""
    movement = session.get(StockMovement, movement_id)
    if movement is not None:
        session.delete(movement)
        session.flush()
