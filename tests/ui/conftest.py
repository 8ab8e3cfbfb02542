"""Fixtures shared by the widget tests: the main window on the demo, as on the kitchen laptop."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app.db import Database
from app.ui.context import AppContext
from app.ui.large_mode import apply_large_mode
from app.ui.main_window import MainWindow
from tests.qt_cleanup import delete_closed_widgets

DEMO_TODAY = dt.date(2022, 12, 14)  # a sale day of the demo's second cohort


@pytest.fixture
def laptop_demo_window(qtbot, qapp, tmp_path, _demo_template):
    """The main window on a copy of the demo, on 14/12/2022, at the laptop's 1366×700, shown;
    afterwards normal mode again (a test may switch the large mode on)."""
    path = shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: DEMO_TODAY))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    yield window
    window.close()
    delete_closed_widgets()  # not restyled by the switch back
    apply_large_mode(qapp, False)
    database.close()
