"""The long lists read in two steps (names first, the costly part for the rows in sight): the
second step gives, for any part of the list in any order, exactly the rows of the one-step list,
in a fixed number of statements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from app.services.labels import content
from app.services.menus import recipes
from app.services.text_match import folded

DAY = dt.date(2022, 10, 3)


def count_statements(db):
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    return statements, lambda: event.remove(db.engine, "before_cursor_execute", listener)


def test_recipes_costed_in_parts_are_the_rows_of_the_whole_list(demo_db):
    with demo_db.session() as session:
        whole = recipes.list_recipes(session, DAY, include_inactive=True)
        listing = recipes.recipe_listing(session, include_inactive=True)
        assert len(whole) > 6
        assert [row.id for row in listing] == [row.id for row in whole]
        part = [listing[5], listing[0], listing[3]]
        statements, stop = count_statements(demo_db)
        costed = recipes.with_costs(session, part, DAY)
        stop()
        assert costed == [whole[5], whole[0], whole[3]]
        # the target setting, the recipes with their lines and ingredients, the prices
        assert len(statements) == 3
        active = recipes.recipe_listing(session)
        assert [row.id for row in active] == [row.id for row in whole if row.active]


def test_products_completed_in_parts_are_the_rows_of_the_whole_list(demo_db):
    with demo_db.session() as session:
        whole = content.list_products(session)
        names = content.list_product_names(session)
        assert len(whole) > 3
        assert [(p.recipe_id, p.name, p.version) for p in names] == [
            (p.recipe_id, p.name, p.version) for p in whole
        ]
        ids = [names[2].recipe_id, names[0].recipe_id]
        statements, stop = count_statements(demo_db)
        chosen = content.product_choices(session, ids)
        stop()
        assert chosen == [whole[2], whole[0]]
        few = len(statements)
        # the recipes; their lines with their ingredients; the components; the cooperative's row
        # (app/services/labels/recipe_facts.py reads through the tables)
        assert few == 4, statements
        statements, stop = count_statements(demo_db)
        content.product_choices(session, [p.recipe_id for p in names])
        stop()
        assert len(statements) == few  # as many statements for every product as for two


def test_names_with_and_without_accents_sort_together():
    names = ["Œufs brouillés", "éclair", "Zaalouk", "eau de rose", "Ecorces", "oeillets"]
    assert sorted(names, key=folded) == [
        "eau de rose",
        "éclair",
        "Ecorces",
        "oeillets",
        "Œufs brouillés",
        "Zaalouk",
    ]
