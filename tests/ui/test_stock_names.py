"""The stock dialog in large mode on the laptop: the ingredients' names are read whole. The two
tables shared the width half and half and their name and lot columns shared their table's room,
so the demo's "Cacao en poudre non sucré" was cut in French, and in Dutch "Dattes dénoyautées"
read "Dattes …" and "Noix de coco râpée" "Noix de coco …"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from app.ui.dialog_catalogue import DIALOGS, show_as_on_the_laptop
from app.ui.large_mode import apply_large_mode


def test_the_ingredients_names_are_whole_in_large_mode(laptop_demo_window, qapp, qtbot):
    apply_large_mode(qapp, True)
    dialog = DIALOGS["StockDialog"][1](laptop_demo_window)
    qtbot.addWidget(dialog)
    show_as_on_the_laptop(dialog)
    QApplication.processEvents()
    table, model = dialog.ingredients_table, dialog.ingredients
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"Dattes dénoyautées", "Noix de coco râpée"} <= names
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
    room = table.horizontalHeader().sectionSize(0)
    cut = [name for name in names if table.fontMetrics().horizontalAdvance(name) + margin > room]
    assert cut == []
    lot = table.horizontalHeader().sectionSize(1)
    assert table.fontMetrics().horizontalAdvance("DAT-2210-03") < lot, "a supplier's lot whole"
    assert table.horizontalScrollBar().maximum() == 0
    assert dialog.ingredients.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
