"""What the recipe, menu and order editors share for their lines (one row of widgets each in a
QTableWidget): a list to pick from that finds as you type, whether what is typed is one of its
entries, and the row a widget sits in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QTableWidget, QWidget

from app.ui.folded_completer import find_as_you_type


def type_ahead_picker(choices: Iterable[tuple[str, object]], accessible: str) -> QComboBox:
    """An empty first entry, then (name, id) choices; typing finds the names that contain it,
    case and accents ignored."""
    picker = QComboBox()
    picker.setEditable(True)
    picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    find_as_you_type(picker)
    picker.setAccessibleName(accessible)
    picker.addItem("", None)
    for name, value in choices:
        picker.addItem(name, value)
    return picker


def picked_from_list(picker: QComboBox) -> bool:
    """True when the text shown is the chosen entry's (not something typed over it)."""
    return picker.currentData() is not None and picker.currentText() == picker.itemText(
        picker.currentIndex()
    )


def row_of(table: QTableWidget, widget: QWidget) -> int:
    """The row whose cells hold `widget`, -1 when none does."""
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if table.cellWidget(row, column) is widget:
                return row
    return -1
