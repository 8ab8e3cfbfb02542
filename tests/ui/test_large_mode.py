"""The large mode: every button, field and list in every tab is at least 44 px high; saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPushButton, QTableView

from app.db import Database
from app.ui import view_menu
from app.ui.context import AppContext
from app.ui.large_mode import MIN_TARGET, apply_large_mode
from app.ui.main_window import MainWindow
from app.ui.settings import ui_settings
from app.ui.tabs import TABS
from tests.qt_cleanup import delete_closed_widgets


@pytest.fixture
def demo_window(qtbot, tmp_path, _demo_template, qapp):
    apply_large_mode(qapp, False)  # the application style sheet, as the app starts with it
    import shutil

    path = shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.show()
    yield window
    delete_closed_widgets()  # closed by qtbot: not restyled by the switch back
    apply_large_mode(qapp, False)
    database.close()


def small_targets(window) -> list[str]:
    small = []
    for spec in TABS:
        window.open_tab(spec.name)
        page = window.page(spec.name)
        page.adjustSize()
        for kind in (QPushButton, QLineEdit, QComboBox):
            for widget in page.findChildren(kind):
                if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                    continue  # the inner editor of a spin box or combo box: the box is the target
                height = widget.height() if widget.isVisible() else widget.sizeHint().height()
                if min(height, widget.maximumHeight()) < MIN_TARGET:
                    small.append(f"{spec.name}: {kind.__name__} {widget.objectName()} {height}px")
    return small


def test_large_mode_makes_every_target_at_least_44_px(demo_window, qtbot):
    assert small_targets(demo_window), "in normal mode some targets are small (the test can fail)"
    demo_window.large_mode_action.trigger()
    qtbot.wait(10)
    assert ui_settings().value("large_mode", type=bool) is True
    assert small_targets(demo_window) == []


def test_large_mode_enlarges_the_font_and_is_undone(demo_window, qapp):
    normal = qapp.font().pointSizeF()
    demo_window.large_mode_action.setChecked(True)
    assert qapp.font().pointSizeF() > normal * 1.2
    demo_window.large_mode_action.setChecked(False)
    assert qapp.font().pointSizeF() == pytest.approx(normal)
    assert view_menu.saved_large_mode() is False


def test_tally_buttons_are_large_in_normal_mode(demo_window):
    demo_window.open_tab("sales")
    page = demo_window.page("sales")
    taps = [b for b in page.findChildren(QPushButton) if b.minimumHeight() >= 100]
    assert taps, "the tally has big product buttons"


def test_tally_buttons_grow_in_large_mode_at_once(demo_window, qtbot):
    demo_window.open_tab("sales")
    page = demo_window.page("sales")
    plus = page.findChild(QPushButton, "plus_0")
    assert plus is not None
    normal = plus.minimumSizeHint().height(), plus.font().pointSizeF()
    assert normal[0] >= 100
    demo_window.large_mode_action.setChecked(True)
    qtbot.wait(10)
    large = plus.minimumSizeHint().height(), plus.font().pointSizeF()
    assert large[0] > normal[0] * 1.2 and large[1] > normal[1] * 1.2
    demo_window.large_mode_action.setChecked(False)
    qtbot.wait(10)
    assert plus.minimumSizeHint().height() == normal[0]


def test_recipes_and_labels_tables_fit_their_page_in_large_mode(demo_window, qtbot, qapp):
    """The recipes' margins stay in view (the name and category elide, their tooltip in full);
    the labels' state is never cut: it wraps."""
    demo_window.resize(1366, 700)
    apply_large_mode(qapp, True)
    tables = {}
    for tab in ("menus", "labels"):  # each measured on screen, as she sees it
        demo_window.open_tab(tab)
        page = demo_window.page(tab)
        table = page.findChild(QTableView, "recipes_table") if tab == "menus" else page.table
        qtbot.wait(50)
        header = table.horizontalHeader()
        shown = sum(header.sectionSize(i) for i in range(header.count()))
        assert shown <= table.viewport().width(), table.objectName()
        tables[tab] = table
    recipes, labels = tables["menus"], tables["labels"]
    state = labels.model().index(1, 3)
    needed = labels.fontMetrics().boundingRect(state.data()).width()
    assert labels.columnWidth(3) * labels.rowHeight(1) >= needed * labels.fontMetrics().height()
    name = recipes.model().index(0, 0)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()
