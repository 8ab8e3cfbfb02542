"""Quantities typed by people (issue 15 items 12 and 13): no exponents, Arabic digits and decimal
separator read alike, and a plausible maximum for every unit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import i18n
from app.services.errors import ValidationError
from app.services.menus import ingredients, orders, recipes, shopping
from app.services.units import (
    check_count,
    check_quantity,
    format_decimal,
    parse_quantity,
    plain_quantity,
)

DAY = dt.date(2022, 10, 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,5", "1.5"),
        ("0.125", "0.125"),
        ("250", "250"),
        ("٢٫٥", "2.5"),
        ("١٢", "12"),
        ("٠,٥", "0.5"),
    ],
)
def test_reads_what_people_type(text, value):
    assert parse_quantity(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1e2", "1E2", "2e-1", "Infinity", "NaN", "1,5,0", "1.2.3", "x"])
def test_refuses_exponents_and_words(text):
    with pytest.raises(ValidationError, match="n'est pas une quantité") as info:
        parse_quantity(text, field="qty")
    assert info.value.field == "qty"


# --- plausible maximums (item 13) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [("1000.001", "kg", "1000 kg"), ("1000001", "g", "1000 kg"), ("1001", "l", "1000 l"),
     ("100001", "piece", "100000 pièces")],
)  # fmt: skip
def test_each_unit_has_a_plausible_maximum(value, unit, shown):
    with pytest.raises(ValidationError) as info:
        check_quantity(Decimal(value), unit, "qty")
    assert info.value.field == "qty"
    assert shown in info.value.message.replace("\u202f", " ").replace("\xa0", " ")
    assert check_quantity(Decimal("1000"), "kg" if unit in ("kg", "g") else unit, "qty")


def test_counts_have_a_maximum():
    assert check_count(100_000, "guests") == 100_000
    with pytest.raises(ValidationError, match="trop grand"):
        check_count(10**12, "guests")


def test_absurd_sizes_are_refused_by_the_services(session):
    with pytest.raises(ValidationError) as info:
        ingredients.create_ingredient(
            session, ingredients.IngredientInput("Riz", "kg", Decimal(999_999_999), 199, DAY)
        )
    assert info.value.field == "pack_size"
    rice = ingredients.create_ingredient(
        session, ingredients.IngredientInput("Riz", "kg", Decimal(5), 999, DAY)
    ).id
    with pytest.raises(ValidationError) as info:
        recipes.create_recipe(
            session,
            recipes.RecipeInput("Riz", 4, (recipes.LineInput(rice, Decimal(999_999_999), "g"),)),
            DAY,
        )
    assert (info.value.field, info.value.row) == ("lines", 0)
    recipe = recipes.create_recipe(
        session, recipes.RecipeInput("Riz", 4, (recipes.LineInput(rice, Decimal(500), "g"),)), DAY
    ).id
    line = orders.OrderLineInput(recipe, Decimal(10))
    with pytest.raises(ValidationError) as info:
        orders.create_order(session, orders.OrderInput("Mairie", DAY, (line,), guests=10**12), DAY)
    assert info.value.field == "guests"
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            session,
            orders.OrderInput("Mairie", DAY, (orders.OrderLineInput(recipe, Decimal(10**9)),)),
            DAY,
        )
    assert (info.value.field, info.value.row) == ("lines", 0)
    with pytest.raises(ValidationError) as info:
        shopping.for_batches(session, [(recipe, 10**9)], DAY, "x")
    assert info.value.field == "batches"


# --- issue 16: one decimal separator per language, and what is shown reads back ----------------
QUANTITIES = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("999999.999"), places=3)


@pytest.mark.parametrize("locale", sorted(i18n.FORMAT_LOCALES.values()))
@given(value=QUANTITIES)
def test_a_quantity_shown_in_any_language_reads_back(locale, value):
    assert parse_quantity(format_decimal(value, 3, locale)) == value
    assert parse_quantity(plain_quantity(value)) == value


@pytest.mark.parametrize(("text", "value"), [("1.234,5", "1234.5"), ("1,234.5", "1234.5")])
def test_a_quantity_with_thousands_and_a_decimal_is_read(text, value):
    assert parse_quantity(text) == Decimal(value)


@pytest.mark.parametrize("language", sorted(i18n.FORMAT_LOCALES))
def test_each_language_has_one_decimal_separator_a_comma(language):
    from babel.numbers import get_decimal_symbol

    locale = i18n.FORMAT_LOCALES[language]
    assert locale == i18n.document_locale(language)  # the interface and its documents agree
    assert get_decimal_symbol(locale) == ","
    assert format_decimal(Decimal("1.5"), 1, locale) == "1,5"


@pytest.mark.parametrize("locale", sorted(set(i18n.FORMAT_LOCALES.values())))
@given(
    value=st.decimals(
        min_value=Decimal("-99999.9999"),
        max_value=Decimal("99999.9999"),
        places=4,
    ),
    places=st.integers(min_value=0, max_value=3),
    zeros=st.integers(min_value=0, max_value=4),
)
def test_a_number_kept_once_shown_reads_as_babel_writes_it(locale, value, places, zeros):
    """format_decimal keeps each text (a list shows the same figures again and again): an equal
    value written with more trailing zeros, asked for next, gets Babel's own text too."""
    from babel.numbers import format_decimal as babel_format

    padded = value.quantize(Decimal(10) ** (value.as_tuple().exponent - zeros))
    pattern = "0." + "#" * places if places else "0"
    for number in (value, padded, -value):
        assert format_decimal(number, places, locale) == babel_format(
            number, format=pattern, locale=locale
        )
