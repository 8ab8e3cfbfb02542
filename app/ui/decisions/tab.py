"""The Cooperative life tab: the register of decisions by consent, the charter and house rules
members sign, and the thematic circles. Everyone may read and write here (no PIN): these are the
group's own records. `ctx.open("coop_life", OPEN_CIRCLES)` shows the circles' page.

The decisions' page is built with the tab; the charter's and the circles' pages (and their
modules) the first time they are shown or asked for (`tab.circles_page`)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.ui.areas import Area
from app.ui.decisions.decisions_page import DecisionsPage
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page, page_from
from app.ui.tab_page import TabPage

OPEN_CIRCLES = -1  # an item id for open_item: the circles' page (a circle's id selects it)


class CoopLifeTab(TabPage):
    object_name = "coop_life"
    refresh_on = frozenset(
        {Area.DECISIONS, Area.PEOPLE, Area.COHORTS, Area.SALES, Area.CIRCLES, Area.TODAY}
    )

    def __init__(self, ctx):
        super().__init__(ctx)
        self.pages = QTabWidget()
        self.pages.setObjectName("coop_life_pages")
        ctx = self.ctx
        self._lazy = LazyPages(
            self.pages,
            (
                LazyPage("decisions", self.tr("Décisions"), lambda: DecisionsPage(ctx)),
                LazyPage(
                    "documents",
                    self.tr("Charte et règlement"),
                    page_from("app.ui.decisions.documents_page", "DocumentsPage", ctx),
                ),
                LazyPage(
                    "circles",
                    self.tr("Cercles"),
                    page_from("app.ui.decisions.circles_page", "CirclesPage", ctx),
                ),
            ),
            on_built=lambda _key, page: page.refresh(),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Vie coopérative")

    decisions_page = lazy_page("decisions")
    documents_page = lazy_page("documents")
    circles_page = lazy_page("circles")

    def refresh(self) -> None:
        """The pages built so far (a page built later reads its data then)."""
        for page in self._lazy.built().values():
            page.refresh()

    def open_item(self, item_id: int) -> None:
        """Show the circles' page; a circle's id (not OPEN_CIRCLES) selects that circle."""
        self.pages.setCurrentWidget(self.circles_page)
        self.circles_page.refresh(item_id if item_id != OPEN_CIRCLES else None)
