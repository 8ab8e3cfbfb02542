"""The two ways a person changes a stock by hand, each written as one movement:

- a count: what is on the shelf, typed; the movement is the difference with what the records say
  (none when they agree), with the reason given; `count_lots` counts several lots at once (the
  Stock window's "Compter le stock…"), one movement per changed lot, all or nothing;
- a loss: units of a batch thrown away (fallen, out of date, failed), with a reason, required.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.models.menus import Ingredient
from app.services.errors import ValidationError
from app.services.kitchen.stock import product_stock
from app.services.kitchen.stock_sums import purchase_left
from app.services.units import MAX_COUNT, check_quantity, parse_quantity
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


def _counted_purchase(
    session: Session, cohort_id: int, purchase_id: int, counted_text: str, field: str
) -> Decimal:
    """The quantity counted of a purchased lot, checked (in the ingredient's unit)."""
    purchase = session.get(Purchase, purchase_id)
    if purchase is None or purchase.cohort_id != cohort_id:
        raise ValidationError("lot", tr("Cet achat n'existe plus.", "kitchen"))
    counted = parse_quantity(counted_text, field, allow_zero=True)
    return check_quantity(counted, session.get(Ingredient, purchase.ingredient_id).unit, field)


def _counted_batch(
    session: Session, cohort_id: int, batch_id: int, counted_text: str, field: str
) -> Decimal:
    """The units counted of a batch, checked: a whole number, not absurdly many."""
    _batch(session, cohort_id, batch_id)
    counted = parse_quantity(counted_text, field, allow_zero=True)
    if counted != counted.to_integral_value():
        raise ValidationError(field, tr("Indiquez un nombre entier d'unités.", "kitchen"))
    if counted > MAX_COUNT:
        raise ValidationError(field, tr("Cette quantité est trop grande.", "units"))
    return counted


def _write_purchase_count(session, cohort_id, purchase_id, counted, day, reason):
    difference = counted - purchase_left(session, purchase_id)
    kind = StockMovementKind.COUNTED
    return _write(session, cohort_id, day, kind, difference, reason, purchase_id=purchase_id)


def _write_batch_count(session, cohort_id, batch_id, counted, day, reason):
    difference = counted - batch_on_hand(session, cohort_id, batch_id)
    kind = StockMovementKind.COUNTED
    return _write(session, cohort_id, day, kind, difference, reason, batch_id=batch_id)


def count_purchase(
    session: Session,
    cohort_id: int,
    purchase_id: int,
    counted_text: str,
    day: dt.date | None,
    reason: str = "",
) -> StockMovement | None:
    """What is left of a purchased lot, counted: writes the difference (None when it agrees)."""
    counted = _counted_purchase(session, cohort_id, purchase_id, counted_text, "counted")
    day, reason = _day(day), limited_text(reason, "reason", 200)
    return _write_purchase_count(session, cohort_id, purchase_id, counted, day, reason)


def count_batch(
    session: Session,
    cohort_id: int,
    batch_id: int,
    counted_text: str,
    day: dt.date | None,
    reason: str = "",
) -> StockMovement | None:
    """The units of a batch on the shelf, counted: writes the difference (None when it agrees)."""
    counted = _counted_batch(session, cohort_id, batch_id, counted_text, "counted")
    day, reason = _day(day), limited_text(reason, "reason", 200)
    return _write_batch_count(session, cohort_id, batch_id, counted, day, reason)


@dataclass(frozen=True)
class LotCount:
    """What a person counted on the shelf for one lot: a purchased lot or a batch (one of two)."""

    counted_text: str
    purchase_id: int | None = None
    batch_id: int | None = None

    @property
    def field(self) -> str:
        """The name of the line's field in the form, where its error is shown."""
        if self.purchase_id is not None:
            return f"count_purchase_{self.purchase_id}"
        return f"count_batch_{self.batch_id}"


def count_lots(
    session: Session,
    cohort_id: int,
    counts: list[LotCount] | tuple[LotCount, ...],
    day: dt.date | None,
    reason: str,
) -> list[int]:
    """Several lots counted at once (lines left empty are not counted): one movement per lot whose
    count differs from the records, with the reason (required); the ids of the movements written.
    Every line is checked before anything is written: a line refused raises, nothing written."""
    reason = required_text(reason, "reason", tr("la raison du comptage", "kitchen"), 200)
    day = _day(day)
    typed = [count for count in counts if count.counted_text.strip()]
    if not typed:
        raise ValidationError(
            "counts", tr("Écrivez la quantité comptée d'au moins un lot.", "kitchen")
        )
    checked = [
        (
            count,
            _counted_purchase(
                session, cohort_id, count.purchase_id, count.counted_text, count.field
            )
            if count.purchase_id is not None
            else _counted_batch(
                session, cohort_id, count.batch_id, count.counted_text, count.field
            ),
        )
        for count in typed
    ]
    written = []
    for count, counted in checked:  # every line checked: now write
        if count.purchase_id is not None:
            movement = _write_purchase_count(
                session, cohort_id, count.purchase_id, counted, day, reason
            )
        else:
            movement = _write_batch_count(session, cohort_id, count.batch_id, counted, day, reason)
        if movement is not None:
            written.append(movement.id)
    return written


def remove_movements(session: Session, movement_ids: list[int]) -> None:
    """Undo a count of several lots."""
    for movement_id in movement_ids:
        remove_movement(session, movement_id)


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
