"""An ingredient's nutrition values per 100 g, as its pack's label gives them: checked, read and
written (app.models.menus IngredientNutrition). The product's declaration is computed from them
in app/services/labels/nutrition.py. Reading them (`nutrition_of`, a label's) needs no model
module: `write_nutrition` imports it."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from app.i18n import fill, tr
from app.services.errors import ValidationError
from app.services.labels.nutrition import NUTRIENTS, NutritionValues

if TYPE_CHECKING:
    from app.models.menus import Ingredient

# per 100 g: no food has more than 100 g of anything, nor more than pure fat's energy
MAX_KJ = Decimal(3800)
MAX_KCAL = Decimal(900)


def nutrition_of(row: Ingredient) -> NutritionValues | None:
    facts = row.nutrition
    if facts is None:
        return None
    return NutritionValues(*(Decimal(getattr(facts, key)) for key in NUTRIENTS))


def check_nutrition(values: NutritionValues | None) -> None:
    if values is None:
        return
    for key in NUTRIENTS:
        value = getattr(values, key)
        limit = MAX_KJ if key == "energy_kj" else MAX_KCAL if key == "energy_kcal" else 100
        if value is None or not 0 <= value <= limit:
            raise ValidationError(
                "nutrition",
                fill(
                    tr("Une valeur nutritionnelle pour 100 g va de 0 à {limit}.", "ingredients"),
                    limit=limit,
                ),
            )
    if values.saturates > values.fat or values.sugars > values.carbohydrate:
        raise ValidationError(
            "nutrition",
            tr(
                "Les acides gras saturés font partie des matières grasses, et les sucres des "
                "glucides : ils ne peuvent pas être plus grands.",
                "ingredients",
            ),
        )


def write_nutrition(row: Ingredient, values: NutritionValues | None) -> None:
    if values is None:
        row.nutrition = None
        return
    if row.nutrition is None:
        from app.models.menus import IngredientNutrition

        row.nutrition = IngredientNutrition()
    for key in NUTRIENTS:
        setattr(row.nutrition, key, Decimal(getattr(values, key)))
