"""The tables that services read through SQLAlchemy Core instead of the mapped classes, named once.

`print labels` reads recipes, the cooperative and the settings with Core statements only, so the
command never imports the ORM nor a model module (`app.models.*`: building the mapped classes is
a fifth of its time). The tables are SQLAlchemy's lightweight `table()`/`column()` constructs with
the models' column types (a Numeric reads back as a Decimal of its scale, a Boolean as a bool, a
Date as a date); tests/services/test_tables.py checks every one against the models' tables.

A reader takes a `Reader`: a `Session` (the window's unit of work) or a Core `Connection`
(`Database.connection`, the command line). It calls `flush_pending` first, so what the session's
unit of work changed is read back, as the ORM's autoflush would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    column,
    table,
)

from app.services.labels.nutrition import NUTRIENTS

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    Reader: TypeAlias = Session | Connection


def flush_pending(reader: Reader) -> None:
    """Write what a session's unit of work changed, before reading through the tables (a
    connection has nothing pending)."""
    flush = getattr(reader, "flush", None)
    if flush is not None:
        flush()


RECIPE = table(
    "recipe",
    column("id", Integer()),
    column("family_id", Integer()),
    column("version", Integer()),
    column("name", String(120)),
    column("yield_count", Integer()),
    column("net_quantity", Numeric(12, 3)),
    column("net_unit", String(8)),
    column("shelf_life_days", Integer()),
    column("date_kind", String(12)),
    column("storage", Text()),
    column("story", Text()),
    column("descriptive_name", String(200)),
    column("price_cents", Integer()),
    column("product_code", String(20)),
    column("small_package", Boolean()),
    column("weight_change_pct", Numeric(6, 1)),
    column("nutrition_exempt", Boolean()),
    column("active", Boolean()),
    column("created_on", Date()),
)

RECIPE_LINE = table(
    "recipe_line",
    column("id", Integer()),
    column("recipe_id", Integer()),
    column("ingredient_id", Integer()),
    column("quantity", Numeric(12, 3)),
    column("unit", String(8)),
    column("position", Integer()),
    column("emphasis", String(8)),
)

INGREDIENT = table(
    "ingredient",
    column("id", Integer()),
    column("name", String(120)),
    column("unit", String(8)),
    column("piece_weight_g", Numeric(10, 3)),
    column("allergens", String(200)),
    column("traces", String(200)),
)

# per 100 g: the energy to the hundredth, the grams to the thousandth
INGREDIENT_NUTRITION = table(
    "ingredient_nutrition",
    column("ingredient_id", Integer()),
    *(column(name, Numeric(8, 2 if name.startswith("energy") else 3)) for name in NUTRIENTS),
)

INGREDIENT_COMPONENT = table(
    "ingredient_component",
    column("id", Integer()),
    column("ingredient_id", Integer()),
    column("position", Integer()),
    column("name", String(120)),
    column("allergens", String(200)),
)

COOPERATIVE = table(
    "cooperative",
    column("id", Integer()),
    column("name", String(120)),
    column("address", Text()),
    column("email", String(200)),
    column("phone", String(40)),
    column("producer_line", Text()),
    column("logo_png", LargeBinary()),
    column("label_language", String(10)),
)

SETTING = table("setting", column("key", String(80)), column("value_json", Text()))

ALL = (
    RECIPE,
    RECIPE_LINE,
    INGREDIENT,
    INGREDIENT_NUTRITION,
    INGREDIENT_COMPONENT,
    COOPERATIVE,
    SETTING,
)
