"""Nothing typed is lost at a language switch: every field of every page, the inner tab shown, the
row picked and the cohort come back in the new window (app/ui/typed_fields.py), without a
question, and the database is not touched by the switch."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
)

from app.demo.evaluations import DEMO_PIN
from app.ui import language, typed_fields
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS
from tests.ui.helpers import type_text

LEFT = Qt.MouseButton.LeftButton
TAB_NAMES = {"menus_pages", "sales_pages", "evaluation_pages", "coop_life_pages", "members_pages"}
PIN = DEMO_PIN


@pytest.fixture
def demo_window(laptop_demo_window, qapp, monkeypatch):
    """The main window on a copy of the demo (tests/ui/conftest.py); no question may be asked (a
    test fails if one is); French again afterwards, every window the switches made closed."""

    def asked(*_args, **_kwargs):
        raise AssertionError("a question was asked")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, asked)
    yield laptop_demo_window
    language.apply_language(qapp, "fr")
    replacement = getattr(laptop_demo_window, "replacement", None)
    while replacement is not None:
        replacement.close()
        replacement.deleteLater()
        replacement = getattr(replacement, "replacement", None)


def switch(window, code: str = "nl") -> MainWindow:
    """Affichage › Langue › `code`, through the menu's action; the new window."""
    window.findChild(type(window.language_actions[code]), f"language_{code}").trigger()
    new = window.replacement
    assert new is not window and new.isVisible()
    return new


def database_rows(window) -> list[str]:
    """Every row of the database, as SQL, to tell that nothing was written."""
    connection = sqlite3.connect(window.ctx.db.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def unlock_evaluations(qtbot, page) -> None:
    panel = page.pin_panel
    panel.pin.clear()
    qtbot.keyClicks(panel.pin, PIN)
    if panel.repeat.isVisible():  # no PIN yet in the demo: she chooses it
        qtbot.keyClicks(panel.repeat, PIN)
    qtbot.mouseClick(panel.open_button, LEFT)
    assert not page.is_locked()


def open_inner_tabs(page) -> None:
    """Every inner tab of the page (built then), as a person looking around."""
    for _ in range(3):  # inner tabs inside inner tabs
        for tabs in page.findChildren(QTabWidget):
            for inner in range(tabs.count()):
                tabs.setCurrentIndex(inner)


def open_everything(qtbot, window) -> None:
    """Every tab, and every inner tab of each."""
    for index, spec in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        page = window.current_page()
        if spec.name == "evaluations":
            unlock_evaluations(qtbot, page)
        open_inner_tabs(page)
        QApplication.processEvents()


def fields_to_type_in(page) -> dict:
    """The page's fields a person types in or picks from (rows and inner tabs apart)."""
    return {
        key: field
        for key, field in typed_fields.editable_fields(page, page.fields_not_kept()).items()
        if not isinstance(field, (QTabWidget, QAbstractItemView))
    }


def change(qtbot, field, n: int) -> None:
    """Something a person could type or pick, unlike what the field held."""
    if isinstance(field, QLineEdit):
        field.setFocus()
        field.selectAll()
        type_text(qtbot, field, f"{n}{n}")
    elif isinstance(field, (QPlainTextEdit, QTextEdit)):
        field.setPlainText(f"texte {n}")
    elif isinstance(field, QDateTimeEdit):
        field.setDateTime(
            field.dateTime().addDays(3 if field.dateTime() < field.maximumDateTime() else -3)
        )
    elif isinstance(field, (QSpinBox, QDoubleSpinBox)):
        field.setValue(field.value() + 1 if field.value() < field.maximum() else field.minimum())
    elif isinstance(field, QAbstractSpinBox):
        field.stepUp()
    elif isinstance(field, QComboBox):
        if field.count() > 1:
            field.setCurrentIndex((field.currentIndex() + 1) % field.count())
    elif isinstance(field, QAbstractButton):
        field.setChecked(not field.isChecked())


def test_every_field_of_every_page_survives_a_switch(qtbot, demo_window):
    """Each editable field of each page in the demo (listed, so a new field is covered) is
    changed, the language switched through the menu: every value is in the new window."""
    window = demo_window
    open_everything(qtbot, window)
    changed: dict[str, set[str]] = {}
    before: dict[str, dict] = {}
    for n, page in enumerate(window.pages):
        window.tabs.setCurrentIndex([s.name for s in TABS].index(page.objectName()))
        if page.objectName() == "evaluations":
            unlock_evaluations(qtbot, page)
        fields = fields_to_type_in(page)
        original = {key: typed_fields.value_of(field) for key, field in fields.items()}
        for m, (key, field) in enumerate(fields.items()):
            live = typed_fields.editable_fields(page).get(key)  # a choice may have refilled it
            if live is not None:
                change(qtbot, live, 10 * n + m)
        now = typed_fields.take(page, page.fields_not_kept())
        changed[page.objectName()] = {k for k in original if k in now and now[k] != original[k]}
        before[page.objectName()] = now
    names = [page.objectName() for page in window.pages]
    assert names == [spec.name for spec in TABS]
    assert sum(len(keys) for keys in changed.values()) >= 40  # the demo's fields, typed in
    assert unnamed_fields(before) == []
    window.tabs.setCurrentIndex(0)
    rows = database_rows(window)

    new = switch(window)

    assert database_rows(new) == rows
    lost = {}
    for name in names:
        new.tabs.setCurrentIndex([s.name for s in TABS].index(name))
        page = new.page(name)
        if name == "evaluations":
            unlock_evaluations(qtbot, page)
        shown = typed_fields.take(page, page.fields_not_kept())
        inner_tabs = {k: v for k, v in before[name].items() if k.rsplit("/", 1)[-1] in TAB_NAMES}
        assert {k: shown.get(k) for k in inner_tabs} == inner_tabs  # the inner tabs shown
        open_inner_tabs(page)  # the other inner pages get their fields when first shown
        after = typed_fields.take(page, page.fields_not_kept())
        lost[name] = sorted(key for key in changed[name] if after.get(key) != before[name][key])
    assert lost == {name: [] for name in names}
    assert database_rows(new) == rows  # nothing written by the switch nor by the putting back


def unnamed_fields(kept: dict[str, dict]) -> list[str]:
    """The fields known by their kind and rank only (`QCheckBox0`): a field moved among its
    unnamed siblings would come back in another's place."""
    return [
        f"{page}: {key}"
        for page, keys in kept.items()
        for key in keys
        if re.fullmatch(r"Q[A-Za-z]+\d+", key.rsplit("/", 1)[-1].split("#")[0])
    ]


def find(window, kind, name: str):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def selected_row(view) -> int:
    return view.currentIndex().row()


def test_a_search_an_inner_tab_and_a_row_come_back_on_the_menus_tab(qtbot, demo_window):
    """Recipes searched, ingredients shown with the inactive ones, one ingredient picked: after
    the switch the same tab, inner tab, search, filter and row, the rows filtered as before."""
    window = demo_window
    window.open_tab("menus")
    type_text(qtbot, find(window, QLineEdit, "recipes_search"), "sou")
    recipes = find(window, QAbstractItemView, "recipes_table")
    shown_recipes = recipes.model().rowCount()
    window.page("menus").pages.setCurrentIndex(1)
    qtbot.mouseClick(find(window, QAbstractButton, "ingredients_show_inactive"), LEFT)
    ingredients = find(window, QAbstractItemView, "ingredients_table")
    ingredients.setCurrentIndex(ingredients.model().index(3, 0))
    picked = ingredients.model().index(3, 0).data()

    new = switch(window, "en")

    assert new.tabs.currentIndex() == [s.name for s in TABS].index("menus")
    assert new.page("menus").pages.currentIndex() == 1
    assert find(new, QAbstractButton, "ingredients_show_inactive").isChecked()
    new_ingredients = find(new, QAbstractItemView, "ingredients_table")
    assert selected_row(new_ingredients) == 3
    assert new_ingredients.currentIndex().data() == picked
    new.page("menus").pages.setCurrentIndex(0)  # the recipes: her search there when she looks
    assert find(new, QLineEdit, "recipes_search").text() == "sou"
    assert find(new, QAbstractItemView, "recipes_table").model().rowCount() == shown_recipes


def test_what_was_typed_on_the_sales_pages_comes_back(qtbot, demo_window):
    """A tap, the scanner box, then a movement being typed on "Fin de journée": the tap was
    stored, the text is in the new window, on the same day's page, not added (nothing written
    by the switch)."""
    window = demo_window
    window.open_tab("sales")
    tab = window.page("sales")
    day = tab.current_event().id
    qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)  # a tap is stored at once
    sold = tab.tally.count_labels[0].text()
    type_text(qtbot, tab.tally.scan, "5412345")
    tab.pages.setCurrentWidget(tab.closing)
    type_text(qtbot, tab.closing.movement_amount, "-3,50")
    tab.closing.movement_reason.setFocus()
    type_text(qtbot, tab.closing.movement_reason, "sel oublié")
    assert QApplication.focusWidget() is tab.closing.movement_reason
    rows = database_rows(window)

    new = switch(window, "ar")

    new_tab = new.page("sales")
    assert new.focusWidget() is new_tab.closing.movement_reason, new.focusWidget()  # her cursor
    assert new_tab.current_event().id == day
    assert new_tab.pages.currentWidget() is new_tab.closing
    assert new_tab.closing.movement_amount.text() == "-3,50"
    assert new_tab.closing.movement_reason.text() == "sel oublié"
    new_tab.pages.setCurrentWidget(new_tab.tally)
    assert new_tab.tally.scan.text() == "5412345"
    assert new_tab.tally.count_labels[0].text() == sold
    assert database_rows(new) == rows


def test_the_cohort_a_search_and_the_member_picked_come_back(qtbot, demo_window):
    """Another cohort picked, a member searched and picked on the Members tab, then a second
    switch from the new window: each time the same cohort, search and member."""
    window = demo_window
    window.cohort_box.setCurrentIndex(window.cohort_box.findText("Coopérative 1"))
    cohort = window.ctx.cohort_id
    window.open_tab("members")
    members = window.page("members")
    type_text(qtbot, members.search, "a")
    members.table.setCurrentIndex(members.table.model().index(1, 0))
    name = members.table.currentIndex().data()

    for code in ("nl", "fr"):
        window = switch(window, code)
        members = window.page("members")
        assert window.cohort_box.currentText() == "Coopérative 1"
        assert window.ctx.cohort_id == cohort
        assert window.tabs.currentWidget().isAncestorOf(members)
        assert members.search.text() == "a"
        assert members.table.currentIndex().data() == name


def test_a_tab_not_shown_before_the_switch_gets_its_text_when_first_shown(qtbot, demo_window):
    """Typed on Vie coopérative, then back to Aujourd'hui: the new window builds Vie coopérative
    only when she opens it, with her text in it."""
    window = demo_window
    window.open_tab("coop_life")
    type_text(qtbot, find(window, QLineEdit, "decision_search"), "budget")
    window.open_tab("today")

    new = switch(window, "en")

    assert [page.objectName() for page in new.pages] == ["today"]
    new.open_tab("coop_life")
    assert find(new, QLineEdit, "decision_search").text() == "budget"


def test_the_labels_typed_and_the_coordinator_s_comment_come_back(qtbot, demo_window):
    """Numbers of labels typed in the table and a lot number on Étiquettes; a report's comment
    typed behind the PIN on Évaluations: after the switch the labels as typed, and the comment
    once the PIN is given again (nothing shows behind the lock)."""
    window = demo_window
    window.open_tab("labels")
    labels = window.page("labels")
    recipe = labels.model.row_at(2).recipe_id
    labels.model.setData(labels.model.index(2, labels_count_column()), 12)
    type_text(qtbot, find(window, QLineEdit, "lot"), "L-0412")
    window.open_tab("evaluations")
    evaluations = window.page("evaluations")
    unlock_evaluations(qtbot, evaluations)
    evaluations.pages.setCurrentIndex(2)
    comment = find(window, QPlainTextEdit, "report_comment")
    comment.setFocus()
    type_text(qtbot, comment, "Progrès nets")

    new = switch(window, "nl")

    new_evaluations = new.page("evaluations")
    assert new_evaluations.is_locked()
    unlock_evaluations(qtbot, new_evaluations)
    assert new_evaluations.pages.currentIndex() == 2
    assert find(new, QPlainTextEdit, "report_comment").toPlainText().endswith("Progrès nets")
    new.open_tab("labels")
    assert new.page("labels").model.count(recipe) == 12
    assert find(new, QLineEdit, "lot").text() == "L-0412"


def labels_count_column() -> int:
    from app.ui.labels.model import COUNT_COLUMN

    return COUNT_COLUMN


def test_fields_are_keyed_by_their_names_and_a_pin_is_never_kept(qtbot):
    """On a small page: named fields under their named ancestors, an inner tab page by its
    index, unnamed fields by kind and rank; a password box left out; put back in a page built
    the same way, the inner page shown last."""
    from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

    def build() -> QWidget:
        page = QWidget()
        tabs = QTabWidget()
        tabs.setObjectName("inner")
        first, second = QWidget(), QWidget()
        second.setObjectName("second")
        search = QLineEdit()
        search.setObjectName("search")
        QVBoxLayout(first).addWidget(QCheckBox("a"))
        first.layout().addWidget(QCheckBox("b"))
        QVBoxLayout(second).addWidget(search)
        tabs.addTab(first, "1")
        tabs.addTab(second, "2")
        secret = QLineEdit()
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QVBoxLayout(page)
        layout.addWidget(tabs)
        layout.addWidget(secret)
        qtbot.addWidget(page)
        return page

    old = build()
    old.findChildren(QCheckBox)[1].setChecked(True)
    old.findChild(QLineEdit, "search").setText("sel")
    old.findChildren(QLineEdit)[-1].setText("1234")
    old.findChild(QTabWidget).setCurrentIndex(1)
    kept = typed_fields.take(old)
    assert kept == {
        "inner": 1,
        "inner#0/QCheckBox0": False,
        "inner#0/QCheckBox1": True,
        "inner#1/second/search": "sel",
    }
    new = build()
    assert typed_fields.put_back(new, kept | {"gone": "x"}) == ["gone"]
    ticked = new.findChildren(QCheckBox)[1]
    assert not ticked.isChecked()  # its page not shown yet: waiting,
    assert typed_fields.take(new) == kept  # and handed on by a switch meanwhile
    new.findChild(QTabWidget).setCurrentIndex(0)  # shown: its fields as they were
    assert ticked.isChecked()
    assert typed_fields.take(new) == kept | {"inner": 0}
    assert new.findChildren(QLineEdit)[-1].text() == ""


def test_an_observation_sheet_being_filled_comes_back_after_the_pin(qtbot, demo_window):
    """Coopérative 1's grid: a member picked, a level and a comment entered on her sheet, not
    saved; after the switch and the PIN: the same member's sheet with them, still to be saved."""
    window = demo_window
    window.cohort_box.setCurrentIndex(window.cohort_box.findText("Coopérative 1"))
    window.open_tab("evaluations")
    evaluations = window.page("evaluations")
    unlock_evaluations(qtbot, evaluations)
    grid = evaluations.grid_page
    grid.member.setCurrentIndex(2)
    member = grid.member.currentText()
    level = grid.sheet.cellWidget(1, 1)  # the widgets now in the sheet (a reload replaces them)
    level.setCurrentIndex(level.count() - 1)
    comment = grid.sheet.cellWidget(2, 2)
    comment.setFocus()
    type_text(qtbot, comment, "goûte avant de saler")
    unsaved = grid._changed_ratings(grid.sheet_ratings())
    assert len(unsaved) == 2
    rows = database_rows(window)

    new = switch(window, "en")

    new_evaluations = new.page("evaluations")
    unlock_evaluations(qtbot, new_evaluations)
    new_grid = new_evaluations.grid_page
    assert new_grid.member.currentText() == member
    assert new_grid.sheet.cellWidget(2, 2).text().endswith("goûte avant de saler")
    assert new_grid._changed_ratings(new_grid.sheet_ratings()) == unsaved
    assert database_rows(new) == rows


def test_text_on_an_inner_page_not_opened_since_survives_a_second_switch(qtbot, demo_window):
    """Typed on the Members list, the directory shown, switched twice without going back to
    the list: the search is there when she does."""
    window = demo_window
    window.open_tab("members")
    type_text(qtbot, window.page("members").search, "ma")
    window.page("members").pages.setCurrentIndex(1)

    new = switch(switch(window, "en"), "ar")

    members = new.page("members")
    assert members.pages.currentIndex() == 1
    members.pages.setCurrentIndex(0)
    assert members.search.text() == "ma"


def test_a_number_typed_in_a_table_cell_still_being_edited_comes_back(qtbot, demo_window):
    """Étiquettes: a number of labels typed in its cell, the cell's editor still open (not
    confirmed by Entrée) when she switches: the number is in the new window's table."""
    from app.ui.labels.model import COUNT_COLUMN

    window = demo_window
    window.open_tab("labels")
    labels = window.page("labels")
    recipe = labels.model.row_at(1).recipe_id
    index = labels.model.index(1, COUNT_COLUMN)
    labels.table.setCurrentIndex(index)
    labels.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QAbstractSpinBox | QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "9")

    new = switch(window, "en")

    assert new.page("labels").model.count(recipe) == 9


def test_inner_tabs_inside_a_lazy_inner_page_come_back(qtbot):
    """An inner page built when first shown (`LazyPages`) holding tabs of its own: the page, its
    tab and the text on it come back, and the text on its other tab when that one is shown."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from app.ui.lazy_pages import LazyPage, LazyPages

    def nested() -> QWidget:
        holder = QWidget()
        holder.setObjectName("holder")
        tabs = QTabWidget()
        tabs.setObjectName("nested")
        for name in ("a", "b"):
            edit = QLineEdit()
            edit.setObjectName(name)
            tabs.addTab(edit, name)
        QVBoxLayout(holder).addWidget(tabs)
        return holder

    def build() -> QWidget:
        page = QWidget()
        outer = QTabWidget()
        outer.setObjectName("outer")
        page.lazy = LazyPages(outer, (LazyPage("one", "1", QWidget), LazyPage("two", "2", nested)))
        QVBoxLayout(page).addWidget(outer)
        qtbot.addWidget(page)
        return page

    old = build()
    old.findChild(QTabWidget, "outer").setCurrentIndex(1)
    old.findChild(QLineEdit, "a").setText("premier")
    old.findChild(QTabWidget, "nested").setCurrentIndex(1)
    old.findChild(QLineEdit, "b").setText("second")
    kept = typed_fields.take(old)

    new = build()
    assert new.findChild(QTabWidget, "nested") is None  # not built yet
    typed_fields.put_back(new, kept)
    assert new.findChild(QTabWidget, "outer").currentIndex() == 1
    assert new.findChild(QTabWidget, "nested").currentIndex() == 1
    assert new.findChild(QLineEdit, "b").text() == "second"
    new.findChild(QTabWidget, "nested").setCurrentIndex(0)
    assert new.findChild(QLineEdit, "a").text() == "premier"
