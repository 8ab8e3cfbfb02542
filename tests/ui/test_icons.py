"""Icons: one beside every tab and main action, from the bundled Tabler set (MIT)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton

from app.db import Database
from app.ui.context import AppContext
from app.ui.icons import ICONS_DIR, icon, icon_for_name
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS


def test_the_icon_set_ships_with_its_licence(qapp):
    assert "MIT License" in (ICONS_DIR / "LICENSE").read_text()
    for spec in TABS:
        assert (ICONS_DIR / f"{spec.icon}.svg").exists(), spec.name
    assert icon("no-such-icon").isNull()
    assert not icon("plus").isNull()


def test_every_tab_and_main_action_has_an_icon(qtbot, db_path):
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 3)))
    qtbot.addWidget(window)
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull(), window.tabs.tabText(index)
    for action in (
        window.settings_action,
        window.new_cohort_action,
        window.edit_cohort_action,
        window.quit_action,
        window.undo_action,
        window.redo_action,
        window.about_action,
        window.large_mode_action,
    ):
        assert not action.icon().isNull(), action.text()
    window.open_tab("members")
    page = window.page("members")
    for name in ("add_person", "edit_person", "delete_person"):
        assert not page.findChild(QPushButton, name).icon().isNull(), name
    database.close()


def test_button_names_map_to_icons():
    assert icon_for_name("add_expense") == "plus"
    assert icon_for_name("print_day") == "printer"
    assert icon_for_name("tally_undo") == "arrow-back-up"
    assert icon_for_name("close_day") == "lock"
    assert icon_for_name("toggle_active") == ""


def test_icons_are_drawn_in_the_readable_grey(qapp):
    from app.ui.icons import COLOR

    image = icon("plus").pixmap(48, 48).toImage()
    inked = {
        image.pixelColor(x, y).name()
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() > 200
    }
    assert inked == {COLOR}
    for path in ICONS_DIR.glob("*.svg"):
        assert "currentColor" not in path.read_text(), path.name  # Qt would draw it black
