"""One shortcut per action: no key sequence reaches two different actions, on any tab.

The window's menu actions are active everywhere; a tab's own QShortcuts, actions and button
shortcuts are active while the tab is shown. For each tab, shown, every key sequence among them
must belong to one action only. A shortcut that acts only while its widget has the focus (a table's
Enter) clashes with a window-wide one, not with another widget's.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from app.db import Database
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS


@pytest.fixture
def demo_window(qtbot, tmp_path, _demo_template):
    path = shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.show()
    yield window
    database.close()


FOCUS_ONLY = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def bindings(root) -> list[tuple[str, str, object, bool]]:
    """(key sequence, what it does, the object, acts only with the focus) for every shortcut
    under `root`."""
    found = []
    for action in root.findChildren(QAction):
        for key in action.shortcuts():
            focus_only = action.shortcutContext() in FOCUS_ONLY
            found.append((key.toString(), f"action {action.text()!r}", action, focus_only))
    for shortcut in root.findChildren(QShortcut):
        where = f"shortcut under {shortcut.parent().objectName()!r}"
        for key in shortcut.keys():
            found.append((key.toString(), where, shortcut, shortcut.context() in FOCUS_ONLY))
    for button in root.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            found.append((button.shortcut().toString(), f"button {button.text()!r}", button, False))
    return [binding for binding in found if binding[0]]


def clashes(window, tab_name: str) -> list[str]:
    tabs = {spec.name: window.page(spec.name) for spec in TABS if window.page(spec.name)}
    other_tabs = [page for name, page in tabs.items() if name != tab_name]

    def in_other_tab(owner) -> bool:
        parent = owner.parent()
        while parent is not None:
            if parent in other_tabs:
                return True
            parent = parent.parent()
        return False

    window_wide: dict[str, dict[int, str]] = defaultdict(dict)
    with_focus: dict[str, dict[int, str]] = defaultdict(dict)
    for key, what, owner, focus_only in bindings(window):
        if not in_other_tab(owner):
            (with_focus if focus_only else window_wide)[key][id(owner)] = what
    found = []
    for key in sorted(set(window_wide) | set(with_focus)):
        wide, focused = window_wide.get(key, {}), with_focus.get(key, {})
        if len(wide) > 1 or (wide and focused):
            found.append(f"{tab_name}: {key} → {sorted([*wide.values(), *focused.values()])}")
    return found


def test_each_key_sequence_does_one_thing_on_every_tab(demo_window):
    for spec in TABS:
        demo_window.open_tab(spec.name)
    found = []
    for spec in TABS:
        demo_window.open_tab(spec.name)  # some actions change their keys with the tab shown
        found += clashes(demo_window, spec.name)
    assert found == [], "\n".join(found)


def test_the_check_sees_a_clash(demo_window):
    demo_window.open_tab("today")
    page = demo_window.page("today")
    QShortcut(QKeySequence("Ctrl+Shift+S"), page, lambda: None)  # the USB backup's shortcut
    assert any("Ctrl+Shift+S" in clash for clash in clashes(demo_window, "today"))
