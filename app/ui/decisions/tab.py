"""The Cooperative life tab: the register of decisions by consent, and the charter and house rules
members sign. Everyone may read and write here (no PIN): these are the group's own records."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.ui.areas import Area
from app.ui.decisions.decisions_page import DecisionsPage
from app.ui.decisions.documents_page import DocumentsPage
from app.ui.tab_page import TabPage


class CoopLifeTab(TabPage):
    object_name = "coop_life"
    refresh_on = frozenset({Area.DECISIONS, Area.PEOPLE, Area.COHORTS, Area.SALES})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.decisions_page = DecisionsPage(self.ctx)
        self.documents_page = DocumentsPage(self.ctx)
        self.pages = QTabWidget()
        self.pages.setObjectName("coop_life_pages")
        self.pages.addTab(self.decisions_page, self.tr("Décisions"))
        self.pages.addTab(self.documents_page, self.tr("Charte et règlement"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Vie coopérative")

    def refresh(self) -> None:
        self.decisions_page.refresh()
        self.documents_page.refresh()
