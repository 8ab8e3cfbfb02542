"""Undoable changes of the delegate's day (a tick, a task done): each runs a service call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.ui.context import AppContext


class ServiceCommand(QUndoCommand):
    """`apply(session)` was already run when pushed; undo runs `revert(session)`, redo `apply`."""

    def __init__(self, ctx: AppContext, text: str, apply: Callable, revert: Callable, area: str):
        super().__init__(text)
        self.ctx, self._apply, self._revert, self.area = ctx, apply, revert, area
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with self.ctx.db.session() as session:
            self._apply(session)
        self.ctx.changed(self.area)

    def undo(self) -> None:
        with self.ctx.db.session() as session:
            self._revert(session)
        self.ctx.changed(self.area)
