"""The base of the Sales tab's pages that show one sale day (end of day, expenses, summary).

A page never shows a copy older than the database: `set_event` (called by the tab after any
change to sales) marks it stale, and it redraws at once if visible, else when it is next shown.
Fields the person typed into and did not save survive a redraw (`FieldMemory`): a redraw updates
what the app shows, never what she typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.errors import NotFound
from app.services.sales.events import EventInfo, get_event


class SaleDayView(QWidget):
    """Subclasses implement `draw(session)`: read the day and fill the widgets."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sale_event: EventInfo | None = None
        self._stale = True

    def set_event(self, event: EventInfo | None) -> None:
        previous = self.sale_event.id if self.sale_event else None
        self.sale_event = event
        if (event.id if event else None) != previous:
            self.other_day()
        self.mark_stale()

    def other_day(self) -> None:
        """Another day is shown: forget what was typed for the previous one."""

    def mark_stale(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the day again (its version with its figures, in one session) and redraw."""
        self._stale = False
        with self.ctx.db.session() as session:
            if self.sale_event is not None:
                try:
                    self.sale_event = get_event(session, self.sale_event.id)
                except NotFound:  # gone to the Corbeille from another page
                    self.sale_event = None
            self.draw(session)

    def draw(self, session) -> None:
        raise NotImplementedError


class FieldMemory:
    """What the app last put in each field, to tell it from what the person typed since."""

    def __init__(self):
        self._shown: dict[object, str] = {}

    def clear(self) -> None:
        self._shown.clear()

    def fill(self, key, current: str, value: str) -> str:
        """The text the field should show: `value`, unless the person changed `current` since the
        app last filled it (then her text stays)."""
        typed = key in self._shown and current != self._shown[key]
        self._shown[key] = value
        return current if typed else value

    def changed(self, key, current: str) -> bool:
        """Did the person change this field since the app last filled it?"""
        return key in self._shown and current.strip() != self._shown[key].strip()

    def saved(self, key, current: str) -> None:
        self._shown[key] = current
