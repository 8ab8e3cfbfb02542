"""What a recipe costs on a given date, from the ingredient prices valid that day, and what a price
leaves as margin.

Decimal arithmetic throughout; rounding to cents happens only where a price is shown or stored.
Other areas (sales, orders) call `unit_cost_cents(session, recipe_id, on)`; keep that contract.
Prices are compared excluding VAT: a selling price is stored VAT included, so it is divided by
(1 + rate) before it meets a cost.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.menus import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.services.errors import Field, NotFound, ValidationError
from app.services.units import check_fits, convert

HUNDRED = Decimal(100)


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


def line_cost(
    session: Session,
    ingredient_id: int,
    quantity: Decimal,
    unit: str,
    on: dt.date,
    field: str = "unit",
) -> LineCost:
    """The cost of `quantity` `unit` of one ingredient with the pack price valid on `on`."""
    ingredient = session.get(Ingredient, ingredient_id)
    if ingredient is None:
        raise NotFound(ingredient_id)
    return _priced_line(ingredient, quantity, unit, price_on(session, ingredient.id, on), field)


def _priced_line(
    ingredient: Ingredient | Any,
    quantity: Decimal,
    unit: str,
    price: IngredientPrice | Any | None,
    field: str = "unit",
) -> LineCost:
    """The line's cost; `ingredient` has an id, a name and a unit, `price` a pack size and a
    pack price (a model object or a row of those columns)."""
    quantity = Decimal(quantity)
    check_fits(ingredient.name, ingredient.unit, unit, field)
    in_pack_unit = convert(quantity, unit, ingredient.unit, field)
    if price is None:
        cost = Decimal(0)
    else:
        cost = in_pack_unit * price.pack_price_cents / Decimal(price.pack_size)
    return LineCost(ingredient.id, ingredient.name, quantity, unit, cost, price is not None)


def cost_of_lines(
    session: Session,
    lines: Iterable[tuple[int, Decimal, str]],
    yield_count: int,
    packaging_per_unit_cents: int,
    on: dt.date,
    recipe_id: int = 0,
) -> RecipeCost:
    """Cost of unsaved recipe data (the editor's live panel): lines are (ingredient, qty, unit)."""
    if yield_count <= 0:
        raise ValidationError(
            "yield_count", tr("Le rendement doit être plus grand que zéro.", "costing")
        )
    costs = [
        line_cost(session, ingredient_id, quantity, unit, on, field=Field("lines", row=index))
        for index, (ingredient_id, quantity, unit) in enumerate(lines)
    ]
    total = sum((line.cost_cents_exact for line in costs), Decimal(0))
    return RecipeCost(recipe_id, yield_count, costs, total, packaging_per_unit_cents)


def recipe_cost(session: Session, recipe_id: int, on: dt.date) -> RecipeCost:
    recipe = session.get(Recipe, recipe_id)
    if recipe is None:
        raise NotFound(recipe_id)
    return cost_of_lines(
        session,
        [(line.ingredient_id, Decimal(line.quantity), line.unit) for line in recipe.lines],
        recipe.yield_count,
        recipe.packaging_cost_cents,
        on,
        recipe.id,
    )


def recipe_costs(session: Session, ids: Iterable[int], on: dt.date) -> dict[int, RecipeCost]:
    """`recipe_cost` of many recipes at once, by recipe id, in two statements whatever their
    number (a list of a thousand recipes made seven thousand): the recipes with their lines and
    the lines' ingredients (outer joins: a recipe without lines costs its packaging), then the
    packs priced that day, each read as the columns the arithmetic needs (no object loaded: the
    recipe list costs the rows it paints, while it is painted)."""
    ids = list(ids)
    recipes: dict[int, Any] = {}
    lines: dict[int, list] = defaultdict(list)
    for row in session.execute(
        select(
            Recipe.id,
            Recipe.yield_count,
            Recipe.packaging_cost_cents,
            RecipeLine.ingredient_id,
            RecipeLine.quantity,
            RecipeLine.unit,
            Ingredient.name,
            Ingredient.unit.label("ingredient_unit"),
        )
        .outerjoin(RecipeLine, RecipeLine.recipe_id == Recipe.id)
        .outerjoin(Ingredient, Ingredient.id == RecipeLine.ingredient_id)
        .where(Recipe.id.in_(ids))
        .order_by(Recipe.id, RecipeLine.position, RecipeLine.id)
    ):
        recipes.setdefault(row.id, row)
        if row.ingredient_id is not None:
            lines[row.id].append(row)
    packs = pack_prices_on(
        session, {line.ingredient_id for found in lines.values() for line in found}, on
    )
    costs = {}
    for recipe in recipes.values():
        priced = [
            _priced_line(
                _LineIngredient(line.ingredient_id, line.name, line.ingredient_unit),
                Decimal(line.quantity),
                line.unit,
                packs.get(line.ingredient_id),
                Field("lines", row=index),
            )
            for index, line in enumerate(lines[recipe.id])
        ]
        total = sum((line.cost_cents_exact for line in priced), Decimal(0))
        costs[recipe.id] = RecipeCost(
            recipe.id, recipe.yield_count, priced, total, recipe.packaging_cost_cents
        )
    return costs


@dataclass(frozen=True)
class _LineIngredient:
    """What `_priced_line` needs of a line's ingredient, read with the line."""

    id: int
    name: str
    unit: str


def _valid_on(ingredient_ids: set[int], on: dt.date):
    """The conditions that keep, of each ingredient's prices, the one `price_on` gives: the
    latest started by `on`, else the first."""
    from sqlalchemy.orm import aliased

    other = aliased(IngredientPrice)
    same_ingredient = other.ingredient_id == IngredientPrice.ingredient_id
    latest = (
        select(func.max(other.valid_from))
        .where(same_ingredient, other.valid_from <= on)
        .scalar_subquery()
    )
    first = select(func.min(other.valid_from)).where(same_ingredient).scalar_subquery()
    return (
        IngredientPrice.ingredient_id.in_(ingredient_ids),
        IngredientPrice.valid_from == func.coalesce(latest, first),
    )


def prices_on(
    session: Session, ingredient_ids: set[int], on: dt.date
) -> dict[int, IngredientPrice]:
    """`price_on` for many ingredients: the latest price started by `on`, else the first one.
    One statement that reads that one price per ingredient (ten years of yearly prices made the
    list of 30 recipes load 1,300 prices to keep 100)."""
    rows = session.scalars(select(IngredientPrice).where(*_valid_on(ingredient_ids, on)))
    return {price.ingredient_id: price for price in rows}


def pack_prices_on(session: Session, ingredient_ids: set[int], on: dt.date) -> dict[int, Any]:
    """`prices_on`'s packs as rows of their size and price only (`pack_size`,
    `pack_price_cents`), for costing: one statement, no object loaded."""
    rows = session.execute(
        select(
            IngredientPrice.ingredient_id,
            IngredientPrice.pack_size,
            IngredientPrice.pack_price_cents,
        ).where(*_valid_on(ingredient_ids, on))
    )
    return {row.ingredient_id: row for row in rows}


def unit_cost_cents(session: Session, recipe_id: int, on: dt.date) -> int:
    """Cost of one unit (or portion) of the recipe on that date, packaging included, in cents."""
    return recipe_cost(session, recipe_id, on).per_unit_cents


# --- prices and margins ------------------------------------------------------------------------
# Divisions by 1.06 or 1.21 are not exact in Decimal: a cost exactly at the target can come out
# a hair above it. Below a billionth of a cent, it is on target.
ROUNDING_TOLERANCE = Decimal("1e-9")


def excluding_vat(price_incl_cents: Decimal | int, vat_rate_bp: int) -> Decimal:
    """The price without VAT, exact (cents as Decimal)."""
    return Decimal(price_incl_cents) * 10000 / (10000 + vat_rate_bp)


def including_vat(price_excl: Decimal | int, vat_rate_bp: int) -> Decimal:
    return Decimal(price_excl) * (10000 + vat_rate_bp) / 10000


def suggested_price_cents(cost_exact: Decimal, vat_rate_bp: int, target_food_cost_percent) -> int:
    """Selling price VAT included so that the cost is `target` % of the price without VAT,
    rounded up to the next 10 cents (a price people can pay)."""
    target = Decimal(str(target_food_cost_percent))
    if target <= 0 or target >= 100:
        raise ValidationError(
            "target_food_cost_percent",
            tr("L'objectif de coût matière doit être entre 1 et 99 %.", "costing"),
        )
    excl = Decimal(cost_exact) * HUNDRED / target
    incl = including_vat(excl, vat_rate_bp)
    return int((incl / 10).to_integral_value(ROUND_CEILING)) * 10


def price_for_margin_cents(cost_exact: Decimal, vat_rate_bp: int, target_margin_percent) -> int:
    """Selling price VAT included that leaves `target_margin_percent` of the price without VAT."""
    margin = Decimal(str(target_margin_percent))
    return suggested_price_cents(cost_exact, vat_rate_bp, HUNDRED - margin)


@dataclass(frozen=True)
class PriceCheck:
    """Cost against price (both without VAT) and whether the price is safe."""

    cost_exact: Decimal
    price_incl_cents: int
    price_excl_exact: Decimal
    target_food_cost_percent: Decimal
    suggested_price_cents: int
    level: str  # "ok", "low" (margin below target), "loss" (price below cost), "no_price"
    message: str

    @property
    def cost_cents(self) -> int:
        return to_cents(self.cost_exact)

    @property
    def price_excl_cents(self) -> int:
        return to_cents(self.price_excl_exact)

    @property
    def margin_exact(self) -> Decimal:
        return self.price_excl_exact - self.cost_exact

    @property
    def margin_cents(self) -> int:
        return to_cents(self.margin_exact)

    @property
    def margin_percent(self) -> Decimal | None:
        """Margin as a share of the price without VAT, one decimal."""
        if self.price_excl_exact <= 0:
            return None
        return (self.margin_exact * HUNDRED / self.price_excl_exact).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )

    @property
    def food_cost_percent(self) -> Decimal | None:
        if self.price_excl_exact <= 0:
            return None
        return (self.cost_exact * HUNDRED / self.price_excl_exact).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )

    @property
    def markup(self) -> Decimal | None:
        """Price without VAT divided by cost ("coefficient"), two decimals."""
        if self.cost_exact <= 0:
            return None
        return (self.price_excl_exact / self.cost_exact).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def warning(self) -> bool:
        return self.level != "ok"


def _percent(value: Decimal) -> str:
    from app.services.units import format_decimal

    return format_decimal(value) + " %"


def check_price(
    cost_exact: Decimal, price_incl_cents: int, vat_rate_bp: int, target_food_cost_percent
) -> PriceCheck:
    """Compare a unit cost and a unit price; the message says plainly what is wrong."""
    excl = excluding_vat(price_incl_cents, vat_rate_bp)
    suggested = suggested_price_cents(Decimal(cost_exact), vat_rate_bp, target_food_cost_percent)
    return check_margin(
        Decimal(cost_exact), excl, price_incl_cents, suggested, target_food_cost_percent
    )


def check_margin(
    cost_exact: Decimal,
    price_excl_exact: Decimal,
    price_incl_cents: int,
    suggested_incl_cents: int,
    target_food_cost_percent,
) -> PriceCheck:
    """The same check for totals (an order with several VAT rates): prices given both ways."""
    from app.services.money import format_amount

    target = Decimal(str(target_food_cost_percent))
    cost_exact = Decimal(cost_exact)
    excl = Decimal(price_excl_exact)
    margin = excl - cost_exact
    suggested = suggested_incl_cents
    if price_incl_cents <= 0:
        level = "no_price"
        message = fill(
            tr("Pas encore de prix de vente. Prix conseillé : {suggested}.", "costing"),
            suggested=format_amount(suggested),
        )
    elif margin < 0:
        level = "loss"
        message = fill(
            tr(
                "Attention : le prix hors TVA ({price}) est plus bas que le coût ({cost}). "
                "On perd {loss}. Prix conseillé : {suggested}.",
                "costing",
            ),
            price=format_amount(to_cents(excl)),
            cost=format_amount(to_cents(cost_exact)),
            loss=format_amount(to_cents(-margin)),
            suggested=format_amount(suggested),
        )
    elif cost_exact * HUNDRED - target * excl > ROUNDING_TOLERANCE:
        level = "low"
        food_cost = (cost_exact * HUNDRED / excl).quantize(Decimal("0.1"), ROUND_HALF_UP)
        message = fill(
            tr(
                "Attention : la marge est trop petite ({margin}). Le coût fait {food_cost} du prix "
                "hors TVA ; l'objectif est {target} au plus. Prix conseillé : {suggested}.",
                "costing",
            ),
            margin=format_amount(to_cents(margin)),
            food_cost=_percent(food_cost),
            target=_percent(target),
            suggested=format_amount(suggested),
        )
    else:
        level = "ok"
        message = tr("Le prix couvre le coût et la marge visée.", "costing")
    return PriceCheck(cost_exact, price_incl_cents, excl, target, suggested, level, message)


def target_food_cost(session: Session) -> Decimal:
    from app.services.settings import get_setting

    return Decimal(str(get_setting(session, "costing.target_food_cost_percent")))
