"""A recall in two minutes: from a lot number, back to the purchases and forward to the sale days.

The number typed is looked up (spaces and case ignored) among the batches' lots (the lot printed on
the labels) and the suppliers' lots of the purchases:
- a batch lot goes back to the purchased lots the batch used (supplier, day, supplier's lot,
  date on the pack, quantity used) and forward to its sale days;
- a supplier's lot goes forward to the batches that used it, and from each to its sale days.

The sale days of a batch are those of the stock rule (app/services/kitchen/stock.py): the
cohort's sale days of the same product on or after the batch's day, while its stock lasted, its
units taken earliest best-before first. Each day says how many units of the batch it sold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.models.menus import Ingredient, Recipe
from app.models.people import Cohort
from app.models.sales import SalesEvent
from app.services.kitchen.purchases import lot_name
from app.services.kitchen.stock import product_stock
from app.vocab.kitchen import StockMovementKind


@dataclass(frozen=True)
class TracedPurchase:
    purchase_id: int
    ingredient: str
    unit: str
    supplier: str
    bought_on: dt.date
    lot: str
    date_kind: str | None
    expires_on: dt.date | None
    bought: Decimal
    used: Decimal | None  # in the batch it is listed under; None for a purchase found by its lot


@dataclass(frozen=True)
class TracedSaleDay:
    event_id: int
    date: dt.date
    place: str
    units: int


@dataclass(frozen=True)
class TracedBatch:
    batch_id: int
    cohort: str
    product: str
    recipe_version: int
    made_on: dt.date
    made: int
    lot: str
    best_before: dt.date | None
    purchases: tuple[TracedPurchase, ...]
    sale_days: tuple[TracedSaleDay, ...]
    wasted: Decimal
    on_hand: Decimal

    @property
    def sold(self) -> int:
        return sum(day.units for day in self.sale_days)


@dataclass(frozen=True)
class LotTrace:
    lot: str
    purchases: tuple[TracedPurchase, ...]  # found by the supplier's lot
    batches: tuple[TracedBatch, ...]

    @property
    def found(self) -> bool:
        return bool(self.purchases or self.batches)


def _key(text: str) -> str:
    return "".join((text or "").split()).lower()


def _traced_purchase(purchase: Purchase, ingredient: Ingredient, used: Decimal | None):
    return TracedPurchase(
        purchase.id,
        ingredient.name,
        ingredient.unit,
        purchase.supplier,
        purchase.date,
        lot_name(purchase.supplier_lot, purchase.date),
        purchase.date_kind,
        purchase.expires_on,
        Decimal(purchase.quantity),
        used,
    )


def _used_in(session: Session, batch_id: int) -> tuple[TracedPurchase, ...]:
    rows = session.execute(
        select(Purchase, Ingredient, StockMovement.quantity)
        .join(StockMovement, StockMovement.purchase_id == Purchase.id)
        .join(Ingredient, Ingredient.id == Purchase.ingredient_id)
        .where(
            StockMovement.used_in_batch_id == batch_id,
            StockMovement.kind == StockMovementKind.USED,
        )
        .order_by(Ingredient.name, Purchase.date, Purchase.id)
    ).all()
    return tuple(_traced_purchase(p, i, -Decimal(q)) for p, i, q in rows)


def _wasted(session: Session, batch_id: int) -> Decimal:
    total = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.batch_id == batch_id, StockMovement.kind == StockMovementKind.WASTED
        )
    )
    return -Decimal(total)


def _traced_batches(session: Session, batch_ids: set[int]) -> tuple[TracedBatch, ...]:
    rows = session.execute(
        select(ProductionBatch, Recipe, Cohort)
        .join(Recipe, Recipe.id == ProductionBatch.recipe_id)
        .join(Cohort, Cohort.id == ProductionBatch.cohort_id)
        .where(ProductionBatch.id.in_(sorted(batch_ids)))
        .order_by(ProductionBatch.date, ProductionBatch.id)
    ).all()
    stocks: dict[int, dict] = {}
    traced = []
    for batch, recipe, cohort in rows:
        if cohort.id not in stocks:
            stocks[cohort.id] = {
                lot.batch_id: lot
                for product in product_stock(session, cohort.id).values()
                for lot in product.lots
            }
        lot = stocks[cohort.id][batch.id]
        days = session.execute(
            select(SalesEvent)
            .where(SalesEvent.id.in_(list(lot.sold_on)))
            .order_by(SalesEvent.date, SalesEvent.id)
        ).scalars()
        traced.append(
            TracedBatch(
                batch.id,
                cohort.name,
                recipe.name,
                recipe.version,
                batch.date,
                batch.quantity,
                batch.lot,
                batch.best_before,
                _used_in(session, batch.id),
                tuple(TracedSaleDay(d.id, d.date, d.place, lot.sold_on[d.id]) for d in days),
                _wasted(session, batch.id),
                lot.on_hand,
            )
        )
    return tuple(traced)


def trace_lot(session: Session, lot: str) -> LotTrace:
    """Everything a lot number leads to, back and forward (empty when nothing has that lot)."""
    key = _key(lot)
    wanted = func.lower(func.replace(ProductionBatch.lot, " ", ""))
    batch_ids = set(session.scalars(select(ProductionBatch.id).where(wanted == key)) if key else ())
    supplier_lot = func.lower(func.replace(Purchase.supplier_lot, " ", ""))
    found = (
        session.execute(
            select(Purchase, Ingredient)
            .join(Ingredient, Ingredient.id == Purchase.ingredient_id)
            .where(supplier_lot == key)
            .order_by(Purchase.date, Purchase.id)
        ).all()
        if key
        else []
    )
    purchases = tuple(_traced_purchase(p, i, None) for p, i in found)
    if purchases:
        batch_ids |= set(
            session.scalars(
                select(StockMovement.used_in_batch_id).where(
                    StockMovement.purchase_id.in_([p.purchase_id for p in purchases]),
                    StockMovement.kind == StockMovementKind.USED,
                )
            )
        )
    return LotTrace(" ".join((lot or "").split()), purchases, _traced_batches(session, batch_ids))
