"""Parsing and formatting amounts the way Belgian users type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import i18n
from app.services import money
from app.services.errors import ValidationError
from app.services.money import MAX_CENTS, format_amount, parse_amount


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("2,50", 250),
        ("2.50", 250),
        ("2,5 €", 250),
        ("2,5€", 250),
        ("1 234,50", 123450),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("1\u202f234,50 €", 123450),
        ("12", 1200),
        ("0,07", 7),
        (" 6,49 ", 649),
        ("3 EUR", 300),
    ],
)
def test_accepts_what_people_type(text, cents):
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "2,5,0", "1,2.3.4", "2,505", "€", "--2", "2 ,5 x"]
)
def test_refuses_what_is_not_an_amount(text):
    with pytest.raises(ValidationError) as info:
        parse_amount(text, field="price")
    assert info.value.field == "price"
    assert info.value.message


def test_negative_only_when_allowed():
    with pytest.raises(ValidationError, match="négatif"):
        parse_amount("-2,50")
    assert parse_amount("-2,50", allow_negative=True) == -250


def test_zero_can_be_refused():
    assert parse_amount("0") == 0
    with pytest.raises(ValidationError, match="plus grand que zéro"):
        parse_amount("0,00", allow_zero=False)


def test_absurdly_large_is_refused():
    with pytest.raises(ValidationError, match="trop grand"):
        parse_amount("99999999999")
    assert parse_amount("1000000") == MAX_CENTS


def test_more_than_two_decimals_is_refused():
    with pytest.raises(ValidationError, match="deux chiffres"):
        parse_amount("2,499")


def test_format_fr_be():
    assert format_amount(250) == "2,50\xa0€"
    assert format_amount(123450, symbol=False).replace("\u202f", " ") == "1 234,50"
    assert format_amount(-5) == "-0,05\xa0€"


@given(st.integers(min_value=0, max_value=MAX_CENTS))
def test_format_then_parse_gives_back_the_cents(cents):
    assert parse_amount(format_amount(cents)) == cents
    assert parse_amount(format_amount(cents, symbol=False)) == cents


@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_round_trip_with_negative_amounts(cents):
    assert parse_amount(format_amount(cents), allow_negative=True) == cents


@given(st.integers(min_value=0, max_value=MAX_CENTS))
def test_plain_dot_and_comma_forms_round_trip(cents):
    euros, rest = divmod(cents, 100)
    assert parse_amount(f"{euros},{rest:02d}") == cents
    assert parse_amount(f"{euros}.{rest:02d}") == cents


@pytest.mark.parametrize("locale", sorted({*i18n.FORMAT_LOCALES.values(), "ar"}))
@given(cents=st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_every_interface_language_round_trips(locale, cents):
    assert parse_amount(format_amount(cents, locale), allow_negative=True) == cents


# --- issue 15 item 12: a dot before three digits, Arabic digits and separators ----------------
@pytest.mark.parametrize(
    ("text", "small", "large"),
    [("1.500", "1,50", "1500"), ("12.345", "12,35", "12345"), ("-2.000", "-2,00", "-2000")],
)
def test_one_dot_before_three_digits_is_refused_showing_both_readings(text, small, large):
    with pytest.raises(ValidationError) as info:
        parse_amount(text, field="price", allow_negative=True)
    assert info.value.field == "price"
    assert small in info.value.message and large in info.value.message


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0.500", 50),  # a thousands group never starts with 0
        ("0,500", 50),
        ("1.50", 150),
        ("1.234.567,00", None),  # two groups: thousands, unambiguous (and too large)
        ("1.500,00", 150000),
        ("٢٫٥٠", 250),  # Arabic-Indic digits and decimal separator
        ("١٬٢٣٤٫٥٠", 123450),  # and the Arabic thousands separator
        ("٢,٥٠", 250),
    ],
)
def test_unambiguous_forms_are_read(text, cents):
    if cents is None:
        with pytest.raises(ValidationError, match="trop grand"):
            parse_amount(text)
    else:
        assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["0.001", "0,001", "1e2", "1E2", "2e-1", "Infinity", "NaN"])
def test_no_fraction_of_a_cent_and_no_exponent(text):
    with pytest.raises(ValidationError):
        parse_amount(text)


@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_arabic_digits_round_trip(cents):
    from babel.numbers import format_currency

    from app.services.money import cents_to_decimal

    shown = format_currency(cents_to_decimal(cents), "EUR", locale="ar", numbering_system="arab")
    assert parse_amount(shown, allow_negative=True) == cents


@pytest.mark.parametrize("language", sorted(i18n.FORMAT_LOCALES))
@given(cents=st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_an_amount_shown_in_the_interface_of_any_language_reads_back(language, cents):
    i18n.set_format_locale(i18n.FORMAT_LOCALES[language])
    i18n.set_right_to_left(language == "ar")  # isolated as on screen
    try:
        shown = [format_amount(cents), format_amount(cents, symbol=False)]
    finally:
        i18n.set_format_locale("fr_BE")
        i18n.set_right_to_left(False)
    for text in shown:
        assert parse_amount(i18n.without_isolates(text), allow_negative=True) == cents
    assert "," in shown[1]  # the decimal comma, in every language


@pytest.mark.parametrize("locale", sorted(i18n.FORMAT_LOCALES.values()))
@pytest.mark.parametrize("symbol", [True, False])
@given(cents=st.integers(min_value=-10 * MAX_CENTS, max_value=10 * MAX_CENTS))
def test_the_quick_formatter_writes_what_babel_writes(locale, symbol, cents):
    """Amounts are written from each locale's shape read once from Babel, not by Babel each
    time: the same text, character for character, in the four interface locales."""
    assert money._shape(locale, symbol) is not None  # the quick way is the one taken
    assert money._formatted(cents, locale, symbol) == money.babel_amount(cents, locale, symbol)


def test_a_locale_grouped_otherwise_is_left_to_babel():
    """Indian grouping (12,34,567.89) has no three-digit shape: Babel writes it."""
    assert money._shape("hi_IN", True) is None
    assert money.format_amount(123_456_789, locale="hi_IN") == "€12,34,567.89"
