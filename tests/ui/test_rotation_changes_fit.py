"""Rotation › Changements at 1366×768 in large Arabic: the history's half of the splitter is too
narrow for the "before → after" names and the reasons, which are elided; each such cell's tooltip
holds its whole text, so nothing is out of reach."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.i18n import without_isolates
from app.ui.language import apply_language
from app.ui.large_mode import apply_large_mode

BEFORE_AFTER, REASON = 3, 4


def test_every_change_s_names_and_reason_fit_or_show_in_full_on_hover(
    laptop_demo_window, qtbot, qapp
):
    window = laptop_demo_window
    window.resize(1366, 768)
    apply_language(qapp, "ar")
    apply_large_mode(qapp, True)
    try:
        window.open_tab("rotation")
        tab = window.page("rotation")
        tab.history.setCurrentIndex(1)
        qtbot.wait(50)
        table = tab.changes_table
        model, header = table.model(), table.horizontalHeader()
        metrics = table.fontMetrics()
        assert model.rowCount() > 0
        cut = 0
        for row in range(model.rowCount()):
            for column in (BEFORE_AFTER, REASON):
                index = model.index(row, column)
                shown = without_isolates(index.data())
                if not shown:
                    continue
                if metrics.horizontalAdvance(shown) + 8 > header.sectionSize(column):
                    cut += 1
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    assert tip and without_isolates(tip) == shown, (row, column, shown)
        assert cut > 0  # the case this test is for: some cells are cut at this size
    finally:
        apply_language(qapp, "fr")
