"""Hours as each language writes them, in documents and on the screens alike."""

from __future__ import annotations

from decimal import Decimal

from app import i18n
from app.services.units import hours_with_unit

ISOLATED = "\u2068{}\u2069"


def test_hours_in_french_without_useless_zeros():
    assert hours_with_unit(Decimal("36.00")) == "36 h"
    assert hours_with_unit(Decimal("2.50")) == "2,5 h"
    assert hours_with_unit(Decimal("2.75")) == "2,75 h"


def test_hours_in_dutch_and_arabic_take_their_unit_word(read_in):
    read_in("nl")
    assert hours_with_unit(Decimal("36")) == "36 u"
    read_in("ar")
    i18n.set_format_locale(i18n.FORMAT_LOCALES["ar"])
    i18n.set_right_to_left(True)
    # the figure and its word one isolated run: not "ساعة 2,5" laid out apart
    assert hours_with_unit(Decimal("2.5")) == ISOLATED.format("2,5 ساعة")
