"""Dates and quantities written without Babel (app/services/locale_shapes.py) are Babel's own
texts, in every interface locale, and the copy of Babel's data they come from is still Babel's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from app.i18n import FORMAT_LOCALES
from app.services import locale_shapes
from app.services.locale_shapes import (
    SHAPES,
    SKELETONS,
    decimal_text,
    full_date,
    shape_from_babel,
    skeleton_date,
)

LOCALES = sorted(set(FORMAT_LOCALES.values()))
DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31))


def babel_decimal(value: Decimal, places: int, locale: str) -> str:
    return format_decimal(value, format="0." + "#" * places if places else "0", locale=locale)


def test_every_interface_locale_has_a_shape_copied_from_babel():
    assert sorted(SHAPES) == LOCALES
    for locale in LOCALES:
        assert SHAPES[locale] == shape_from_babel(locale), (
            f"Babel's data for {locale} changed: copy shape_from_babel({locale!r}) into SHAPES"
        )


@settings(deadline=None)
@given(DAYS)
def test_a_date_in_full_is_babels(day):
    for locale in LOCALES:
        assert full_date(day, locale) == format_date(day, "full", locale=locale)


@settings(deadline=None)
@given(DAYS)
def test_a_date_in_figures_is_babels(day):
    for locale in LOCALES:
        for skeleton in SKELETONS:
            assert skeleton_date(skeleton, day, locale) == format_skeleton(
                skeleton, day, locale=locale
            )


def test_the_examples_read_as_expected():
    day = dt.date(2026, 12, 2)
    assert full_date(day, "fr_BE") == "mercredi 2 décembre 2026"
    assert full_date(day, "en_BE") == "Wednesday, 2 December 2026"
    assert full_date(day, "ar_MA") == "الأربعاء، 2 دجنبر 2026"
    assert skeleton_date("yMMdd", dt.date(2026, 3, 4), "fr_BE") == "04/03/2026"
    assert skeleton_date("yMMdd", dt.date(2026, 3, 4), "nl_BE") == "4/3/2026"
    assert decimal_text(Decimal("1.2500"), 3, "fr_BE") == "1,25"
    assert decimal_text(Decimal("2.5"), 0, "nl_BE") == "2"  # half to even
    assert decimal_text(Decimal("-0.0001"), 3, "fr_BE") == "-0"  # Babel keeps the sign


QUANTITIES = st.decimals(allow_nan=False, allow_infinity=False, places=6).filter(
    lambda value: abs(value) < 10**12
) | st.decimals(min_value=-(10**15), max_value=10**15, allow_nan=False, allow_infinity=False)


@settings(deadline=None)
@given(QUANTITIES, st.integers(0, 3))
def test_a_quantity_is_babels(value, places):
    for locale in LOCALES:
        text = decimal_text(value, places, locale)
        assert text is not None
        assert text == babel_decimal(value, places, locale)


def test_a_number_too_long_for_the_decimal_context_is_left_to_babel():
    huge = Decimal("1E+30")
    assert decimal_text(huge, 3, "fr_BE") is None
    assert decimal_text(Decimal("NaN"), 3, "fr_BE") is None


@pytest.mark.parametrize("locale", ["de_DE", "ar", "en"])
def test_another_locale_goes_to_babel(locale):
    day = dt.date(2026, 12, 2)
    assert full_date(day, locale) == format_date(day, "full", locale=locale)
    assert skeleton_date("yMMdd", day, locale) is None
    assert decimal_text(Decimal("1.5"), 3, locale) is None


def test_a_pattern_with_a_field_not_written_here_goes_to_babel(monkeypatch):
    shape = SHAPES["fr_BE"]
    odd = locale_shapes.LocaleShape(
        "EEE d MMM y 'à' HH'h'", (("yMMdd", "dd.MM.yy"),), shape.weekdays, shape.months, ","
    )
    monkeypatch.setitem(SHAPES, "fr_BE", odd)
    day = dt.date(2026, 12, 2)
    assert full_date(day, "fr_BE") == format_date(day, "full", locale="fr_BE")
    assert skeleton_date("yMMdd", day, "fr_BE") is None


def test_quoted_texts_are_written_as_they_are():
    shape = SHAPES["en_BE"]
    parts = locale_shapes._compiled("d 'of' MMMM, y 'o''clock' ''")
    assert locale_shapes._written(parts, shape, dt.date(2026, 12, 2)) == (
        "2 of December, 2026 o'clock '"
    )
