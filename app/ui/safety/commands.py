"""Undo for "move to the trash" (undo restores the item, redo puts it back in the trash) and for
"add" (undo puts the new item in the trash, redo restores it): nothing undone is ever lost.

The item may have been restored (or deleted for good) through the Corbeille meanwhile: undo then
has nothing left to do; a refusal (a name taken, a row it needs gone, a recipe now using a new
ingredient) is shown, not raised."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from app.services.errors import NotFound, ValidationError
from app.services.safety import trash


class MoveToTrash(QUndoCommand):
    """Pushed after the item was moved (the first redo does nothing)."""

    def __init__(self, ctx, entry: trash.TrashEntry, area: str):
        text = QCoreApplication.translate("Trash", "Supprimer {label}").format(label=entry.label)
        super().__init__(text)
        self.ctx, self.area = ctx, area
        self.table_name, self.row_id, self.label = entry.table_name, entry.row_id, entry.label
        self.item_id = entry.id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._to_trash()

    def undo(self) -> None:
        self._from_trash()

    def _to_trash(self) -> None:
        try:
            with self.ctx.db.session() as session:
                entry = trash.move_to_trash(session, self.table_name, self.row_id, self.label)
            self.item_id = entry.id
        except NotFound:
            pass  # already gone
        except ValidationError as error:
            self._tell(error.message)
        self.ctx.changed(self.area)

    def _from_trash(self) -> None:
        if self.item_id is None:
            return  # it never went to the trash (the undo was refused)
        try:
            with self.ctx.db.session() as session:
                self.row_id = trash.restore_from_trash(session, self.item_id).row_id
        except NotFound:
            pass  # restored or deleted for good through the Corbeille meanwhile
        except ValidationError as error:
            self._tell(error.message)
        self.ctx.changed(self.area)

    def _tell(self, message: str) -> None:
        QMessageBox.warning(None, QCoreApplication.translate("Trash", "Corbeille"), message)


class Added(MoveToTrash):
    """Pushed after `row_id` of `table_name` was created: undo puts it in the Corbeille, redo
    brings it back (the first redo does nothing)."""

    def __init__(self, ctx, table_name: str, row_id: int, label: str, area: str):
        QUndoCommand.__init__(
            self, QCoreApplication.translate("Trash", "Ajouter {label}").format(label=label)
        )
        self.ctx, self.area = ctx, area
        self.table_name, self.row_id, self.label = table_name, row_id, label
        self.item_id = None
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._from_trash()

    def undo(self) -> None:
        self._to_trash()
