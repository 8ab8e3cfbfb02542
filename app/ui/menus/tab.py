"""The Menus tab: five pages (recipes, ingredients, menus, orders, tastings) and the costing
settings. `open_item(recipe_id)` shows a recipe in its editor (other tabs call
ctx.open("menus", id)).

Only the page on screen is built and reads its list: the others are built (their modules imported)
the first time they are shown or asked for (`tab.orders`, `tab.page("orders")`), and read their
list when shown (ten years of recipes and ingredients cost seconds to list)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout

from app.i18n import fill, with_percent
from app.services.menus import costing_settings
from app.ui.areas import Area
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page, page_from
from app.ui.menus.recipes_page import RecipesPage
from app.ui.tab_page import TabPage


class MenusTab(TabPage):
    object_name = "menus"
    refresh_on = frozenset({Area.MENUS, Area.SETTINGS, Area.TASTINGS})

    def __init__(self, ctx):
        super().__init__(ctx)
        # The layout first, the inner pages' tab widget in it before the first page is built:
        # each widget is then styled once as it is put in place, not again with every parent
        # its page is moved into (Qt restyles a whole subtree at each move).
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.pages = QTabWidget()
        self.pages.setObjectName("menus_pages")
        layout.addWidget(self.pages, 1)  # the target and the page on screen: at the first show
        ctx = self.ctx
        self._lazy = LazyPages(
            self.pages,
            (
                LazyPage("recipes", self.tr("Recettes"), lambda: RecipesPage(ctx)),
                LazyPage(
                    "ingredients",
                    self.tr("Ingrédients"),
                    page_from("app.ui.menus.ingredients_page", "IngredientsPage", ctx),
                ),
                LazyPage(
                    "menus",
                    self.tr("Menus"),
                    page_from("app.ui.menus.menus_page", "MenusPage", ctx),
                ),
                LazyPage(
                    "orders",
                    self.tr("Commandes et devis"),
                    page_from("app.ui.menus.orders_page", "OrdersPage", ctx),
                ),
                LazyPage(
                    "tastings",
                    self.tr("Dégustations"),
                    page_from("app.ui.tastings.page", "TastingsPage", ctx),
                ),
            ),
        )
        self._stale_pages = set(self._lazy.keys())
        self.pages.currentChanged.connect(self._refresh_current_page)
        self.settings_button = QPushButton(self.tr("TVA et objectif de marge…"))
        self.settings_button.setObjectName("costing_settings")
        self.settings_button.setAccessibleName(self.settings_button.text())
        self.settings_button.clicked.connect(self.edit_settings)
        self.target_label = QLabel()
        self.target_label.setObjectName("target_label")
        QShortcut(QKeySequence.StandardKey.New, self, self.new_in_current_page)
        top.addWidget(
            QLabel(
                self.tr(
                    "Calculer avant de dépenser : "
                    "chaque recette et chaque commande montre son coût."
                )
            ),
            1,
        )
        top.addWidget(self.target_label)
        top.addWidget(self.settings_button)

    def title(self) -> str:
        return self.tr("Menus")

    def page(self, key: str):
        """The inner page named `key` ("recipes", "ingredients", "menus", "orders",
        "tastings"), built first if it was not yet."""
        return self._lazy.page(key)

    recipes = lazy_page("recipes")
    ingredients = lazy_page("ingredients")
    menus = lazy_page("menus")
    orders = lazy_page("orders")
    tastings = lazy_page("tastings")

    def refresh(self) -> None:
        self._stale_pages = set(self._lazy.keys())
        self._refresh_current_page()
        self._update_target()

    def _refresh_current_page(self, _index: int = 0) -> None:
        page = self.pages.currentWidget()
        key = self._lazy.key_of(page)
        if key in self._stale_pages:
            self._stale_pages.discard(key)
            page.refresh()

    def _on_data_changed(self, areas: frozenset[Area]) -> None:
        if areas and areas <= {Area.TASTINGS}:  # a form typed: only the tastings page redraws
            self._stale_pages.add("tastings")
            if self.isVisible():
                self._refresh_current_page()
            else:
                self._stale = True
            return
        super()._on_data_changed(areas)

    def _update_target(self) -> None:
        with self.ctx.db.session() as session:
            target = costing_settings.target_food_cost_percent(session)
        self.target_label.setText(fill(self.tr("Coût matière visé : {n}"), n=with_percent(target)))

    def new_in_current_page(self) -> None:
        page = self.pages.currentWidget()
        for name in ("add_recipe", "add_ingredient", "add_menu", "add_order"):
            if hasattr(page, name):
                getattr(page, name)()
                return

    def open_item(self, item_id: int) -> None:
        self.pages.setCurrentWidget(self.recipes)
        if item_id:
            self.recipes.open_recipe(item_id)

    def edit_settings(self) -> None:
        from app.ui.menus.costing_settings_action import edit_costing_settings

        edit_costing_settings(self.ctx, self)
