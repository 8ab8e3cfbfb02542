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
