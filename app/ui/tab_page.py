"""The base of every tab: a title, its own context (with the tab's undo stack), and `refresh()`
when the cohort or the data it shows changes.

A tab that is not on screen does not redraw: it is marked stale and refreshes when it is next
shown. So start-up only loads the first tab's data, and a write redraws only what is visible.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.context import AppContext, Area


class TabPage(QWidget):
    """Subclasses set `object_name` (used for screenshots) and implement `title` and `refresh`.

    `refresh_on` lists the data areas whose change should redraw this tab. `self.ctx` is the
    tab's own context: give it (not the application's) to the pages and dialogs the tab builds,
    so their undo steps land on this tab's stack.
    """

    object_name = "tab"
    refresh_on: frozenset[Area] = frozenset()

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx.for_tab(self.object_name)
        self.setObjectName(self.object_name)
        self._stale = True
        # Methods, not lambdas: the bus holds a method's page weakly, so a closed window's pages
        # are freed with it (a lambda kept them until the process ended).
        ctx.bus.cohort_changed.connect(self._on_cohort_changed)
        ctx.bus.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def open_item(self, item_id: int) -> None:
        """Show one item (a recipe, an event…) when another tab asks for it; 0 means none."""

    def typed_and_kept(self) -> object | None:
        """What the person typed here and the page keeps unsaved, once the window has closed
        (a language switch rebuilds the window: `take_over` gives it to the new page); None
        when nothing."""
        return None

    def take_over(self, kept: object) -> None:
        """Keep what the replaced window's page of this tab gave (`typed_and_kept`)."""

    def refresh_when_visible(self) -> None:
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_cohort_changed(self, _cohort_id: int) -> None:
        self.refresh_when_visible()

    def _on_data_changed(self, areas: frozenset[Area]) -> None:
        if areas & self.refresh_on:
            self.refresh_when_visible()
