"""What a label reads of its recipes, through the tables: the recipe, its lines with their
ingredients (and each ingredient's nutrition values and own ingredients), in three statements
for any number of recipes, as plain records (named tuples: cheaper to declare than frozen
dataclasses, on the command line's path).

`label_content`, `product_choices` (the Labels tab) and the command line all read recipes here,
so there is one reading path; the records carry the attribute names of the models
(`recipe.lines[0].ingredient.components`), so `composition` and the warnings read a record and a
recipe being typed (`draft.py`, model objects never saved) alike. Reading through the tables, not
the mapped classes, spares the ORM's loading, its first compilation of each statement, and the
configuration of every mapper (a third of `print labels` before this module); on a Core
connection (`Database.connection`), the command line never imports the ORM (app/services/tables.py).
What a session's unit of work changed is flushed first, as the ORM's autoflush would.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Row, select

from app.services.labels.nutrition import NUTRIENTS
from app.services.tables import INGREDIENT, RECIPE, flush_pending
from app.services.tables import INGREDIENT_COMPONENT as COMPONENT
from app.services.tables import INGREDIENT_NUTRITION as NUTRITION
from app.services.tables import RECIPE_LINE as LINE

if TYPE_CHECKING:
    from app.services.tables import Reader


class ComponentFacts(NamedTuple):
    """One ingredient of a compound ingredient, in the order its pack lists them."""

    name: str
    allergens: str  # comma-separated keys, as stored


class IngredientFacts(NamedTuple):
    id: int
    name: str
    unit: str
    piece_weight_g: Decimal | None
    allergens: str
    traces: str
    nutrition: Row | None  # the values per 100 g, by nutrient name (`nutrition_of`)
    components: tuple[ComponentFacts, ...]


class LineFacts(NamedTuple):
    ingredient_id: int
    ingredient: IngredientFacts
    quantity: Decimal
    unit: str
    position: int
    emphasis: str


class RecipeFacts(NamedTuple):
    """A recipe as its label reads it."""

    id: int
    family_id: int | None
    version: int
    name: str
    yield_count: int
    net_quantity: Decimal | None
    net_unit: str
    shelf_life_days: int | None
    date_kind: str
    storage: str
    story: str
    descriptive_name: str
    price_cents: int
    product_code: str
    small_package: bool
    weight_change_pct: Decimal | None
    nutrition_exempt: bool
    created_on: dt.date
    lines: tuple[LineFacts, ...]


_RECIPE_COLUMNS = tuple(
    name
    for name in RecipeFacts._fields  # every field but the lines is a column
    if name != "lines"
)
_NUTRITION_COLUMNS = NUTRIENTS  # the model's columns, named as the label's table orders them


def read_recipes(session: Reader, recipe_ids: list[int]) -> dict[int, RecipeFacts]:
    """The recipes `recipe_ids` (those that exist), by id: three statements whatever their
    number (the recipes; their lines with ingredients and nutrition values; the ingredients'
    own ingredients)."""
    flush_pending(session)
    if not recipe_ids:
        return {}
    recipes = session.execute(
        select(*(RECIPE.c[name] for name in _RECIPE_COLUMNS)).where(RECIPE.c.id.in_(recipe_ids))
    ).all()
    if not recipes:
        return {}
    lines = session.execute(
        select(
            LINE.c.recipe_id,
            LINE.c.ingredient_id,
            LINE.c.quantity,
            LINE.c.unit,
            LINE.c.position,
            LINE.c.emphasis,
            INGREDIENT.c.name,
            INGREDIENT.c.unit.label("ingredient_unit"),
            INGREDIENT.c.piece_weight_g,
            INGREDIENT.c.allergens,
            INGREDIENT.c.traces,
            NUTRITION.c.ingredient_id.label("has_nutrition"),
            *(NUTRITION.c[name] for name in _NUTRITION_COLUMNS),
        )
        .select_from(
            LINE.join(INGREDIENT, INGREDIENT.c.id == LINE.c.ingredient_id).outerjoin(
                NUTRITION, NUTRITION.c.ingredient_id == INGREDIENT.c.id
            )
        )
        .where(LINE.c.recipe_id.in_([row.id for row in recipes]))
        .order_by(LINE.c.recipe_id, LINE.c.position, LINE.c.id)
    ).all()
    components = _components(session, {line.ingredient_id for line in lines})
    ingredients: dict[int, IngredientFacts] = {}
    by_recipe: dict[int, list[LineFacts]] = {row.id: [] for row in recipes}
    for line in lines:
        ingredient = ingredients.get(line.ingredient_id)
        if ingredient is None:
            ingredient = ingredients[line.ingredient_id] = IngredientFacts(
                id=line.ingredient_id,
                name=line.name,
                unit=line.ingredient_unit,
                piece_weight_g=line.piece_weight_g,
                allergens=line.allergens,
                traces=line.traces,
                nutrition=line if line.has_nutrition is not None else None,
                components=components.get(line.ingredient_id, ()),
            )
        by_recipe[line.recipe_id].append(
            LineFacts(
                line.ingredient_id,
                ingredient,
                line.quantity,
                line.unit,
                line.position,
                line.emphasis,
            )
        )
    return {row.id: RecipeFacts(**row._asdict(), lines=tuple(by_recipe[row.id])) for row in recipes}


def _components(session: Reader, ingredient_ids: set[int]) -> dict[int, tuple]:
    if not ingredient_ids:
        return {}
    rows = session.execute(
        select(COMPONENT.c.ingredient_id, COMPONENT.c.name, COMPONENT.c.allergens)
        .where(COMPONENT.c.ingredient_id.in_(sorted(ingredient_ids)))
        .order_by(COMPONENT.c.ingredient_id, COMPONENT.c.position, COMPONENT.c.id)
    )
    found: dict[int, list[ComponentFacts]] = {}
    for ingredient_id, name, allergens in rows:
        found.setdefault(ingredient_id, []).append(ComponentFacts(name, allergens))
    return {key: tuple(parts) for key, parts in found.items()}
