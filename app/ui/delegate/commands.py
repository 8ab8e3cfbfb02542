"""Undoable changes of the delegate's day (a tick, a task done): each runs a service call."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class ServiceCommand(DoneCommand):
    """`apply(session)` was already run when pushed; undo runs `revert(session)`, redo `apply`."""

    def __init__(self, ctx: AppContext, text: str, apply: Callable, revert: Callable, area: str):
        super().__init__(ctx, text, area)
        self._apply, self._revert = apply, revert

