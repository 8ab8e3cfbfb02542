"""Undoable edits of the Menus tab (Edit > Undo / Redo): a recipe, a menu or an order goes back to
what it was before the edit. The change is already made when the command is pushed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.ui.context import AppContext


class UndoableEdit(QUndoCommand):
    """`write(session, data)` writes `data`; undo writes `before`, redo writes `after`."""

    def __init__(self, ctx: AppContext, text: str, write: Callable, before, after):
        super().__init__(text)
        self.ctx = ctx
        self._write = write
        self.before = before
        self.after = after
        self._first = True

    def _apply(self, data) -> None:
        with self.ctx.db.session() as session:
            self._write(session, data)
        self.ctx.changed("menus")

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
