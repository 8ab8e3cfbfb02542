"""The attendance grid's columns are as wide as their dates, in large mode too (a fixed width let
"12/09" run into "13/09")."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from app.db import Database
from app.ui.context import AppContext
from app.ui.large_mode import apply_large_mode
from app.ui.main_window import MainWindow


@pytest.mark.parametrize("large", [False, True])
def test_every_mornings_date_fits_its_column(qtbot, qapp, tmp_path, _demo_template, large):
    path = shutil.copyfile(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 14)))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    apply_large_mode(qapp, large)
    try:
        window.open_tab("schedule")
        tab = window.page("schedule")
        tab.views.setCurrentWidget(tab.attendance_page)
        qtbot.wait(50)
        grid, model = tab.attendance_view, tab.attendance_model
        header = grid.horizontalHeader()
        metrics = header.fontMetrics()
        mornings = len(model.grid.mornings)
        assert mornings > 20
        for column in range(mornings):
            text = str(model.headerData(column, header.orientation()))
            widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
            assert header.sectionSize(column) > widest, (column, text)
    finally:
        apply_large_mode(qapp, False)
        database.close()
