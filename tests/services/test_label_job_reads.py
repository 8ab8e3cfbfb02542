"""A label job reads what it needs in a few statements through the tables (`recipe_facts`,
`cooperative_facts`, `read_settings`), and what it reads is what the models hold: the label made
from the records is the one the model objects make."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import event

from app.models.menus import IngredientComponent, Recipe
from app.services.labels import content as labels
from app.services.labels import templates as lt
from app.services.labels.recipe_facts import read_recipes
from app.services.menus.nutrition_values import nutrition_of
from app.services.settings import read_settings, set_setting
from tests.labels_fixtures import (
    add_cooperative,
    dates_with_nutrition,
    energy_balls,
    ingredient,
    recipe,
)

MADE = dt.date(2022, 10, 5)


def _statements(db, work) -> list[str]:
    statements: list[str] = []

    def listener(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    return statements


def _compound_recipe(session) -> Recipe:
    """Dates with their nutrition values, a compound peanut butter, oats twice (two lines)."""
    dates = dates_with_nutrition(session)
    butter = ingredient(session, "Beurre de cacahuète", allergens="peanuts")
    butter.components = [
        IngredientComponent(position=1, name="Sel", allergens=""),
        IngredientComponent(position=0, name="Arachides grillées", allergens="peanuts"),
    ]
    oats = ingredient(session, "Flocons d'avoine", allergens="gluten", traces="nuts")
    return recipe(
        session,
        "Boules dattes-cacahuète",
        [(oats, 50, "g"), (dates, "0.3", "kg"), (butter, 120, "g"), (oats, 30, "g")],
        weight_change_pct=Decimal("-10.0"),
        descriptive_name="Boules énergétiques",
        story="Une recette de Thị Hiền.",
    )


def test_a_one_product_job_reads_in_six_statements_whatever_its_recipe(session, db):
    add_cooperative(session)
    small = energy_balls(session, name="Energy balls")
    large = _compound_recipe(session)
    session.commit()
    counts = {}
    for product in (small, large):
        job = labels.LabelJobInput(
            (labels.JobLine(product.id, 1000),), MADE, "L7160", 0, "", labels.LabelOptions()
        )

        def work(name=product.name, job=job):
            labels.find_product(session, name)
            labels.prepare_job(session, job)

        counts[product.name] = _statements(db, work)
    # the product's name; the templates and printer offsets; the cooperative; the recipe, its
    # lines (ingredients and nutrition joined), the compound ingredients' own ingredients
    assert {name: len(found) for name, found in counts.items()} == {
        "Energy balls": 6,
        "Boules dattes-cacahuète": 6,
    }, counts


def test_the_records_make_the_label_the_model_objects_make(session):
    add_cooperative(session)
    product = _compound_recipe(session)
    session.flush()
    facts = read_recipes(session, [product.id])[product.id]
    session.expire_all()  # the model objects as loaded from the database
    orm = session.get(Recipe, product.id)
    assert [(line.ingredient.name, line.quantity, line.position) for line in facts.lines] == [
        ("Flocons d'avoine", Decimal(50), 0),
        ("Dattes", Decimal("0.3"), 1),
        ("Beurre de cacahuète", Decimal(120), 2),
        ("Flocons d'avoine", Decimal(30), 3),
    ]
    # a compound ingredient's own ingredients in their order on its pack
    assert [part.name for part in facts.lines[2].ingredient.components] == [
        "Arachides grillées",
        "Sel",
    ]
    made_facts, made_orm = labels.composition(facts), labels.composition(orm)
    assert made_facts.entries == made_orm.entries
    assert made_facts.traces == made_orm.traces
    assert (made_facts.ingredients_g, made_facts.finished_g) == (
        made_orm.ingredients_g,
        made_orm.finished_g,
    )
    assert labels.label_nutrition(facts, made_facts) == labels.label_nutrition(orm, made_orm)
    assert labels.recipe_warnings(facts) == labels.recipe_warnings(orm)
    assert [nutrition_of(line.ingredient) for line in facts.lines] == [
        nutrition_of(line.ingredient) for line in orm.lines
    ]
    assert nutrition_of(facts.lines[1].ingredient).energy_kcal == 282
    assert nutrition_of(facts.lines[0].ingredient) is None


def test_what_the_unit_of_work_changed_is_read_back(session):
    add_cooperative(session)
    product = energy_balls(session)
    set_setting(session, lt.OFFSETS_KEY, {"L7160": [0.5, -1.0]})
    product.lines[0].quantity = Decimal(90)  # not flushed: the reader flushes first
    facts = read_recipes(session, [product.id])[product.id]
    assert facts.lines[0].quantity == Decimal(90)
    assert read_settings(session, lt.CUSTOM_KEY, lt.OFFSETS_KEY) == ([], {"L7160": [0.5, -1.0]})
    assert read_recipes(session, [product.id + 1000]) == {}
