"""Taps on the undo stack (Edit > Undo, Ctrl+Z / Ctrl+Y). Undo and redo are stored as new lines
by the tally service, so the history in the database always matches what the screen showed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.errors import ValidationError
from app.services.sales import tally


class TapCommand(QUndoCommand):
    """A tap already saved when pushed: the first redo does nothing."""

    def __init__(self, ctx, event_id: int, product_name: str, delta: int):
        t = QCoreApplication.translate
        text = t("Sales", "+1 {name}") if delta > 0 else t("Sales", "−1 {name}")
        super().__init__(text.format(name=product_name))
        self.ctx = ctx
        self.event_id = event_id
        self._first = True

    def _run(self, action) -> None:
        try:
            with self.ctx.db.session() as session:
                action(session, self.event_id)
        except ValidationError:
            # The day was closed meanwhile: nothing can change any more; the stack moves on.
            pass
        self.ctx.changed("sales")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(tally.redo_tap)

    def undo(self) -> None:
        self._run(tally.undo_tap)
