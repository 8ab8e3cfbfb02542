"""The label warnings of a recipe as it is being typed (nothing written): ingredients the
product's name evokes whose emphasis nobody confirmed, and a finished weight that disagrees with
the ingredients' weight and the cooking loss stated. The recipe editor shows them under its
ingredient lines; the Labels tab shows the same ones from the saved recipe (content.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.models.menus import Ingredient, Recipe, RecipeLine
from app.services.labels.content import composition, unconfirmed_emphasis, weighed_finished_g
from app.services.labels.warnings import emphasis_warnings, weight_warnings

if TYPE_CHECKING:
    from app.services.menus.recipes import RecipeInput


def _transient_recipe(session: Session, data: RecipeInput) -> Recipe:
    """A Recipe built from typed data and never added to the session."""
    recipe = Recipe(
        name=" ".join((data.name or "").split()),
        yield_count=data.yield_count,
        net_quantity=data.net_quantity,
        net_unit=data.net_unit,
        weight_change_pct=data.weight_change_pct,
    )
    for position, line in enumerate(data.lines):
        ingredient = session.get(Ingredient, line.ingredient_id)
        if ingredient is None:
            continue
        recipe.lines.append(
            RecipeLine(
                ingredient_id=ingredient.id,
                ingredient=ingredient,
                quantity=Decimal(line.quantity),
                unit=line.unit,
                position=position,
                emphasis=line.emphasis,
            )
        )
    return recipe


def draft_warnings(session: Session, data: RecipeInput) -> tuple[str, ...]:
    """What the recipe's ingredient lines make the label say that a person should check."""
    recipe = _transient_recipe(session, data)
    if not recipe.lines:
        return ()
    made = composition(recipe)
    change = Decimal(data.weight_change_pct) if data.weight_change_pct is not None else None
    return tuple(
        emphasis_warnings(recipe.name, unconfirmed_emphasis(recipe))
        + weight_warnings(made.ingredients_g, weighed_finished_g(recipe), change)
    )
