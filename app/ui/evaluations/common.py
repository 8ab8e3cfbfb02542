"""Small shared pieces of the Evaluations tab: a read-only table model over rows of text, a table
view in the house style, the dialog that starts a campaign, and number formatting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from app.services.evaluations.campaigns import DEFAULT_GRID_DAYS, format_label
from app.ui.dialogs import FormDialog, save_cancel_buttons


def number(value: float | None, decimals: int = 1) -> str:
    """1.5 -> "1,5"; None -> "—" (French decimal comma)."""
    if value is None:
        return "—"
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text[:-2] if decimals and text.endswith(",0") else text


class RowsModel(QAbstractTableModel):
    """Read-only rows of text under headers; `UserRole` of column 0 holds each row's key."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[object] = []

    def set_rows(self, rows: list[list[str]], keys: list[object] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(rows)
        self.endResetModel()

    def key_at(self, row: int):
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return row[index.column()] if 0 <= index.column() < len(row) else ""
        if role == Qt.ItemDataRole.UserRole and index.column() == 0:
            return self._keys[index.row()]
        return None


def table_view(model: RowsModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CampaignDialog(FormDialog):
    """Title, format, first day and number of days of a new evaluation."""

    def __init__(self, save: Callable, today: QDate, kind: str = "grid", parent=None):
        super().__init__(save, parent)
        self.setObjectName("campaign_dialog")
        self.setWindowTitle(self.tr("Nouvelle évaluation"))
        self.setMinimumWidth(420)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for value in ("grid", "self_peer"):
            self.kind.addItem(format_label(value), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.start = QDateEdit(today)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.days = QSpinBox()
        self.days.setRange(1, 30)
        self.days.setValue(DEFAULT_GRID_DAYS)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.days.setEnabled(self.kind.currentData() == "grid")
        )
        self.days.setEnabled(kind == "grid")
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("title", self.tr("Titre *"), self.title),
                ("format", self.tr("Format"), self.kind),
                ("start_date", self.tr("Premier jour"), self.start),
                ("days", self.tr("Nombre de jours de vente"), self.days),
            ),
        )
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def typed(self):
        return (
            self.title.text(),
            self.kind.currentData(),
            self.start.date().toPython(),
            self.days.value(),
        )
