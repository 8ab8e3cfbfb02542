"""Taps on the Ventes tab's undo stack (the tally's own buttons, Édition › Annuler, Ctrl+Z /
Ctrl+Y). Undo and redo are stored as new lines by the tally service, so the history in the
database always matches what the screen showed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.services.errors import NotFound, ValidationError
from app.services.sales import tally
from app.ui.areas import Area
from app.ui.undo import DoneCommand, drop_steps


class TapCommand(DoneCommand):
    """A tap of the sale day `event_id`, already saved when pushed. After each later undo or redo
    that went through, `tell(undone, text)` lets the tally say so."""

    area = Area.SALES

    def __init__(
        self,
        ctx,
        event_id: int,
        product_name: str,
        delta: int,
        tell: Callable[[bool, str], None] | None = None,
    ):
        t = QCoreApplication.translate
        text = t("Sales", "+1 {name}") if delta > 0 else t("Sales", "−1 {name}")
        super().__init__(ctx, text.format(name=product_name))
        self.event_id = event_id
        self._tell = tell

    def undo(self) -> None:
        if self._run(self._revert) and self._tell is not None:
            self._tell(True, self.text())

    def redo(self) -> None:
        again = self._pushed
        super().redo()
        if again and self._tell is not None:
            self._tell(False, self.text())

    def _apply(self, session) -> None:
        tally.redo_tap(session, self.event_id)

    def _revert(self, session) -> None:
        tally.undo_tap(session, self.event_id)

    def _refused(self, error: NotFound | ValidationError) -> None:
        """The day was closed or deleted meanwhile: nothing can change any more."""


def is_tap_of(command, event_id: int | None) -> bool:
    """Whether `command` (a step of an undo stack, or None) is a tap of the sale day `event_id`."""
    return isinstance(command, TapCommand) and command.event_id == event_id


def forget_closed_days(stack, closed_event_ids: set[int]) -> None:
    """A closed day's taps can no longer change: they leave `stack`, so Annuler never names a tap
    it cannot undo (nor uses up a step doing nothing). The other steps stay."""
    drop_steps(
        stack,
        lambda step: isinstance(step, TapCommand) and step.event_id in closed_event_ids,
    )
