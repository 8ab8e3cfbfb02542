"""The tabs of the main window, in order, built lazily.

Each entry names the tab (its object name), gives its title, and says how to build the page. The
window shows a light placeholder per tab and imports and builds a page the first time it is shown,
so start-up pays only for the first tab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.ui.context import AppContext
from app.ui.tab_page import TabPage

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TabSpec:
    name: str  # the page's object name, e.g. "members"
    title: Callable[[], str]
    module: str  # module holding the page class
    class_name: str
    icon: str = ""  # a file name in resources/icons (Tabler Icons), without .svg
    # modules of inner pages the tab builds when first shown (app/ui/lazy_pages.py), imported
    # while the window is idle like the tab's own module (app/ui/preload.py)
    inner_modules: tuple[str, ...] = ()

    def build(self, ctx: AppContext) -> TabPage:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        return page_class(ctx)


TABS: list[TabSpec] = [
    TabSpec(
        "today", lambda: translate("Tabs", "Aujourd'hui"), "app.ui.today.tab", "TodayTab", "sun"
    ),
    TabSpec(
        "schedule",
        lambda: translate("Tabs", "Horaire"),
        "app.ui.schedule.tab",
        "ScheduleTab",
        "calendar",
        ("app.ui.schedule.attendance_page", "app.ui.schedule.rules_page"),
    ),
    TabSpec(
        "menus",
        lambda: translate("Tabs", "Menus"),
        "app.ui.menus.tab",
        "MenusTab",
        "tools-kitchen-2",
        (
            "app.ui.menus.ingredients_page",
            "app.ui.menus.menus_page",
            "app.ui.menus.orders_page",
            "app.ui.tastings.page",
            "app.ui.menus.recipe_dialog",
        ),
    ),
    TabSpec(
        "labels", lambda: translate("Tabs", "Étiquettes"), "app.ui.labels.tab", "LabelsTab", "tag"
    ),
    TabSpec(
        "sales",
        lambda: translate("Tabs", "Ventes"),
        "app.ui.sales.tab",
        "SalesTab",
        "cash-register",
        ("app.ui.sales.closing", "app.ui.sales.expenses", "app.ui.sales.summary"),
    ),
    TabSpec(
        "rotation",
        lambda: translate("Tabs", "Déléguées"),
        "app.ui.delegate.tab",
        "RotationTab",
        "user-star",
    ),
    TabSpec(
        "evaluations",
        lambda: translate("Tabs", "Évaluations"),
        "app.ui.evaluations.tab",
        "EvaluationsTab",
        "clipboard-check",
        (
            "app.ui.evaluations.grid_page",
            "app.ui.evaluations.peers_page",
            "app.ui.evaluations.reports_page",
            "app.ui.evaluations.framework_page",
        ),
    ),
    TabSpec(
        "coop_life",
        lambda: translate("Tabs", "Vie coopérative"),
        "app.ui.decisions.tab",
        "CoopLifeTab",
        "users-group",
        ("app.ui.decisions.documents_page", "app.ui.decisions.circles_page"),
    ),
    TabSpec(
        "members",
        lambda: translate("Tabs", "Membres"),
        "app.ui.people.tab",
        "MembersTab",
        "users",
        ("app.ui.people.directory_page",),
    ),
]


def modules_to_preload(specs: list[TabSpec]) -> list[str]:
    """Every tab's module in tab order, then the modules of their inner pages."""
    return [spec.module for spec in specs] + [name for spec in specs for name in spec.inner_modules]
