"""Recipes for the label tests, built through the ORM (the Menus services are another area's)."""

from __future__ import annotations

from decimal import Decimal

from app.models.menus import Ingredient, IngredientNutrition, Recipe, RecipeLine
from app.services.people import cooperative


def add_cooperative(session, name="Coopér'Actives", address="Rue des Champs 67\n4020 Liège"):
    cooperative.save_cooperative(session, cooperative.CooperativeInfo(name=name, address=address))


def ingredient(session, name, allergens="", traces="", unit="g"):
    """The ingredient `name`, created on first use."""
    from sqlalchemy import select

    row = session.scalars(select(Ingredient).where(Ingredient.name == name)).first()
    if row is not None:
        return row
    row = Ingredient(name=name, unit=unit, allergens=allergens, traces=traces)
    session.add(row)
    session.flush()
    return row


def dates_with_nutrition(session) -> Ingredient:
    """Dates with their nutrition values per 100 g (a label's nutrition declaration)."""
    dates = ingredient(session, "Dattes")
    dates.nutrition = IngredientNutrition(
        energy_kj=Decimal(1180),
        energy_kcal=Decimal(282),
        fat=Decimal("0.4"),
        saturates=Decimal("0.1"),
        carbohydrate=Decimal(75),
        sugars=Decimal(63),
        protein=Decimal("2.5"),
        salt=Decimal("0.01"),
    )
    return dates


def recipe(session, name, lines, **fields):
    """`lines`: (ingredient, quantity, unit) in recipe order."""
    values = {
        "yield_count": 20,
        # a 50 g bag: its net quantity's figures are 2 mm high (3 mm from 50 g up), so its label
        # still fits the small L7160 the geometry tests measure
        "net_quantity": Decimal(50),
        "net_unit": "g",
        "shelf_life_days": 14,
        "date_kind": "best_before",
        "storage": "À conserver au sec.",
    }
    values.update(fields)
    row = Recipe(name=name, **values)
    for position, (ing, quantity, unit) in enumerate(lines):
        row.lines.append(
            RecipeLine(
                ingredient=ing, quantity=Decimal(str(quantity)), unit=unit, position=position
            )
        )
    session.add(row)
    session.flush()
    return row


def energy_balls(session, **fields):
    """Dates 0.4 kg, oat flakes 250 g (gluten, traces of nuts), coconut milk 0.3 l, cocoa 30 g."""
    dates = ingredient(session, "Dattes")
    oats = ingredient(session, "Flocons d'avoine", allergens="gluten", traces="nuts")
    coconut = ingredient(session, "Lait de coco", unit="l")
    cocoa = ingredient(session, "Cacao")
    lines = [(cocoa, 30, "g"), (oats, 250, "g"), (dates, "0.4", "kg"), (coconut, "0.3", "l")]
    return recipe(session, fields.pop("name", "Energy balls"), lines, **fields)
