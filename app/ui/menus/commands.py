"""Undoable edits of the Menus tab (Edit > Undo / Redo): a recipe, a menu or an order goes back to
what it was before the edit. The change is already made when the command is pushed."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class UndoableEdit(DoneCommand):
    """`write(session, data)` writes `data`; undo writes `before`, redo writes `after`."""

    area = Area.MENUS

    def __init__(self, ctx: AppContext, text: str, write: Callable, before, after):
        super().__init__(ctx, text)
        self._write = write
        self.before = before
        self.after = after

    def _apply(self, session) -> None:
        self._write(session, self.after)

    def _revert(self, session) -> None:
        self._write(session, self.before)
