"""The shape of every undoable change: made through a service before it is pushed on the undo
stack (so its first redo does nothing); undo and redo then run one unit of work each and tell the
other screens which data area changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.ui.context import AppContext


class DoneCommand(QUndoCommand):
    """Subclasses set `area` (or pass it) and implement `_apply(session)` and `_revert(session)`."""

    area = ""

    def __init__(self, ctx: AppContext, text: str, area: str | None = None):
        super().__init__(text)
        self.ctx = ctx
        if area is not None:
            self.area = area
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

    def _apply(self, session) -> None:
        raise NotImplementedError

    def _revert(self, session) -> None:
        raise NotImplementedError


class ServiceCommand(DoneCommand):
    """`apply(session)` was already run when pushed; undo runs `revert(session)`, redo `apply`."""

    def __init__(self, ctx: AppContext, text: str, apply: Callable, revert: Callable, area: str):
        super().__init__(ctx, text, area)
        self._apply, self._revert = apply, revert
