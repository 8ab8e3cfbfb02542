"""What a recipe costs on a given date, from the ingredient prices valid that day.

Decimal arithmetic throughout; rounding to cents happens only where a price is shown or stored.
Other areas (sales, orders) call `unit_cost_cents(session, recipe_id, on)`; keep that contract.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models import IngredientPrice, Recipe
from app.services.errors import NotFound, ValidationError
from app.services.units import convert


def to_cents(value: Decimal) -> int:
    return int(value.to_integral_value(ROUND_HALF_UP))


def price_on(session: Session, ingredient_id: int, on: dt.date) -> IngredientPrice | None:
    """The price valid on `on`: the latest one that started on or before that day.

    A date before the first known price falls back to the first price (better than nothing).
    """
    valid = session.scalars(
        select(IngredientPrice)
        .where(IngredientPrice.ingredient_id == ingredient_id, IngredientPrice.valid_from <= on)
        .order_by(IngredientPrice.valid_from.desc())
        .limit(1)
    ).first()
    if valid is not None:
        return valid
    return session.scalars(
        select(IngredientPrice)
        .where(IngredientPrice.ingredient_id == ingredient_id)
        .order_by(IngredientPrice.valid_from)
        .limit(1)
    ).first()


@dataclass(frozen=True)
class LineCost:
    ingredient_id: int
    ingredient_name: str
    quantity: Decimal
    unit: str
    cost_cents_exact: Decimal  # not rounded
    priced: bool  # False when the ingredient has no price yet


@dataclass(frozen=True)
class RecipeCost:
    recipe_id: int
    yield_count: int
    lines: list[LineCost]
    ingredients_exact: Decimal  # cents, for the whole batch
    packaging_per_unit_cents: int

    @property
    def batch_exact(self) -> Decimal:
        return self.ingredients_exact + self.packaging_per_unit_cents * self.yield_count

    @property
    def per_unit_exact(self) -> Decimal:
        return self.batch_exact / self.yield_count

    @property
    def batch_cents(self) -> int:
        return to_cents(self.batch_exact)

    @property
    def per_unit_cents(self) -> int:
        return to_cents(self.per_unit_exact)

    @property
    def missing_prices(self) -> list[str]:
        return [line.ingredient_name for line in self.lines if not line.priced]


def recipe_cost(session: Session, recipe_id: int, on: dt.date) -> RecipeCost:
    recipe = session.get(Recipe, recipe_id)
    if recipe is None:
        raise NotFound(recipe_id)
    if recipe.yield_count <= 0:
        raise ValidationError("yield_count", tr("Le rendement doit être plus grand que zéro.", "costing"))
    lines = []
    total = Decimal(0)
    for line in recipe.lines:
        ingredient = line.ingredient
        price = price_on(session, ingredient.id, on)
        if price is None:
            cost = Decimal(0)
        else:
            quantity_in_pack_unit = convert(Decimal(line.quantity), line.unit, ingredient.unit)
            cost = quantity_in_pack_unit * price.pack_price_cents / Decimal(price.pack_size)
        total += cost
        lines.append(
            LineCost(ingredient.id, ingredient.name, Decimal(line.quantity), line.unit, cost, price is not None)
        )
    return RecipeCost(recipe.id, recipe.yield_count, lines, total, recipe.packaging_cost_cents)


def unit_cost_cents(session: Session, recipe_id: int, on: dt.date) -> int:
    """Cost of one unit (or portion) of the recipe on that date, packaging included, in cents."""
    return recipe_cost(session, recipe_id, on).per_unit_cents
