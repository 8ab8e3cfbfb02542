"""The tables services read through Core (app/services/tables.py) name what the models hold: each
is a table of the models' metadata, each column one of that table's, with the same type (a
Numeric's scale makes the Decimal read back, a Boolean a bool, a Date a date)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import load_all
from app.services import tables
from app.services.labels.recipe_facts import RecipeFacts
from tests.labels_fixtures import energy_balls


@pytest.mark.parametrize("light", tables.ALL, ids=lambda t: t.name)
def test_each_column_is_the_models_column_of_the_same_table_and_type(light):
    model_table = load_all().metadata.tables[light.name]
    for column in light.c:
        assert column.name in model_table.c, f"{light.name}.{column.name}"
        assert repr(column.type) == repr(model_table.c[column.name].type), column.name


def test_every_table_of_the_module_is_checked():
    names = [name for name, value in vars(tables).items() if value in tables.ALL]
    assert sorted(names) == sorted(
        name for name, value in vars(tables).items() if type(value) is type(tables.SETTING)
    )


def test_a_recipe_reads_back_through_the_table_as_the_model_holds_it(session):
    product = energy_balls(session, weight_change_pct=Decimal("-12.5"), small_package=True)
    recipe = tables.RECIPE
    row = session.execute(
        select(*(recipe.c[name] for name in RecipeFacts._fields if name != "lines")).where(
            recipe.c.id == product.id
        )
    ).one()
    assert row.net_quantity == Decimal("50.000") and str(row.net_quantity) == "50.000"
    assert row.weight_change_pct == Decimal("-12.5") and row.small_package is True
    assert row.nutrition_exempt is False and isinstance(row.created_on, dt.date)
    line = tables.RECIPE_LINE
    quantities = session.scalars(
        select(line.c.quantity).where(line.c.recipe_id == product.id).order_by(line.c.position)
    ).all()
    assert quantities == [Decimal(30), Decimal(250), Decimal("0.4"), Decimal("0.3")]
    assert [str(q) for q in quantities] == ["30.000", "250.000", "0.400", "0.300"]


def test_flush_pending_writes_a_sessions_changes_and_leaves_a_connection_alone(session):
    from app.models.settings import Setting

    session.add(Setting(key="labels.last_template", value_json='"L7651"'))
    tables.flush_pending(session)
    connection = session.connection()  # the same transaction, through Core
    tables.flush_pending(connection)  # a connection has no flush: nothing to do
    stored = connection.execute(
        select(tables.SETTING.c.value_json).where(tables.SETTING.c.key == "labels.last_template")
    ).scalar_one()
    assert stored == '"L7651"'
