"""Every tab, every inner page: an interactive widget without an accessible name fails the test."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

from app.db import Database
from app.demo.evaluations import DEMO_PIN
from app.services.evaluations import pin as evaluation_pin
from app.ui.accessibility import describe, unnamed_widgets
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS

PIN = "2468"


@pytest.fixture
def window(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    with database.session() as session:
        evaluation_pin.set_pin(session, PIN, PIN, old_pin=DEMO_PIN)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    yield window
    window.close()
    database.close()


def walk(window, page: QWidget, where: str) -> list[str]:
    """Unnamed widgets on `page`, then on every page of its inner tab widgets, in turn."""
    found = [f"{where}: {describe(w)}" for w in unnamed_widgets(page)]
    for inner in page.findChildren(QTabWidget):
        if not inner.isVisibleTo(page):
            continue
        for index in range(inner.count()):
            inner.setCurrentIndex(index)
            found += [
                f"{where} > {inner.tabText(index)}: {describe(w)}"
                for w in unnamed_widgets(inner.widget(index))
            ]
    return sorted(set(found))


def unlock_evaluations(qtbot, page) -> None:
    panel = page.pin_panel
    qtbot.keyClicks(panel.pin, PIN)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)


def test_every_interactive_widget_of_every_tab_has_a_name(qtbot, window):
    problems = [f"main window: {describe(w)}" for w in unnamed_widgets(window.centralWidget())]
    for spec in TABS:
        window.open_tab(spec.name)
        page = window.page(spec.name)
        qtbot.wait(1)
        problems += walk(window, page, spec.name)
        if spec.name == "evaluations":
            assert page.is_locked()
            unlock_evaluations(qtbot, page)
            assert not page.is_locked(), "the test PIN did not open the evaluations"
            problems += walk(window, page, "evaluations (unlocked)")
    assert problems == [], "\n".join(problems)


def test_the_walk_finds_an_unnamed_field(qtbot, window):
    page = window.page("today")
    lonely = QLineEdit(page)
    lonely.setObjectName("lonely")
    lonely.show()
    assert lonely in unnamed_widgets(page)
    lonely.setAccessibleName("Nom")
    assert lonely not in unnamed_widgets(page)
