"""What every screen shares: the open database, the current cohort, today's date, the undo stack,
and one signal bus through which a change made on one screen tells the others to redraw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.db import Database


class Bus(QObject):
    """`data_changed(area)` after any write ("people", "cohorts", "cooperative", ...);
    `cohort_changed(id)` when the user picks another cohort (0 for none);
    `open_requested(tab, item_id)` asks the main window to show a tab (by its object name) and
    open an item there (0 for none), e.g. ("menus", recipe_id) or ("sales", 0)."""

    data_changed = Signal(str)
    cohort_changed = Signal(int)
    open_requested = Signal(str, int)


class AppContext:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today):
        self.db = db
        self.today = today
        self.bus = Bus()
        self.undo_stack = QUndoStack()
        self._cohort_id: int | None = None

    @property
    def cohort_id(self) -> int | None:
        return self._cohort_id

    def set_cohort(self, cohort_id: int | None) -> None:
        if cohort_id != self._cohort_id:
            self._cohort_id = cohort_id
            self.bus.cohort_changed.emit(cohort_id or 0)

    def changed(self, area: str) -> None:
        self.bus.data_changed.emit(area)

    def open(self, tab: str, item_id: int = 0) -> None:
        self.bus.open_requested.emit(tab, item_id)
