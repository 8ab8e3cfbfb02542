"""Buttons and texts the review found cut at the window's right edge stay in view, in normal and
large mode: the label sheet's buttons inside their box, the Sales tab no wider than the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from app.ui.large_mode import apply_large_mode


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_label_sheets_buttons_lie_inside_their_box(laptop_demo_window, qtbot, qapp, large):
    apply_large_mode(qapp, large)
    laptop_demo_window.open_tab("labels")
    qtbot.wait(50)
    tab = laptop_demo_window.page("labels")
    for button in (
        tab.calibration_button,
        tab.new_template_button,
        tab.delete_template_button,
        tab.save_offset_button,
    ):
        box = button.parentWidget()
        right = button.mapTo(box, QPoint(button.width(), 0)).x()
        assert right <= box.width(), button.objectName()
        assert button.width() >= button.sizeHint().width(), button.objectName()


def test_the_sales_tab_is_no_wider_than_the_window_in_large_mode(laptop_demo_window, qtbot, qapp):
    apply_large_mode(qapp, True)
    laptop_demo_window.open_tab("sales")
    qtbot.wait(50)
    holder = laptop_demo_window.tabs.currentWidget()
    assert not holder.horizontalScrollBar().isVisible()


def _rotation_changes(window):
    page = window.page("rotation")
    page.history.setCurrentWidget(page.changes_table)
    return page.changes_table


def _tasting_questions(window):
    page = window.page("menus")
    page.pages.setCurrentWidget(page.tastings)
    return page.tastings.questions_table


@pytest.mark.parametrize(
    "tab, table_of",
    [("rotation", _rotation_changes), ("menus", _tasting_questions)],
    ids=["rotation_changes", "tasting_questions"],
)
def test_narrow_tables_do_not_scroll_sideways_in_large_mode(
    laptop_demo_window, qtbot, qapp, tab, table_of
):
    """The review found these tables scrolling sideways in large mode while their page had room:
    their text columns now share the width (a long text elided, its tooltip whole)."""
    apply_large_mode(qapp, True)
    laptop_demo_window.open_tab(tab)
    table = table_of(laptop_demo_window)
    qtbot.waitUntil(lambda: table.model().rowCount() > 0 and table.isVisible())
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() == 0
