"""What is on hand: ingredients by purchased lot, finished products by batch, with their dates.

- An ingredient lot's stock is the sum of its movements: bought, minus what batches used, plus or
  minus counts (a count writes the difference between what is on the shelf and what the records
  say).
- A batch's stock is the sum of its movements (made, minus losses thrown away with a reason, plus
  or minus counts) minus its sales. Sales are the tally's lines (sold and given away) of the
  cohort's sale days of the same product (any version of the recipe) from the first batch of that
  product on: earlier sale days sold products made before stock was recorded. Each sale day's
  units are taken from the batches made on or before that day and not out of date on it, the
  earliest best-before first ("first expired, first out"), while stock lasts; what a day sells
  beyond the stock is counted as sold without stock (the paper count wins, the page warns). The
  lot trace (app/services/kitchen/trace.py) follows the same rule forward to the sale days.

The lots out of date or soon are read once, in plain SQL, for Today and the Stock window alike
(`app.services.today.first_screen.soon_out_of_date`, by the same rules: stock_rules.py).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.models.menus import Ingredient, Recipe
from app.models.sales import SaleLine, SalesEvent, SalesEventProduct
from app.services.kitchen.stock_rules import (
    FAR_FUTURE,
    ProductLot,
    ProductStock,
    SaleDayUnits,
    allocate_sales,
    date_movements,
    first_made,
    lot_name,
)
from app.vocab.sales import LineKind


@dataclass(frozen=True)
class IngredientLot:
    purchase_id: int
    ingredient_id: int
    ingredient: str
    unit: str
    lot: str
    bought_on: dt.date
    date_kind: str | None
    expires_on: dt.date | None
    on_hand: Decimal


def _moved(joined, as_of: dt.date | None):
    """The join to a stock's movements, up to `as_of` (included) when given."""
    return joined if as_of is None else and_(joined, StockMovement.date <= as_of)


def ingredient_lots(
    session: Session, cohort_id: int, as_of: dt.date | None = None
) -> list[IngredientLot]:
    """Every purchased lot of the cohort with what is left of it (movements up to `as_of`)."""
    total = func.coalesce(func.sum(StockMovement.quantity), 0)
    query = (
        select(Purchase, Ingredient, total)
        .join(Ingredient, Ingredient.id == Purchase.ingredient_id)
        .outerjoin(StockMovement, _moved(StockMovement.purchase_id == Purchase.id, as_of))
        .where(Purchase.cohort_id == cohort_id)
        .group_by(Purchase.id, Ingredient.id)
        .order_by(Ingredient.name, Purchase.date, Purchase.id)
    )
    if as_of is not None:
        query = query.where(Purchase.date <= as_of)
    return [
        IngredientLot(
            purchase.id,
            ingredient.id,
            ingredient.name,
            ingredient.unit,
            lot_name(purchase.supplier_lot, purchase.date),
            purchase.date,
            purchase.date_kind,
            purchase.expires_on,
            Decimal(left),
        )
        for purchase, ingredient, left in session.execute(query).all()
    ]


def ingredients_on_hand(session: Session, cohort_id: int | None) -> dict[int, Decimal]:
    """{ingredient id: quantity on hand in its unit} over all its lots (none without a cohort);
    the shopping lists buy only beyond it."""
    if cohort_id is None:
        return {}
    on_hand: dict[int, Decimal] = defaultdict(Decimal)
    for lot in ingredient_lots(session, cohort_id):
        on_hand[lot.ingredient_id] += lot.on_hand
    return dict(on_hand)


def _family(recipe: Recipe) -> int:
    return recipe.family_id or recipe.id


def _batches(session: Session, cohort_id: int, as_of: dt.date | None) -> list[ProductLot]:
    total = func.coalesce(func.sum(StockMovement.quantity), 0)
    query = (
        select(ProductionBatch, Recipe, total)
        .join(Recipe, Recipe.id == ProductionBatch.recipe_id)
        .outerjoin(StockMovement, _moved(StockMovement.batch_id == ProductionBatch.id, as_of))
        .where(ProductionBatch.cohort_id == cohort_id)
        .group_by(ProductionBatch.id, Recipe.id)
    )
    if as_of is not None:
        query = query.where(ProductionBatch.date <= as_of)
    lots = [
        ProductLot(
            batch.id,
            _family(recipe),
            recipe.name,
            batch.lot,
            batch.date,
            batch.best_before,
            Decimal(moved),
        )
        for batch, recipe, moved in session.execute(query).all()
    ]
    by_day = (
        select(StockMovement.batch_id, StockMovement.date, func.sum(StockMovement.quantity))
        .join(ProductionBatch, ProductionBatch.id == StockMovement.batch_id)
        .where(ProductionBatch.cohort_id == cohort_id)
        .group_by(StockMovement.batch_id, StockMovement.date)
    )
    if as_of is not None:
        by_day = by_day.where(StockMovement.date <= as_of)
    date_movements(lots, session.execute(by_day).all())
    return lots


def _sales(
    session: Session, cohort_id: int, families: list[int], as_of: dt.date | None
) -> list[SaleDayUnits]:
    """Units sold or given of these products on the cohort's sale days, in day order."""
    family = func.coalesce(Recipe.family_id, Recipe.id)
    query = (
        select(family, SalesEvent.date, SalesEvent.id, func.sum(SaleLine.quantity))
        .join(SalesEventProduct, SalesEventProduct.id == SaleLine.product_id)
        .join(SalesEvent, SalesEvent.id == SaleLine.event_id)
        .join(Recipe, Recipe.id == SalesEventProduct.recipe_id)
        .where(
            SalesEvent.cohort_id == cohort_id,
            SaleLine.kind.in_((LineKind.SALE, LineKind.GIVEN)),
            family.in_(families),
        )
        .group_by(family, SalesEvent.date, SalesEvent.id)
        .order_by(SalesEvent.date, SalesEvent.id)
    )
    if as_of is not None:
        query = query.where(SalesEvent.date <= as_of)
    return [
        SaleDayUnits(fam, day, event_id, int(units))
        for fam, day, event_id, units in session.execute(query).all()
    ]


def product_stock(
    session: Session, cohort_id: int, as_of: dt.date | None = None
) -> dict[int, ProductStock]:
    """{recipe family id: its lots with their sales} for the cohort, up to `as_of` (included)."""
    lots = _batches(session, cohort_id, as_of)
    return allocate_sales(lots, _sales(session, cohort_id, list(first_made(lots)), as_of))


def product_lots(
    session: Session, cohort_id: int, as_of: dt.date | None = None
) -> list[ProductLot]:
    """Every batch of the cohort with its sales, products by name then best-before."""
    stock = product_stock(session, cohort_id, as_of)
    lots = [lot for product in stock.values() for lot in product.lots]
    return sorted(lots, key=lambda lot: (lot.product, lot.best_before or FAR_FUTURE, lot.batch_id))
