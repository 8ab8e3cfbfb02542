"""The base of every tab: a title, its own context (with the tab's undo stack), and `refresh()`
when the cohort or the data it shows changes.

A tab that is not on screen does not redraw: it is marked stale and refreshes when it is next
shown. So start-up only loads the first tab's data, and a write redraws only what is visible.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui import typed_fields
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
        self._to_put_back: typed_fields.Kept | None = None  # from a replaced window's page
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
        """What the person typed or picked here and did not save, once the window has closed (a
        language switch rebuilds the window: `take_over` gives it to the new page); None when
        nothing. By default every field's value, the rows picked and the inner tabs shown
        (app/ui/typed_fields.py); a page with more (typed table cells) adds it."""
        return typed_fields.take(self, self.fields_not_kept()) or None

    def fields_not_kept(self) -> tuple[QWidget, ...]:
        """The parts of the page whose fields a language switch does not keep (a PIN panel)."""
        return ()

    def take_over(self, kept: object) -> None:
        """Keep what the replaced window's page of this tab gave (`typed_and_kept`): put back
        in the fields once the page has drawn its data (now if it has)."""
        self._to_put_back = kept
        if not self._stale:
            self.put_back_typed()

    def put_back_typed(self) -> None:
        """The fields' values kept from the replaced window, over the data drawn."""
        kept, self._to_put_back = self._to_put_back, None
        if kept:
            typed_fields.put_back(self, kept, self.fields_not_kept())

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
        if self._to_put_back is not None:
            self.put_back_typed()
        super().showEvent(event)

    def _on_cohort_changed(self, _cohort_id: int) -> None:
        self.refresh_when_visible()

    def _on_data_changed(self, areas: frozenset[Area]) -> None:
        if areas & self.refresh_on:
            self.refresh_when_visible()
