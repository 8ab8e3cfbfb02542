"""The nutrition declaration: per 100 g of the finished product, rounded as the EU guidance on
tolerances asks; hand-computed values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.labels.nutrition import (
    NutritionValues,
    declaration_text,
    per_100_g,
    rounded_energy,
    rounded_grams,
    rounded_salt,
    rounded_saturates,
)

D = Decimal


def values(*numbers) -> NutritionValues:
    return NutritionValues(*(D(str(n)) for n in numbers))


def test_per_100_g_of_the_finished_product_after_the_cooking_loss():
    a = values(1000, 240, 10, 2, 50, 20, 5, "0.5")  # 600 g used
    b = values(500, 120, 0, 0, 10, 5, 20, 1)  # 400 g used
    # 1 000 g of ingredients lose 20 %: 800 g finished
    result = per_100_g([(D(600), a), (D(400), b)], D(800))
    # kJ (6000 + 2000) / 8 = 1000; kcal (1440 + 480) / 8 = 240; fat 60 / 8 = 7.5;
    # saturates 12 / 8 = 1.5; carbohydrate 340 / 8 = 42.5; sugars 140 / 8 = 17.5;
    # protein 110 / 8 = 13.75; salt 7 / 8 = 0.875
    assert result == values(1000, 240, "7.5", "1.5", "42.5", "17.5", "13.75", "0.875")
    assert declaration_text(result) == (
        "Valeurs nutritionnelles pour 100 g : énergie 1000 kJ / 240 kcal ; matières grasses "
        "7,5 g, dont acides gras saturés 1,5 g ; glucides 43 g, dont sucres 18 g ; protéines "
        "14 g ; sel 0,88 g."
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [("0.49", "< 0,5 g"), ("0.5", "0,5 g"), ("9.94", "9,9 g"), ("10", "10 g"), ("42.5", "43 g")],
)
def test_fat_carbohydrate_sugars_protein_rounding(value, text):
    assert rounded_grams(D(value)) == text


@pytest.mark.parametrize(
    ("value", "text"), [("0.09", "< 0,1 g"), ("0.1", "0,1 g"), ("3.25", "3,3 g"), ("12.5", "13 g")]
)
def test_saturates_rounding(value, text):
    assert rounded_saturates(D(value)) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [("0.0124", "< 0,01 g"), ("0.0125", "0,01 g"), ("0.875", "0,88 g"), ("1.26", "1,3 g")],
)
def test_salt_rounding(value, text):
    assert rounded_salt(D(value)) == text


def test_energy_is_a_whole_number():
    assert rounded_energy(D("1234.5")) == "1235"
    assert rounded_energy(D("0.4")) == "0"


def _with_values(session, name, numbers):
    from app.models.menus import IngredientNutrition
    from tests.labels_fixtures import ingredient

    row = ingredient(session, name)
    keys = ("energy_kj", "energy_kcal", "fat", "saturates", "carbohydrate", "sugars")
    keys += ("protein", "salt")
    row.nutrition = IngredientNutrition(**{k: D(str(n)) for k, n in zip(keys, numbers)})
    return row


DECLARATION = (
    "Valeurs nutritionnelles pour 100 g : énergie 1000 kJ / 240 kcal ; matières grasses "
    "7,5 g, dont acides gras saturés 1,5 g ; glucides 43 g, dont sucres 18 g ; protéines "
    "14 g ; sel 0,88 g."
)


def _product(session, **fields):
    from tests.labels_fixtures import add_cooperative, ingredient, recipe

    add_cooperative(session)
    a = _with_values(session, "Flocons", (1000, 240, 10, 2, 50, 20, 5, "0.5"))
    b = _with_values(session, "Pois chiches cuits", (500, 120, 0, 0, 10, 5, 20, 1))
    water = ingredient(session, "Eau")  # counts as nothing
    lines = [(a, 600, "g"), (b, 400, "g"), (water, 30, "ml")]
    # 1 030 g of ingredients, 20 × 40 g = 800 g sold
    return recipe(session, "Galettes", lines, net_quantity=D(40), **fields)


def test_the_label_declares_the_nutrition_computed_on_the_finished_product(session):
    import datetime as dt

    from app.services.labels import content as labels

    product = _product(session)
    content = labels.label_content(session, product.id, dt.date(2022, 10, 5))
    assert content.nutrition == DECLARATION and not content.nutrition_required


def test_the_artisan_exemption_prints_nothing_unless_a_claim_needs_it(session):
    import datetime as dt

    from app.models.menus import IngredientNutrition  # noqa: F401
    from app.services.labels import content as labels

    product = _product(session, nutrition_exempt=True)
    made = dt.date(2022, 10, 5)
    assert labels.label_content(session, product.id, made).nutrition == ""
    product.story = "Riche en protéines."  # a claim: the declaration is due again
    session.flush()
    content = labels.label_content(session, product.id, made)
    assert content.nutrition == DECLARATION and content.nutrition_required
    product.lines[0].ingredient.nutrition = None  # values not known: the product warns
    session.flush()
    assert labels.label_content(session, product.id, made).nutrition == ""
    [warning] = [w for w in labels.recipe_warnings(product) if "valeurs nutritionnelles" in w]
    assert "Entrez celles de : Flocons" in warning
