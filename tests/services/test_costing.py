"""Costing against numbers computed by hand: units converted, packaging included, rounding to
cents only at the end, and the price valid on the date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.menus import costing, ingredients, recipes
from tests.services.kitchen_fixtures import add_ingredient, balls_input, kitchen, line

JUNE = dt.date(2022, 6, 1)
OCTOBER = dt.date(2022, 10, 1)


def test_batch_and_unit_cost_by_hand(session):
    ids = kitchen(session)
    recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
    cost = costing.recipe_cost(session, recipe.id, JUNE)
    # dates 300 g = 0,3 kg × 649 = 194,7 c; oats 0,2 kg = 200 g × 129 / 500 = 51,6 c;
    # lemon 1 of 4 × 199 = 49,75 c; oil 50 ml = 0,05 l × 899 = 44,95 c  -> 341,00 c of ingredients
    assert [line.cost_cents_exact for line in cost.lines] == [
        Decimal("194.7"),
        Decimal("51.6"),
        Decimal("49.75"),
        Decimal("44.95"),
    ]
    assert cost.ingredients_exact == Decimal("341.00")
    # packaging 5 × 45 = 225 c -> batch 566 c, unit 566 / 5 = 113,2 c -> 113 c
    assert cost.batch_cents == 566
    assert cost.per_unit_exact == Decimal("113.2")
    assert costing.unit_cost_cents(session, recipe.id, JUNE) == 113


def test_price_valid_on_the_date_is_used(session):
    ids = kitchen(session)
    recipe = recipes.create_recipe(session, balls_input(ids), JUNE)
    # from 1 September dates cost 6,99: 0,3 × 699 = 209,7
    # -> ingredients 356,0, batch 581, unit 116,2
    assert costing.recipe_cost(session, recipe.id, OCTOBER).batch_cents == 581
    assert costing.unit_cost_cents(session, recipe.id, OCTOBER) == 116
    assert costing.unit_cost_cents(session, recipe.id, dt.date(2022, 8, 31)) == 113
    assert costing.unit_cost_cents(session, recipe.id, dt.date(2022, 9, 1)) == 116
    # before the first known price, the first price is used
    assert costing.unit_cost_cents(session, recipe.id, dt.date(2021, 12, 1)) == 113


def test_rounding_half_up_happens_once_at_the_end(session):
    lemon = add_ingredient(session, "Citron vert", "piece", "4", 202)
    # one lemon = 202 / 4 = 50,5 c: half up gives 51 (banker's rounding would give 50)
    recipe = recipes.create_recipe(
        session, recipes.RecipeInput("Citronnade", 1, (line(lemon, "1", "piece"),)), JUNE
    )
    assert costing.unit_cost_cents(session, recipe.id, JUNE) == 51
    # three lemons for 7 units: the exact value is kept (151,5 / 7), only the shown batch is rounded
    three = recipes.create_recipe(
        session, recipes.RecipeInput("Citronnade forte", 7, (line(lemon, "3", "piece"),)), JUNE
    )
    cost = costing.recipe_cost(session, three.id, JUNE)
    assert cost.per_unit_exact == Decimal("151.5") / 7
    assert cost.batch_cents == 152  # 151,5 rounds half up


def test_units_convert_and_pieces_refuse_grams(session):
    ids = kitchen(session)
    in_grams = recipes.create_recipe(
        session, recipes.RecipeInput("A", 1, (line(ids["dates"], "250", "g"),)), JUNE
    )
    in_kilos = recipes.create_recipe(
        session, recipes.RecipeInput("B", 1, (line(ids["dates"], "0.25", "kg"),)), JUNE
    )
    # 0,25 kg × 649 = 162,25 c
    assert costing.recipe_cost(session, in_grams.id, JUNE).ingredients_exact == Decimal("162.25")
    assert costing.recipe_cost(session, in_kilos.id, JUNE).ingredients_exact == Decimal("162.25")
    with pytest.raises(ValidationError) as error:
        recipes.create_recipe(
            session, recipes.RecipeInput("C", 1, (line(ids["lemon"], "100", "g"),)), JUNE
        )
    assert (error.value.field, error.value.row) == ("lines", 0)
    assert "Citron" in error.value.message


def test_price_check_ok_low_and_loss_by_hand():
    cost = Decimal("113.2")
    ok = costing.check_price(cost, 500, 600, 30)
    # 500 / 1,06 = 471,698 c without VAT; margin 358,498 -> 358; food cost 113,2 / 471,698 = 24,0 %
    assert ok.price_excl_cents == 472
    assert ok.margin_cents == 358
    assert ok.food_cost_percent == Decimal("24.0")
    assert ok.margin_percent == Decimal("76.0")
    assert ok.markup == Decimal("4.17")
    assert ok.level == "ok" and not ok.warning
    # suggested: 113,2 / 0,30 = 377,33 c without VAT × 1,06 = 399,97 -> up to 10 cents: 4,00 €
    assert ok.suggested_price_cents == 400

    low = costing.check_price(cost, 150, 600, 30)
    # 150 / 1,06 = 141,51; food cost 80,0 %
    assert low.level == "low"
    assert low.food_cost_percent == Decimal("80.0")
    assert (
        "marge est trop petite" in low.message
        and "80 %" in low.message
        and "4,00\xa0€" in low.message
    )

    loss = costing.check_price(cost, 100, 600, 30)
    # 100 / 1,06 = 94,34 < 113,2: a loss of 18,86 -> 0,19 €
    assert loss.level == "loss"
    assert loss.margin_cents == -19
    assert "plus bas que le coût" in loss.message and "0,19\xa0€" in loss.message

    assert costing.check_price(cost, 0, 600, 30).level == "no_price"


def test_price_for_a_target_margin():
    # a 65 % margin is a 35 % food cost: 113,2 / 0,35 = 323,43 × 1,06 = 342,83 -> 3,50 €
    assert costing.price_for_margin_cents(Decimal("113.2"), 600, 65) == 350


@given(
    cost=st.integers(min_value=1, max_value=100_000),
    price=st.integers(min_value=1, max_value=200_000),
    vat=st.sampled_from([0, 600, 1200, 2100]),
    target=st.integers(min_value=5, max_value=95),
)
def test_level_agrees_with_the_margin_and_the_suggested_price_is_safe(cost, price, vat, target):
    check = costing.check_price(Decimal(cost), price, vat, target)
    if check.margin_exact < 0:
        assert check.level == "loss"
    elif Decimal(cost) * 100 - target * check.price_excl_exact > costing.ROUNDING_TOLERANCE:
        assert check.level == "low"
    else:
        assert check.level == "ok"
    assert (
        costing.check_price(Decimal(cost), check.suggested_price_cents, vat, target).level == "ok"
    )


def test_costs_of_many_recipes_at_once_match_one_by_one_in_two_queries(session, db):
    from sqlalchemy import event

    ids = kitchen(session)
    balls = recipes.create_recipe(session, balls_input(ids), JUNE)
    lemon = add_ingredient(session, "Citron vert", "piece", "4", 202)
    drink = recipes.create_recipe(
        session, recipes.RecipeInput("Citronnade", 7, (line(lemon, "3", "piece"),)), JUNE
    )
    rows = [balls.id, drink.id]
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    # before the first price, before and after the September price of dates
    for day in (dt.date(2021, 12, 1), dt.date(2022, 8, 31), dt.date(2022, 9, 1), OCTOBER):
        session.expire_all()
        event.listen(db.engine, "before_cursor_execute", listener)
        costs = costing.recipe_costs(session, rows, day)
        event.remove(db.engine, "before_cursor_execute", listener)
        assert len(statements) == 2  # recipes with their lines and ingredients, prices
        statements.clear()
        for recipe_id in rows:
            assert costs[recipe_id] == costing.recipe_cost(session, recipe_id, day)
    assert costing.recipe_costs(session, rows, OCTOBER)[balls.id].batch_cents == 581
    assert costing.recipe_costs(session, rows, JUNE)[balls.id].batch_cents == 566


def test_the_ingredient_list_shows_the_price_valid_on_the_day_like_one_by_one(session):
    from app.services.menus import ingredients

    kitchen(session)
    for day in (dt.date(2021, 12, 1), dt.date(2022, 8, 31), dt.date(2022, 9, 1), OCTOBER):
        listed = ingredients.list_ingredients(session, day)
        assert listed
        for info in listed:
            alone = costing.price_on(session, info.id, day)
            assert (info.price.pack_price_cents if info.price else None) == (
                alone.pack_price_cents if alone else None
            )
    dates = next(i for i in ingredients.list_ingredients(session, OCTOBER) if i.name == "Dattes")
    assert dates.price.pack_price_cents == 699  # the September price, by hand


def test_the_ingredient_list_reads_components_and_nutrition_in_a_fixed_number_of_queries(
    session, db
):
    """The list is what `get_ingredient` gives one by one, read in as many statements for four
    ingredients as for six (nothing loaded per row)."""
    from sqlalchemy import event

    from app.services.labels.nutrition import NutritionValues
    from app.services.menus import ingredients
    from app.services.menus.components import ComponentInput

    def count_statements() -> int:
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        session.expire_all()
        event.listen(db.engine, "before_cursor_execute", listener)
        ingredients.list_ingredients(session, OCTOBER)
        event.remove(db.engine, "before_cursor_execute", listener)
        return len(statements)

    kitchen(session)
    four = count_statements()
    facts = NutritionValues(*(Decimal(n) for n in ("2200", "530", "50", "9", "16", "7", "25", "1")))
    for name in ("Beurre de cacahuète", "Pâte à tartiner"):
        ingredients.create_ingredient(
            session,
            ingredients.IngredientInput(
                name,
                "g",
                Decimal(350),
                349,
                JUNE,
                components=(ComponentInput("Arachides", ("peanuts",)), ComponentInput("Sel")),
                nutrition=facts,
            ),
        )
    assert count_statements() == four
    listed = ingredients.list_ingredients(session, OCTOBER)
    assert len(listed) == 6
    for info in listed:
        assert info == ingredients.get_ingredient(session, info.id, OCTOBER)
    butter = next(i for i in listed if i.name == "Beurre de cacahuète")
    assert [part.name for part in butter.components] == ["Arachides", "Sel"]
    assert butter.nutrition.energy_kcal == 530


def test_prices_of_many_ingredients_in_one_statement_match_one_by_one(session, db):
    """Yearly prices: before the first (the first is used), on the day a price starts, between
    two, after the last; an ingredient with one price; each the price `price_on` finds alone."""
    from sqlalchemy import event

    ids = kitchen(session)  # dates: 6,49 € from January, 6,99 € from September
    yearly = add_ingredient(session, "Sésame", "g", "500", 300, on=dt.date(2020, 1, 1))
    for year, cents in ((2021, 320), (2022, 350), (2023, 390)):
        ingredients.set_price(session, yearly, dt.date(year, 1, 1), Decimal(500), cents)
    every = {*ids.values(), yearly}
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    for day in (
        dt.date(2019, 6, 1),
        dt.date(2021, 1, 1),
        dt.date(2021, 12, 31),
        dt.date(2022, 9, 1),
        dt.date(2025, 1, 1),
    ):
        session.expire_all()
        event.listen(db.engine, "before_cursor_execute", listener)
        found = costing.prices_on(session, every, day)
        event.remove(db.engine, "before_cursor_execute", listener)
        assert len(statements) == 1
        statements.clear()
        assert {key: price.id for key, price in found.items()} == {
            key: costing.price_on(session, key, day).id for key in every
        }
    assert found[yearly].pack_price_cents == 390
    assert costing.prices_on(session, set(), OCTOBER) == {}
