"""The "Corbeille" dialog: what was deleted in the last 30 days, restore it or delete it for good."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.i18n import format_date, format_datetime
from app.services.errors import ValidationError
from app.services.safety import trash
from app.services.safety.trash import TrashEntry
from app.ui.areas import Area

AREA_OF_TABLE = {
    "person": Area.PEOPLE,
    "cohort": Area.COHORTS,
    "recipe": Area.MENUS,
    "ingredient": Area.MENUS,
    "menu": Area.MENUS,
    "customer_order": Area.MENUS,
    "sales_event": Area.SALES,
    "morning": Area.SCHEDULE,
    "module": Area.SCHEDULE,
}


class TrashModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TrashEntry] = []

    def set_rows(self, rows: list[TrashEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Quoi"),
            self.tr("Type"),
            self.tr("Supprimé le"),
            self.tr("Gardé jusqu'au"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.rows[index.row()]
        return (
            entry.label,
            entry.kind,
            format_datetime(entry.deleted_at),
            format_date(entry.expires_on),
        )[index.column()]


class TrashDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Corbeille"))
        self.resize(640, 380)
        intro = QLabel(
            self.tr(
                "Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer."
            )
        )
        intro.setWordWrap(True)
        self.model = TrashModel(self)
        self.table = QTableView()
        self.table.setObjectName("trash_table")
        self.table.setAccessibleName(self.tr("Éléments dans la corbeille"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("La corbeille est vide."))
        self.restore_button = QPushButton(self.tr("Restaurer"))
        self.restore_button.setObjectName("restore_item")
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(self.tr("Supprimer définitivement"))
        self.delete_button.setObjectName("delete_forever")
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Fermer"))
        close.setObjectName("close")
        close.clicked.connect(self.accept)
        for button in (self.restore_button, self.delete_button, close):
            button.setMinimumHeight(36)
            button.setAccessibleName(button.text())
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.model.set_rows(trash.list_trash(session))
        self.empty.setVisible(not self.model.rows)
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> TrashEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            with self.ctx.db.session() as session:
                trash.restore_from_trash(session, entry.id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Restauration impossible"), error.message)
            return
        # a kind of row not listed here: every screen redraws rather than one staying stale
        self.ctx.changed(
            *([AREA_OF_TABLE[entry.table_name]] if entry.table_name in AREA_OF_TABLE else Area)
        )
        self.refresh()

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer définitivement"),
            self.tr(
                "Supprimer définitivement « {label} » ? Ce ne sera plus possible de la restaurer."
            ).format(label=entry.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            trash.delete_forever(session, entry.id)
        self.refresh()
