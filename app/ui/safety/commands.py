"""Undo for "move to the trash" (undo restores the item, redo puts it back in the trash) and for
"add" (undo puts the new item in the trash, redo restores it): nothing undone is ever lost.

The item may have been restored (or deleted for good) through the Corbeille meanwhile: undo then
has nothing left to do; a refusal (a name taken, a row it needs gone, a recipe now using a new
ingredient) is shown, not raised."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.i18n import fill
from app.services.errors import NotFound, ValidationError
from app.services.safety import trash
from app.ui.areas import Area
from app.ui.undo import DoneCommand


class _TrashCommand(DoneCommand):
    """A row of `table_name` that goes to the Corbeille and comes back from it (`item_id`: its
    entry in the Corbeille while it is there)."""

    def __init__(self, ctx, text: str, area: Area, table_name: str, row_id: int, label: str):
        super().__init__(ctx, text, area)
        self.table_name, self.row_id, self.label = table_name, row_id, label
        self.item_id: int | None = None

    def _to_trash(self, session) -> None:
        self.item_id = trash.move_to_trash(session, self.table_name, self.row_id, self.label).id

    def _from_trash(self, session) -> None:
        if self.item_id is None:
            return  # it never went to the trash (the undo was refused)
        self.row_id = trash.restore_from_trash(session, self.item_id).row_id

    def _refused(self, error: NotFound | ValidationError) -> None:
        if isinstance(error, ValidationError):
            QMessageBox.warning(
                None, QCoreApplication.translate("Trash", "Corbeille"), error.message
            )
        # NotFound: already gone, or restored or deleted for good through the Corbeille meanwhile


class MoveToTrash(_TrashCommand):
    """Pushed after the item was moved to the Corbeille (as `entry`)."""

    def __init__(self, ctx, entry: trash.TrashEntry, area: Area):
        text = fill(
            QCoreApplication.translate("Trash", "suppression de {label}"), label=entry.label
        )
        super().__init__(ctx, text, area, entry.table_name, entry.row_id, entry.label)
        self.item_id = entry.id

    def _apply(self, session) -> None:
        self._to_trash(session)

    def _revert(self, session) -> None:
        self._from_trash(session)


class Added(_TrashCommand):
    """Pushed after `row_id` of `table_name` was created: undo puts it in the Corbeille, redo
    brings it back."""

    def __init__(self, ctx, table_name: str, row_id: int, label: str, area: Area):
        text = fill(QCoreApplication.translate("Trash", "ajout de {label}"), label=label)
        super().__init__(ctx, text, area, table_name, row_id, label)

    def _apply(self, session) -> None:
        self._from_trash(session)

    def _revert(self, session) -> None:
        self._to_trash(session)
