"""The Cooperative life tab: the register of decisions by consent, the charter and house rules
members sign, and the thematic circles. Everyone may read and write here (no PIN): these are the
group's own records. `ctx.open("coop_life", OPEN_CIRCLES)` shows the circles' page."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.ui.areas import Area
from app.ui.decisions.circles_page import CirclesPage
from app.ui.decisions.decisions_page import DecisionsPage
from app.ui.decisions.documents_page import DocumentsPage
from app.ui.tab_page import TabPage

OPEN_CIRCLES = -1  # an item id for open_item: the circles' page (a circle's id selects it)


class CoopLifeTab(TabPage):
    object_name = "coop_life"
    refresh_on = frozenset(
        {Area.DECISIONS, Area.PEOPLE, Area.COHORTS, Area.SALES, Area.CIRCLES, Area.TODAY}
    )

    def __init__(self, ctx):
        super().__init__(ctx)
        self.decisions_page = DecisionsPage(self.ctx)
        self.documents_page = DocumentsPage(self.ctx)
        self.circles_page = CirclesPage(self.ctx)
        self.pages = QTabWidget()
        self.pages.setObjectName("coop_life_pages")
        self.pages.addTab(self.decisions_page, self.tr("Décisions"))
        self.pages.addTab(self.documents_page, self.tr("Charte et règlement"))
        self.pages.addTab(self.circles_page, self.tr("Cercles"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Vie coopérative")

    def refresh(self) -> None:
        self.decisions_page.refresh()
        self.documents_page.refresh()
        self.circles_page.refresh()

    def open_item(self, item_id: int) -> None:
        """Show the circles' page; a circle's id (not OPEN_CIRCLES) selects that circle."""
        self.pages.setCurrentWidget(self.circles_page)
        self.circles_page.refresh(item_id if item_id != OPEN_CIRCLES else None)
