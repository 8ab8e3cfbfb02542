"""A small kitchen for the menus tests: four ingredients (one with a price rise) and helpers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services.menus import ingredients, recipes

JAN = dt.date(2022, 1, 1)
SEPT = dt.date(2022, 9, 1)


def add_ingredient(session, name, unit, size, cents, supplier="Colruyt", allergens=(), on=JAN):
    return ingredients.create_ingredient(
        session,
        ingredients.IngredientInput(name, unit, Decimal(size), cents, on, supplier, allergens),
    ).id


def kitchen(session) -> dict[str, int]:
    ids = {
        "dates": add_ingredient(session, "Dattes", "kg", "1", 649),
        "oats": add_ingredient(session, "Flocons d'avoine", "g", "500", 129, allergens=("gluten",)),
        "lemon": add_ingredient(session, "Citron", "piece", "4", 199, supplier="Marché"),
        "oil": add_ingredient(session, "Huile d'olive", "l", "1", 899),
    }
    ingredients.set_price(session, ids["dates"], SEPT, Decimal(1), 699)
    return ids


def line(ingredient_id, quantity, unit):
    return recipes.LineInput(ingredient_id, Decimal(quantity), unit)


def balls_input(ids, **changes) -> recipes.RecipeInput:
    data = dict(
        name="Energy balls",
        yield_count=5,
        lines=(
            line(ids["dates"], "300", "g"),
            line(ids["oats"], "0.2", "kg"),
            line(ids["lemon"], "1", "piece"),
            line(ids["oil"], "50", "ml"),
        ),
        packaging_cost_cents=45,
        price_cents=500,
        vat_rate_bp=600,
    )
    data.update(changes)
    return recipes.RecipeInput(**data)
