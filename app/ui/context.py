"""What every screen shares: the open database, the current cohort, today's date, the undo
history, and one signal bus through which a write made on one screen tells the others what it
changed (typed: `ctx.changed(Area.SALES)`), so they redraw.

Each tab works with its own context (`ctx.for_tab(name)`): the same database, cohort and bus, and
the tab's own undo stack (`ctx.undo_stack`). The stacks sit in one `QUndoGroup`: Édition ›
Annuler acts on the visible tab's stack only. The application's context has no stack of its own,
so an undo step can never be pushed where no tab would show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from shiboken6 import isValid

from app.db import Database
from app.ui.areas import Area

__all__ = ["AppContext", "Area", "Bus"]


class Bus(QObject):
    """`data_changed(areas)` after any write, with the frozenset of `Area`s it changed;
    `cohort_changed(id)` when the user picks another cohort (0 for none);
    `open_requested(tab, item_id)` asks the main window to show a tab (by its object name) and
    open an item there (0 for none), e.g. ("menus", recipe_id) or ("sales", 0)."""

    data_changed = Signal(object)
    cohort_changed = Signal(int)
    open_requested = Signal(str, int)


class AppContext:
    undo_stack: QUndoStack  # only a tab's context has one (see `for_tab`)

    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today):
        self.db = db
        self.today = today
        self.bus = Bus()
        self.undo_group = QUndoGroup()
        self.tab_name = ""
        self._app = self
        self._tabs: dict[str, AppContext] = {}
        self._cohort_id: int | None = None

    def for_tab(self, name: str) -> AppContext:
        """The context of the tab `name` (made once): shared state, the tab's own undo stack."""
        app = self._app
        tab = app._tabs.get(name)
        if tab is None:
            tab = AppContext.__new__(AppContext)
            tab.__dict__.update(app.__dict__)
            tab.tab_name = name
            tab.undo_stack = QUndoStack(app.undo_group)
            tab.undo_stack.setObjectName(f"{name}_undo")
            app._tabs[name] = tab
        return tab

    def clear_undo_history(self) -> None:
        """Forget every tab's undo steps (after erasing a person: a step could bring her back;
        when the last window on this context closes, app/ui/main_window.py)."""
        for tab in self._app._tabs.values():
            if isValid(tab.undo_stack):
                tab.undo_stack.clear()

    def __del__(self) -> None:
        """The collector found this context unreachable: its undo steps go first, while all
        they hold is intact. A step holds the context and the undo group owns the step, so the
        context is only ever freed by the collector; had it cleared the cycle first, deleting
        the group would delete steps it had already torn down (a crash in QUndoStack::clear).
        Python runs this before clearing any object of the cycle (PEP 442)."""
        if getattr(self, "_app", None) is self and isValid(self.undo_group):
            self.clear_undo_history()

    @property
    def cohort_id(self) -> int | None:
        return self._app._cohort_id

    def set_cohort(self, cohort_id: int | None) -> None:
        app = self._app
        if cohort_id != app._cohort_id:
            app._cohort_id = cohort_id
            self.bus.cohort_changed.emit(cohort_id or 0)

    def changed(self, *areas: Area) -> None:
        """Tell every screen that a write changed these areas (at least one, each an `Area`)."""
        if not areas or not all(isinstance(area, Area) for area in areas):
            raise TypeError(f"changed() takes Area members, got {areas!r}")
        self.bus.data_changed.emit(frozenset(areas))

    def open(self, tab: str, item_id: int = 0) -> None:
        self.bus.open_requested.emit(tab, item_id)
