"""The tally in large mode, in each language: the product buttons and their −1 buttons are never
smaller than in normal mode (taller, the −1 as wide or wider) and show their whole text, and
the Sales page stays within the laptop's width (nothing is pushed off the side), with six
products of long names, three side by side; at 1366×700 both rows of products are in view under
the payment buttons without scrolling; the day's state and its delegate (a long name) take two
lines at most, never more than the row's buttons."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QPushButton, QScrollArea

from app.db import Database
from app.services.sales.events import ProductInfo
from app.ui.context import AppContext
from app.ui.language import apply_language
from app.ui.large_mode import apply_large_mode
from app.ui.main_window import MainWindow
from app.ui.sales.tally import product_caption
from app.ui.widgets import SMALL_SCREEN
from tests.qt_cleanup import delete_closed_widgets

NAMES = [
    "Energy balls cacahuète-sésame",
    "Soupe de lentilles corail",
    "Houmous à la betterave",
    "Gâteau marbré au chocolat",
    "Samoussas aux légumes",
    "Thé à la menthe fraîche",
]
SIDEWAYS_ROOM = SMALL_SCREEN.width() - 40  # the window's frame, margins and a scroll bar


@pytest.fixture(params=["fr", "en", "nl", "ar"])
def tally_in(request, qtbot, qapp, tmp_path, _demo_template):
    """(the Sales page, its tally) showing a day of six products, in the language asked."""
    apply_language(qapp, request.param)
    apply_large_mode(qapp, False)
    database = Database.open(shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3"))
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    window.open_tab("sales")
    page = window.page("sales")
    tally = page.tally
    products = tuple(
        ProductInfo(9000 + i, None, name, f"9{i}", 250 + 50 * i, 600, None)
        for i, name in enumerate(NAMES)
    )
    tally.set_event(dataclasses.replace(tally.sale_event, products=products))
    qtbot.wait(10)
    yield page, tally, window
    window.close()
    apply_large_mode(qapp, False)
    apply_language(qapp, "fr")
    database.close()


def cut(button: QPushButton) -> bool:
    """The button is narrower or shorter than its text needs."""
    needs = button.sizeHint()
    return button.width() < needs.width() or button.height() < needs.height()


def test_tally_buttons_only_grow_in_large_mode_in_every_language(tally_in, qtbot):
    page, tally, window = tally_in
    buttons = tally.plus_buttons + tally.minus_buttons
    assert len(tally.plus_buttons) == 6
    normal = [button.size() for button in buttons]
    least = [button.minimumHeight() for button in buttons]
    assert [b.objectName() for b in buttons if cut(b)] == []
    window.large_mode_action.setChecked(True)
    qtbot.wait(10)
    assert page.minimumSizeHint().width() <= SIDEWAYS_ROOM
    assert [b.objectName() for b in buttons if cut(b)] == [], "each shows its whole text"
    # At 1366×700 the buttons share what room the page leaves them: in normal mode more than
    # their least height, in large mode their least height, which grows with the font.
    smaller = [
        f"{button.objectName()}: {button.size().toTuple()} < {size.toTuple()}, {least_height}"
        for button, size, least_height in zip(buttons, normal, least, strict=True)
        if button.height() < max(button.minimumHeight(), 1.2 * least_height)
        or (button in tally.minus_buttons and button.width() < size.width())
    ]
    assert smaller == []
    assert all(b.minimumHeight() >= 1.2 * h for b, h in zip(buttons, least, strict=True))


def test_a_long_product_name_is_written_on_two_lines_of_about_the_same_length():
    assert product_caption("Energy balls cacahuète-sésame") == "Energy balls\ncacahuète-sésame"
    assert product_caption("Soupe de lentilles corail") == "Soupe de\nlentilles corail"
    assert product_caption("Houmous") == "Houmous"
    assert product_caption("Tarte au thym") == "Tarte au thym"  # short enough for one line
    assert product_caption("Gâteau-marbré-au-chocolat") == "Gâteau-marbré-au-chocolat"


def scroll_area_of(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_two_rows_of_products_and_the_payment_buttons_are_in_view_in_large_mode(tally_in, qtbot):
    page, tally, window = tally_in
    window.large_mode_action.setChecked(True)
    qtbot.wait(10)
    area = scroll_area_of(page)
    assert area.verticalScrollBar().value() == 0
    viewport = area.viewport()
    out_of_view = [
        f"{button.objectName()} (bottom at {bottom} > {viewport.height()} px)"
        for button in [*tally.method_buttons.values(), *tally.plus_buttons, *tally.minus_buttons]
        if (bottom := button.mapTo(viewport, button.rect().bottomLeft()).y()) > viewport.height()
    ]
    assert len(tally.plus_buttons) == 6, "two rows of three products"
    assert out_of_view == []


def test_the_days_state_and_a_long_delegate_name_take_two_lines_at_most(tally_in, qtbot):
    page, tally, window = tally_in
    window.large_mode_action.setChecked(True)
    name = "Hằng Nguyễn Thị Thu Trang Nguyễn-Bertrand"
    page._show_state(dataclasses.replace(page.current_event(), delegate_name=name))
    qtbot.wait(10)
    state, delegate = page.status, page.delegate_line
    line = state.fontMetrics().height()
    assert state.isVisible() and delegate.isVisible()
    assert not state.is_elided(), "the state is read whole"
    assert state.height() < 2 * line and delegate.height() < 2 * line, "one line each"
    assert name in delegate.full_text()
    if delegate.is_elided():
        assert name in delegate.toolTip()
    needs = state.sizeHint().height() + delegate.sizeHint().height()
    assert needs <= page.new_button.height(), "the row is no taller than its buttons"


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_every_sales_page_fits_the_laptops_width_when_started_in_large_mode(
    language, qtbot, qapp, tmp_path, _demo_template
):
    """Started in large mode (not switched to it), every inner page of Ventes is narrower than
    the laptop: the Résumé's four buttons on one row pushed the tab off the side in Dutch."""
    apply_language(qapp, language)
    apply_large_mode(qapp, True)
    database = Database.open(shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3"))
    try:
        window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
        qtbot.addWidget(window)
        window.resize(SMALL_SCREEN)
        window.show()
        window.open_tab("sales")
        pages = window.page("sales").pages
        wide = [
            f"{pages.tabText(i)}: {pages.widget(i).minimumSizeHint().width()} px"
            for i in range(pages.count())
            if pages.widget(i).minimumSizeHint().width() > SIDEWAYS_ROOM
        ]
        assert wide == []
        window.close()
    finally:
        delete_closed_widgets()
        apply_large_mode(qapp, False)
        apply_language(qapp, "fr")
        database.close()
