"""A compound ingredient's own ingredients (art. 18 and Annex VII part E of regulation
1169/2011): peanut butter is roasted peanuts and salt; chopped tomatoes are tomatoes, tomato juice
and citric acid. Each is typed once from the pack's label, with its allergens; the product's
label prints them in brackets after the ingredient, allergens in bold, and counts their allergens
among the product's."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import fill, tr
from app.models.menus import Ingredient, IngredientComponent
from app.services.errors import Field, ValidationError
from app.services.menus.allergens import join_keys, parse_keys
from app.services.validation import clean_text, limited_text

MAX_COMPONENTS = 30


@dataclass(frozen=True)
class ComponentInput:
    name: str
    allergens: tuple[str, ...] = ()  # keys of app.vocab.menus.Allergen


def components_of(row: Ingredient) -> tuple[ComponentInput, ...]:
    return tuple(
        ComponentInput(part.name, tuple(parse_keys(part.allergens))) for part in row.components
    )


def check_components(components: tuple[ComponentInput, ...]) -> None:
    """Each has a name of 120 letters at most; at most 30 of them."""
    if len(components) > MAX_COMPONENTS:
        raise ValidationError(
            "components",
            fill(
                tr("Un ingrédient composé a {n} ingrédients au plus.", "ingredients"),
                n=MAX_COMPONENTS,
            ),
        )
    for index, part in enumerate(components):
        field = Field("components", row=index)
        if not clean_text(part.name):
            raise ValidationError(
                field,
                fill(
                    tr(
                        "Ligne {n} : donnez le nom de l'ingrédient, ou videz la ligne.",
                        "ingredients",
                    ),
                    n=index + 1,
                ),
            )
        limited_text(part.name, field, 120)


def write_components(row: Ingredient, components: tuple[ComponentInput, ...]) -> None:
    row.components.clear()
    for position, part in enumerate(components):
        row.components.append(
            IngredientComponent(
                position=position, name=clean_text(part.name), allergens=join_keys(part.allergens)
            )
        )
