"""The "Comment faire ?" panel: F1 shows the current tab's steps and picture, and the shortcuts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.ui.context import AppContext
from app.ui.help.content import topics
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS


def test_every_tab_has_three_to_five_steps_and_a_shipped_picture():
    help_topics = topics()
    assert set(help_topics) == {spec.name for spec in TABS}
    for name, topic in help_topics.items():
        assert 3 <= len(topic.steps) <= 5, name
        assert topic.picture.exists(), topic.picture
        assert topic.picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_f1_toggles_the_panel_which_follows_the_tab(qtbot, demo_db):
    window = MainWindow(AppContext(demo_db, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    panel = window.help_panel
    assert not panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert panel.isVisible()
    text = panel.browser.toPlainText()
    assert topics()["today"].steps[0] in text
    assert "Raccourcis clavier" in text and "Ctrl+Z" in text
    window.open_tab("labels")
    assert topics()["labels"].steps[0] in panel.browser.toPlainText()
    assert "<img" in panel.browser.toHtml()
    assert "Ctrl+P" in panel.browser.toPlainText()  # the tab's own shortcut
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert not panel.isVisible()
    window.open_tab("sales")  # F1 counts the first product there: help is Ctrl+F1
    assert [k.toString() for k in panel.toggle_action.shortcuts()] == ["Ctrl+F1"]
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    assert panel.isVisible()
    assert panel.toggle_action in window.help_menu.actions()
    window.close()


def test_the_hidden_panel_writes_its_page_only_when_shown(qtbot, demo_db, monkeypatch):
    """Every tab change wrote the panel's page (topics, pictures, every action's shortcut), shown
    or not; hidden, it now only follows the tab's keys, and writes the page when shown."""
    from app.ui.help.dock import HelpDock

    written = []
    page_html = HelpDock.page_html
    monkeypatch.setattr(
        HelpDock, "page_html", lambda self, name: written.append(name) or page_html(self, name)
    )
    window = MainWindow(AppContext(demo_db, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.show()
    for name in ("schedule", "menus", "sales"):
        window.open_tab(name)
    assert written == []
    assert [k.toString() for k in window.help_panel.toggle_action.shortcuts()] == ["Ctrl+F1"]
    window.help_panel.toggle_action.trigger()  # Aide › Comment faire ?
    assert written == ["sales"]
    window.open_tab("labels")  # shown: it follows the tab at once
    assert written == ["sales", "labels"]
    assert topics()["labels"].steps[0] in window.help_panel.browser.toPlainText()
    window.help_panel.toggle_action.trigger()
    window.open_tab("today")
    assert written == ["sales", "labels"]
    window.close()
