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
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.models.menus import Ingredient, Recipe
from app.models.sales import SaleLine, SalesEvent, SalesEventProduct
from app.services.kitchen.purchases import lot_name
from app.vocab.sales import LineKind

FAR_FUTURE = dt.date(9999, 12, 31)


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


@dataclass
class ProductLot:
    """One batch and where its units went; `sold_on` = {sale day id: units of this batch}."""

    batch_id: int
    family_id: int
    product: str
    lot: str
    made_on: dt.date
    best_before: dt.date | None
    movements: Decimal  # made − losses ± counts
    sold_on: dict[int, int] = field(default_factory=dict)

    @property
    def sold(self) -> int:
        return sum(self.sold_on.values())

    @property
    def on_hand(self) -> Decimal:
        return self.movements - self.sold


@dataclass(frozen=True)
class ProductStock:
    """The lots of one product and what its sale days sold beyond them (no stock recorded)."""

    lots: tuple[ProductLot, ...]
    sold_without_stock: dict[int, int]  # sale day id -> units


def ingredient_lots(
    session: Session, cohort_id: int, as_of: dt.date | None = None
) -> list[IngredientLot]:
    """Every purchased lot of the cohort with what is left of it (movements up to `as_of`)."""
    total = func.coalesce(func.sum(StockMovement.quantity), 0)
    query = (
        select(Purchase, Ingredient, total)
        .join(Ingredient, Ingredient.id == Purchase.ingredient_id)
        .outerjoin(StockMovement, StockMovement.purchase_id == Purchase.id)
        .where(Purchase.cohort_id == cohort_id)
        .group_by(Purchase.id, Ingredient.id)
        .order_by(Ingredient.name, Purchase.date, Purchase.id)
    )
    if as_of is not None:
        query = query.where(Purchase.date <= as_of).where(
            (StockMovement.date.is_(None)) | (StockMovement.date <= as_of)
        )
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
        .outerjoin(StockMovement, StockMovement.batch_id == ProductionBatch.id)
        .where(ProductionBatch.cohort_id == cohort_id)
        .group_by(ProductionBatch.id, Recipe.id)
    )
    if as_of is not None:
        query = query.where(ProductionBatch.date <= as_of).where(
            (StockMovement.date.is_(None)) | (StockMovement.date <= as_of)
        )
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
    return sorted(lots, key=lambda lot: (lot.best_before or FAR_FUTURE, lot.made_on, lot.batch_id))


def _sales(
    session: Session, cohort_id: int, first_made: dict[int, dt.date], as_of: dt.date | None
) -> list[tuple[int, dt.date, int, int]]:
    """(family, day, sale day id, units sold or given) of the cohort's sale days, in day order."""
    family = func.coalesce(Recipe.family_id, Recipe.id)
    query = (
        select(family, SalesEvent.date, SalesEvent.id, func.sum(SaleLine.quantity))
        .join(SalesEventProduct, SalesEventProduct.id == SaleLine.product_id)
        .join(SalesEvent, SalesEvent.id == SaleLine.event_id)
        .join(Recipe, Recipe.id == SalesEventProduct.recipe_id)
        .where(
            SalesEvent.cohort_id == cohort_id,
            SaleLine.kind.in_((LineKind.SALE, LineKind.GIVEN)),
            family.in_(list(first_made)),
        )
        .group_by(family, SalesEvent.date, SalesEvent.id)
        .order_by(SalesEvent.date, SalesEvent.id)
    )
    if as_of is not None:
        query = query.where(SalesEvent.date <= as_of)
    return [
        (fam, day, event_id, int(units))
        for fam, day, event_id, units in session.execute(query).all()
        if day >= first_made[fam] and units
    ]


def product_stock(
    session: Session, cohort_id: int, as_of: dt.date | None = None
) -> dict[int, ProductStock]:
    """{recipe family id: its lots with their sales} for the cohort, up to `as_of` (included)."""
    lots = _batches(session, cohort_id, as_of)
    by_family: dict[int, list[ProductLot]] = defaultdict(list)
    for lot in lots:
        by_family[lot.family_id].append(lot)
    first_made = {fam: min(lot.made_on for lot in group) for fam, group in by_family.items()}
    without: dict[int, dict[int, int]] = defaultdict(dict)
    for fam, day, event_id, units in _sales(session, cohort_id, first_made, as_of):
        left = units
        for lot in by_family[fam]:
            if left <= 0:
                break
            if lot.made_on > day or (lot.best_before is not None and lot.best_before < day):
                continue
            take = min(left, max(int(lot.on_hand), 0))
            if take:
                lot.sold_on[event_id] = lot.sold_on.get(event_id, 0) + take
                left -= take
        if left:
            without[fam][event_id] = without[fam].get(event_id, 0) + left
    return {
        fam: ProductStock(tuple(group), dict(without.get(fam, {})))
        for fam, group in by_family.items()
    }


def product_lots(
    session: Session, cohort_id: int, as_of: dt.date | None = None
) -> list[ProductLot]:
    """Every batch of the cohort with its sales, products by name then best-before."""
    stock = product_stock(session, cohort_id, as_of)
    lots = [lot for product in stock.values() for lot in product.lots]
    return sorted(lots, key=lambda lot: (lot.product, lot.best_before or FAR_FUTURE, lot.batch_id))


SOON_DAYS = 3  # "soon out of date": the date on the pack or label within three days


@dataclass(frozen=True)
class SoonOutOfDate:
    """A lot still on hand whose date is past or within SOON_DAYS days of `today`."""

    name: str  # the ingredient or product
    lot: str
    date: dt.date
    on_hand: Decimal
    unit: str  # the ingredient's unit; "" for products (units)
    past: bool


def soon_out_of_date(
    session: Session, cohort_id: int, today: dt.date, days: int = SOON_DAYS
) -> list[SoonOutOfDate]:
    """The lots on hand (ingredients and products) out of date or soon, the earliest first."""
    limit = today + dt.timedelta(days=days)
    found = [
        SoonOutOfDate(
            lot.ingredient, lot.lot, lot.expires_on, lot.on_hand, lot.unit, lot.expires_on < today
        )
        for lot in ingredient_lots(session, cohort_id, today)
        if lot.on_hand > 0 and lot.expires_on is not None and lot.expires_on <= limit
    ]
    found += [
        SoonOutOfDate(
            lot.product, lot.lot, lot.best_before, lot.on_hand, "", lot.best_before < today
        )
        for lot in product_lots(session, cohort_id, today)
        if lot.on_hand > 0 and lot.best_before is not None and lot.best_before <= limit
    ]
    return sorted(found, key=lambda item: (item.date, item.name, item.lot))
