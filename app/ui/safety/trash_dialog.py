"""The "Corbeille" dialog: what was deleted in the last 30 days; restore it or delete for good."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from app.i18n import fill, format_date, format_datetime
from app.services.errors import ValidationError
from app.services.safety import trash
from app.services.safety.trash import TrashEntry
from app.ui.areas import Area
from app.ui.row_model import Column, RowModel
from app.ui.style import chars, lines
from app.ui.table_view import read_only_table, select_row
from app.ui.widgets import button

AREA_OF_TABLE = {
    "person": Area.PEOPLE,
    "cohort": Area.COHORTS,
    "recipe": Area.MENUS,
    "ingredient": Area.MENUS,
    "menu": Area.MENUS,
    "customer_order": Area.MENUS,
    "tasting": Area.TASTINGS,
    "tasting_question": Area.TASTINGS,
    "tasting_form": Area.TASTINGS,
    "sales_event": Area.SALES,
    "morning": Area.SCHEDULE,
    "subgroup": Area.SCHEDULE,
    "module": Area.SCHEDULE,
    "decision": Area.DECISIONS,
    "group_document": Area.DECISIONS,
    "circle": Area.CIRCLES,
}


_ROOT = QModelIndex()
PAGE = 100  # items read at a time: the first page shows at once, the next ones as she scrolls


class TrashPages(RowModel):
    """The trash read a page at a time (`canFetchMore`/`fetchMore`, asked by the view when its
    last rows come into sight): ten thousand items are not read to show the first twenty."""

    def __init__(self, columns, read_page, parent=None):
        super().__init__(columns, parent=parent)
        self._read_page = read_page  # (offset, limit) -> list of TrashEntry
        self._complete = True

    def reload(self) -> None:
        first = self._read_page(0, PAGE)
        self._complete = len(first) < PAGE
        self.set_rows(first)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 (Qt's name)
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 (Qt's name)
        if not self.canFetchMore(parent):
            return
        page = self._read_page(len(self._rows), PAGE)
        self._complete = len(page) < PAGE
        if page:
            self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()


def trash_model(read_page, parent=None) -> TrashPages:
    t = QCoreApplication.translate
    kinds: dict[str, str] = {}  # each kind's name translated once (the list names a few kinds)

    def kind(entry: TrashEntry) -> str:
        if entry.table_name not in kinds:
            kinds[entry.table_name] = entry.kind
        return kinds[entry.table_name]

    return TrashPages(
        [
            Column(t("TrashModel", "Quoi"), lambda entry: entry.label),
            Column(t("TrashModel", "Type"), kind),
            Column(t("TrashModel", "Supprimé le"), lambda entry: format_datetime(entry.deleted_at)),
            Column(t("TrashModel", "Gardé jusqu'au"), lambda entry: format_date(entry.expires_on)),
        ],
        read_page,
        parent=parent,
    )


class TrashDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Corbeille"))
        self.resize(chars(91), lines(23.8))
        intro = QLabel(
            self.tr(
                "Ce qui a été supprimé reste ici 30 jours. Choisissez une ligne pour la restaurer."
            )
        )
        intro.setWordWrap(True)
        self.model = trash_model(self._read_page, self)
        self.table = read_only_table(
            "trash_table", self.tr("Éléments dans la corbeille"), self.model
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("La corbeille est vide."))
        self.restore_button = button(
            self.tr("Restaurer"), "restore_item", self.restore_selected, tall=True
        )
        self.delete_button = button(
            self.tr("Supprimer définitivement"), "delete_forever", self.delete_selected, tall=True
        )
        close = button(self.tr("Fermer"), "close", self.accept, tall=True)
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

    def _read_page(self, offset: int, limit: int) -> list[TrashEntry]:
        with self.ctx.db.session() as session:
            return trash.list_trash(session, limit, offset)

    def refresh(self) -> None:
        self.model.reload()
        self.empty.setVisible(not self.model.rowCount())
        if self.model.rowCount():
            select_row(self.table, 0)
        self._update_buttons()

    def selected(self) -> TrashEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

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
            fill(
                self.tr(
                    "Supprimer définitivement « {label} » ? Ce ne sera plus possible de la "
                    "restaurer."
                ),
                label=entry.label,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            trash.delete_forever(session, entry.id)
        self.refresh()
