"""Issue 15 item 13: no text typed into a service may hold a control character or a direction
override. The test walks every text field of the services' inputs (people, cohorts, the
cooperative, mornings, ingredients, recipes, menus, orders) and, as a backstop, every text column
of every table a unit of work can write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import load_all
from app.services.errors import ValidationError
from app.services.menus import ingredients, menus, orders, recipes
from app.services.people import cohorts, cooperative, members
from app.services.schedule import mornings
from app.services.validation import safe_text, unsafe_character

DAY = dt.date(2022, 10, 3)
POISONS = ["Aïcha\u202eahcïA", "nul\x00", "esc\x1b[31m"]


def kitchen(session):
    dates = ingredients.create_ingredient(
        session, ingredients.IngredientInput("Dattes", "kg", Decimal(1), 649, DAY, "Colruyt")
    ).id
    recipe = recipes.create_recipe(
        session,
        recipes.RecipeInput("Energy balls", 5, (recipes.LineInput(dates, Decimal(300), "g"),)),
        DAY,
    ).id
    return dates, recipe


def inputs(session):
    """(name, valid input, how to save it) for every service that takes typed text."""
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 1", DAY, DAY + dt.timedelta(days=90))
    ).id
    dates, recipe = kitchen(session)
    return [
        (
            members.PersonInput("Aïcha", "Benali", languages="arabe", phone="+32 470 12 34 56"),
            lambda s, d: members.create_person(s, d, cohort),
        ),
        (
            cohorts.CohortInput("Coopérative 2", DAY, DAY, activity="traiteur"),
            cohorts.create_cohort,
        ),
        (
            cooperative.CooperativeInfo("Le Monde", "Rue 1", "a@b.be", "+32 4 232 00 00"),
            cooperative.save_cooperative,
        ),
        (
            mornings.MorningInput(DAY, place="Liège", notes="ok"),
            lambda s, d: mornings.create_morning(s, cohort, d),
        ),
        (
            ingredients.IngredientInput("Sel", "g", Decimal(500), 99, DAY, "Colruyt", notes="fin"),
            ingredients.create_ingredient,
        ),
        (
            recipes.RecipeInput(
                "Houmous",
                4,
                (recipes.LineInput(dates, Decimal(100), "g"),),
                category="tartinade",
                storage="au frais",
                story="de ma grand-mère",
                product_code="1234",
            ),
            lambda s, d: recipes.create_recipe(s, d, DAY),
        ),
        (
            menus.MenuInput("Buffet", "catering", (menus.MenuItemInput(recipe, Decimal(1)),), "x"),
            lambda s, d: menus.create_menu(s, d, DAY),
        ),
        (
            orders.OrderInput(
                "Mairie",
                DAY,
                (orders.OrderLineInput(recipe, Decimal(10)),),
                guests=10,
                contact="Mme Dupont",
                address="Place 1",
                notes="sans sel",
            ),
            lambda s, d: orders.create_order(s, d, DAY),
        ),
    ]


def text_fields(data) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(data)
        if isinstance(getattr(data, f.name), str) and getattr(data, f.name)
    ]


def rows(session) -> int:
    """How many rows the database holds, all tables together (one statement)."""
    return sum(session.execute(_every_table_counted()).one())


@functools.cache
def _every_table_counted():
    tables = load_all().metadata.sorted_tables
    return select(*(select(func.count()).select_from(t).scalar_subquery() for t in tables))


def test_every_text_field_of_every_service_refuses_unsafe_characters(db):
    with db.session() as session:
        cases = inputs(session)
    walked = 0
    for data, save in cases:
        for name in text_fields(data):
            for poison in POISONS:
                with db.session() as session:
                    before = rows(session)
                with pytest.raises(ValidationError) as info:
                    with db.session() as session:
                        save(session, dataclasses.replace(data, **{name: poison}))
                assert info.value.field == name, (type(data).__name__, name, poison)
                with db.session() as session:
                    assert rows(session) == before
                walked += 1
        with db.session() as session:
            save(session, data)  # the valid input is accepted
    assert walked >= 30 * len(POISONS)


def test_every_text_column_is_guarded_at_the_flush(demo_db):
    """A service that forgot the validator still cannot store an override."""
    from sqlalchemy import String, Text

    covered = 0
    with demo_db.session() as session:
        classes = [m.class_ for m in load_all().registry.mappers]
    for cls in classes:
        columns = [
            c.key
            for c in cls.__mapper__.column_attrs
            if isinstance(c.columns[0].type, (String, Text)) and not c.columns[0].primary_key
        ]
        with demo_db.session() as session:
            row = session.scalars(select(cls).limit(1)).first()
            present = row is not None
        if not present or not columns:
            continue
        for key in columns:
            with pytest.raises(ValidationError) as info:
                with demo_db.session() as session:
                    row = session.scalars(select(cls).limit(1)).one()
                    setattr(row, key, "x\u202ey")
                    session.flush()
            assert info.value.field == key
            covered += 1
    assert covered > 100


@pytest.mark.parametrize(
    "text", ["Aïcha", "عائشة بنعلي", "ligne 1\nligne 2\tfin", "Ğülşen", "👩🏽‍🍳"]
)
def test_ordinary_text_is_kept(text):
    assert unsafe_character(text) is None
    assert safe_text(text, "notes") == text
