"""Undo for "move to the trash": undo restores the item, redo puts it back in the trash."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import trash


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
        with self.ctx.db.session() as session:
            self.item_id = trash.move_to_trash(session, self.table_name, self.row_id, self.label).id
        self.ctx.changed(self.area)

    def undo(self) -> None:
        with self.ctx.db.session() as session:
            self.row_id = trash.restore_from_trash(session, self.item_id).row_id
        self.ctx.changed(self.area)
