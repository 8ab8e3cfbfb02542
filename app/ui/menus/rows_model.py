"""A read-only table model over rows a service returned, described by columns
(header, text getter, sort key getter); rows flagged by `is_warning` show in red, inactive in grey."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

WARNING_COLOR = "#b00020"
INACTIVE_COLOR = "#777777"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    right: bool = False
    warning: Callable[[Any], bool] | None = None  # this cell in red


class RowsModel(QAbstractTableModel):
    def __init__(
        self, columns: list[Column], is_inactive: Callable[[Any], bool] | None = None, parent=None
    ):
        super().__init__(parent)
        self._columns = columns
        self._rows: list = []
        self._is_inactive = is_inactive

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for index, row in enumerate(self._rows):
            if getattr(row, "id", None) == item_id:
                return index
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            key = column.sort_key(row) if column.sort_key else column.text(row)
            return key.lower() if isinstance(key, str) else key
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.warning is not None and column.warning(row):
                return QBrush(QColor(WARNING_COLOR))
            if self._is_inactive is not None and self._is_inactive(row):
                return QBrush(QColor(INACTIVE_COLOR))
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        return None


def sorted_proxy(model: RowsModel, parent) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def setup_table(table, proxy, name: str, accessible: str) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def selected_row(table, proxy, model: RowsModel):
    indexes = table.selectionModel().selectedRows()
    if not indexes:
        return None
    return model.row_at(proxy.mapToSource(indexes[0]).row())


def select_id(table, proxy, model: RowsModel, item_id: int) -> bool:
    row = model.row_of(item_id)
    if row < 0:
        return False
    table.selectRow(proxy.mapFromSource(model.index(row, 0)).row())
    return True
