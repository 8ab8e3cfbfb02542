"""Right to left: in Arabic, values inside a sentence keep their own order.

A value is wrapped in Unicode isolates (U+2068 … U+2069) by the formatting functions; laid out
in a right-to-left line, its characters then stand left to right, as written.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from app import i18n
from app.i18n import format_date, isolate, time_range, without_isolates
from app.services.money import format_amount
from app.ui.icons import icon
from app.ui.language import apply_language
from app.ui.row_model import Column, RowModel

PHONE = "+32 470 16 26 36"


@pytest.fixture
def arabic(qapp):
    apply_language(qapp, "ar")
    yield
    apply_language(qapp, "fr")


def reads_left_to_right(sentence: str, value: str, font) -> bool:
    """Whether `value`'s characters, inside `sentence` laid out right to left, stand in order
    from left to right on the line."""
    layout = QTextLayout(sentence, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    start = sentence.index(value)
    xs = [
        layout.glyphRuns(start + offset, 1)[0].positions()[0].x()
        for offset, char in enumerate(value)
        if char != " "
    ]
    return xs == sorted(xs) and len(set(xs)) == len(xs)


def test_values_are_isolated_in_arabic_only(qapp, arabic):
    assert isolate(PHONE) == f"\u2068{PHONE}\u2069"
    assert format_amount(-350).startswith("\u2068") and format_amount(-350).endswith("\u2069")
    assert format_date(dt.date(2022, 10, 3)).startswith("\u2068")
    assert time_range(dt.time(9), dt.time(12)) == "\u20689h – 12h\u2069"  # the French source
    assert without_isolates(format_amount(250)) == format_amount(250, "ar_MA").strip("\u200f")


def test_no_marks_in_french(qapp):
    apply_language(qapp, "fr")
    assert i18n.is_right_to_left() is False
    assert isolate(PHONE) == PHONE
    assert format_amount(250) == "2,50\xa0€"


@pytest.mark.parametrize(
    "value", [PHONE, "09:00–12:00", "−1", "-3,50\xa0€"], ids=["phone", "range", "minus", "amount"]
)
def test_an_isolated_value_reads_left_to_right_in_an_arabic_line(qapp, arabic, value):
    font = qapp.font()
    plain = f"الهاتف: {value} شكرا"
    isolated = f"الهاتف: {isolate(value)} شكرا"
    assert reads_left_to_right(isolated, value, font)
    if value != "-3.50\xa0€":  # an amount alone happens to survive; the others are jumbled
        assert not reads_left_to_right(plain, value, font), "without isolates it is jumbled"


def test_an_amount_in_arabic_keeps_its_minus_before_its_figures(qapp, arabic):
    amount = format_amount(-350)
    assert "\u200f" not in amount  # Babel's right-to-left mark would turn it into "€ 3.50-"
    sentence = f"الرصيد {amount} شكرا"
    assert reads_left_to_right(sentence, without_isolates(amount), qapp.font())


def test_a_table_hands_the_phone_number_isolated_to_the_view(qapp, arabic):
    model = RowModel([Column("الهاتف", lambda phone: phone)])
    model.set_rows([PHONE])
    assert model.index(0, 0).data() == f"\u2068{PHONE}\u2069"


def test_direction_icons_are_mirrored_in_arabic(qapp):
    def pixels(name: str):
        return icon(name).pixmap(24, 24).toImage()

    normal = pixels("arrow-right")
    apply_language(qapp, "ar")
    try:
        mirrored = pixels("arrow-right")
        assert mirrored == normal.flipped(Qt.Orientation.Horizontal)
        assert mirrored != normal
    finally:
        apply_language(qapp, "fr")
    assert pixels("arrow-right") == normal


def test_the_tally_hands_its_values_isolated_to_the_widgets(qtbot, db_path, qapp, arabic):
    from tests.ui.test_sales_tab import create_day, open_sales

    window, tab, database = open_sales(qtbot, db_path)
    try:
        create_day(qtbot, tab)
        tally = tab.tally
        qtbot.mouseClick(tally.plus_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tally.minus_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tally.plus_buttons[1], Qt.MouseButton.LeftButton)
        assert tally.minus_buttons[0].text() == "\u2068−1\u2069"
        totals = tally.totals_label.text()
        amount = format_amount(tally.sale_event.products[1].price_cents)
        assert amount.startswith("\u2068") and amount in totals
        assert reads_left_to_right(totals, without_isolates(amount), qapp.font())
    finally:
        window.close()
        database.close()


def test_a_value_built_of_isolated_parts_is_isolated_as_a_whole(qapp, arabic):
    # "9" isolated inside "9:00" once left the range unwrapped: "00:12 – 00:9" in the week grid
    parts = f"{isolate(9)}:00 – {isolate(12)}:00"
    assert isolate(parts) == f"\u2068{parts}\u2069"
    assert isolate(isolate(PHONE)) == isolate(PHONE)
    assert "\u2068" not in i18n.clock_time(dt.time(9, 30))[1:]


def test_a_mornings_time_range_reads_in_order_in_an_arabic_line(qapp, arabic):
    from app.services.schedule.mornings import MorningInfo

    fields = dict.fromkeys(MorningInfo.__dataclass_fields__)
    morning = MorningInfo(**{**fields, "start_time": dt.time(9), "end_time": dt.time(12, 30)})
    shown = morning.time_range
    assert without_isolates(shown) == "9h – 12h30"  # the catalogue's "9:00" is not loaded here
    assert reads_left_to_right(f"نظري {shown} نظري", "9h – 12h30", qapp.font())


def test_a_label_and_its_value_are_each_isolated_around_the_languages_colon(qapp, arabic):
    # the French source here ("{label} : {value}"); English, Dutch and Arabic drop the space
    # and the line starts with a right-to-left mark: it reads from the right, as the interface
    assert i18n.labelled("Espèces", 29) == "\u200f\u2068Espèces\u2069 : \u206829\u2069"
    assert i18n.labelled("Zineb", isolate(PHONE)).endswith(f" : {isolate(PHONE)}")
    apply_language(qapp, "fr")
    assert i18n.labelled("Espèces", 29) == "Espèces : 29"


def test_a_time_field_reads_hours_then_minutes_in_arabic(qapp, arabic):
    """Right to left, Qt would lay the sections of "09:00" out as "00:09"."""
    from app.ui.schedule.dialogs import time_edit

    edit = time_edit(dt.time(9, 0))
    assert edit.isRightToLeft() is False
    assert edit.text() == "09:00"
