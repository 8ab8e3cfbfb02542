"""The attendance grid's columns are as wide as their dates, in large mode too (a fixed width let
"12/09" run into "13/09"), and as their cells: set from the fonts, not measured over the cells."""

from __future__ import annotations

import pytest

from app.ui.large_mode import apply_large_mode


@pytest.mark.parametrize("large", [False, True])
def test_every_mornings_date_fits_its_column(laptop_demo_window, qtbot, qapp, large):
    window = laptop_demo_window
    apply_large_mode(qapp, large)
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
    cells = grid.fontMetrics()
    for column in range(model.columnCount()):  # the statuses, the hours and the rate fit too
        texts = [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
        widest = max(cells.horizontalAdvance(text) for text in texts)
        assert header.sectionSize(column) > widest, (column, texts)
    assert any(model.index(row, mornings).data() for row in range(model.rowCount()))
