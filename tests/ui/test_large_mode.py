"""The large mode: every button, field and list in every tab is at least 44 px high; saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from app.db import Database
from app.ui import view_menu
from app.ui.context import AppContext
from app.ui.dialogs import FormDialog
from app.ui.large_mode import FONT_SCALE, MIN_TARGET, apply_large_mode, follow_large_mode
from app.ui.main_window import MainWindow
from app.ui.settings import ui_settings
from app.ui.style import LARGE_PROPERTY
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
                height = shown_height(widget)
                if min(height, widget.maximumHeight()) < MIN_TARGET:
                    small.append(f"{spec.name}: {kind.__name__} {widget.objectName()} {height}px")
    return small


def shown_height(widget) -> int:
    """The height `widget` has on screen, or asks for when the page that holds it is shown (a
    page out of sight takes the mode's sizes when it is next shown)."""
    if widget.isVisible():
        return widget.height()
    root = widget
    while not root.isWindow() and not root.parentWidget().isVisible():
        root = root.parentWidget()
    root.show()
    try:
        return widget.sizeHint().expandedTo(widget.minimumSize()).height()
    finally:
        root.hide()


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
    normal = least_height(plus), plus.font().pointSizeF()
    assert normal[0] >= 100
    demo_window.large_mode_action.setChecked(True)
    qtbot.wait(10)
    large = least_height(plus), plus.font().pointSizeF()
    assert large[0] > normal[0] * 1.2 and large[1] > normal[1] * 1.2
    demo_window.large_mode_action.setChecked(False)
    qtbot.wait(10)
    assert least_height(plus) == normal[0]


def least_height(widget) -> int:
    return max(widget.minimumHeight(), widget.minimumSizeHint().height())


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


@pytest.mark.parametrize("tab", ["today", "sales"])
def test_every_visible_widget_font_grows_at_once_and_shrinks_back(demo_window, qtbot, tab):
    """The switch reaches every widget on screen, those with a role's font (the delegate's name,
    titles, the tally's buttons and counts) too; switching back gives each its font back."""
    demo_window.open_tab(tab)
    qtbot.wait(10)
    shown = [w for w in demo_window.findChildren(QWidget) if w.isVisible()]
    assert len(shown) > 40
    before = [w.font().pointSizeF() for w in shown]
    assert len(set(before)) > 2, "role fonts of several sizes (the test can fail)"

    def not_scaled(scale: float) -> list[str]:
        return [
            f"{type(w).__name__} {w.objectName()}: {w.font().pointSizeF()} for {size}"
            for w, size in zip(shown, before, strict=True)
            if w.font().pointSizeF() != pytest.approx(size * scale, abs=0.05)
        ]

    demo_window.large_mode_action.setChecked(True)
    qtbot.wait(1)  # Qt hands the new application font on from the event loop
    assert not_scaled(FONT_SCALE) == []
    demo_window.large_mode_action.setChecked(False)
    qtbot.wait(1)
    assert not_scaled(1.0) == []


def test_a_window_opened_in_large_mode_has_large_targets(qtbot, qapp, tmp_path, _demo_template):
    """The app starts in the saved large mode before its window exists."""
    import shutil

    apply_large_mode(qapp, True)
    database = Database.open(shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3"))
    try:
        window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
        qtbot.addWidget(window)
        window.show()
        qtbot.wait(10)
        assert small_targets(window) == []
    finally:
        apply_large_mode(qapp, False)
        database.close()


class _FourFields(FormDialog):
    def __init__(self, parent):
        super().__init__(lambda typed: typed, parent)
        self.fields = [QLineEdit() for _ in range(4)]
        rows = [(f"field_{i}", f"Champ {i}", field) for i, field in enumerate(self.fields)]
        self.lay_out(self.add_rows(QFormLayout(), rows))


def test_a_form_dialog_opened_in_large_mode_has_room_for_its_large_fields(qtbot, qapp):
    """Its fields were polished outside the window (when their scrolling area was built) and
    again inside it, with the large targets: the dialog sizes itself on the large ones (it
    opened too short for them, with a scroll bar over its fields, before the event loop's turn
    that lays them out again)."""
    apply_large_mode(qapp, True)
    try:
        owner = QWidget()
        follow_large_mode(owner)
        qtbot.addWidget(owner)
        dialog = _FourFields(owner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(10)
        area = dialog.findChild(QScrollArea)
        assert [field.height() >= MIN_TARGET for field in dialog.fields] == [True] * 4
        assert area.widget().height() <= area.viewport().height()
        assert not area.verticalScrollBar().isVisible()
    finally:
        apply_large_mode(qapp, False)


def _message_box_opened_with_no_parent(qtbot, qapp) -> tuple[object, list[int]]:
    """(the box's large-mode mark, the heights of its buttons) of QMessageBox.information
    opened with no parent, as the start's messages are, before the main window."""
    seen = []

    def look() -> None:
        box = qapp.activeModalWidget()
        seen.append((box.property(LARGE_PROPERTY), [b.height() for b in box.buttons()]))
        box.accept()

    QTimer.singleShot(50, look)
    QMessageBox.information(None, "Déjà ouverte", "Utilisez la fenêtre déjà ouverte.")
    qtbot.waitUntil(lambda: seen != [])
    return seen[0]


def test_a_message_box_with_no_parent_follows_the_large_mode(qtbot, qapp):
    apply_large_mode(qapp, True)
    try:
        mark, heights = _message_box_opened_with_no_parent(qtbot, qapp)
        assert mark is True
        assert heights and min(heights) >= MIN_TARGET
    finally:
        apply_large_mode(qapp, False)
    mark, heights = _message_box_opened_with_no_parent(qtbot, qapp)
    assert not mark and max(heights) < MIN_TARGET  # the normal mode's (the test can fail)
