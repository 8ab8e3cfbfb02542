"""Recipes: the list with cost, price and margin (red when unsafe), the editor with its live cost
panel, "new version", and a shopping list for a number of batches."""

from __future__ import annotations

from decimal import Decimal
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.i18n import fill, listing, plural_count
from app.services.errors import ValidationError
from app.services.menus import recipes
from app.services.menus.recipes import RecipeInfo, RecipeListing, RecipeRow
from app.services.money import format_amount
from app.services.units import format_decimal, parse_quantity
from app.ui.areas import Area
from app.ui.menus.commands import UndoableEdit
from app.ui.menus.cost_panel import percent
from app.ui.menus.list_page import ListPage
from app.ui.row_model import Column
from app.ui.stale import SeenRecord
from app.ui.table_view import name_column_takes_the_room
from app.vocab.menus import YieldKind, yield_kind_label

# The services only the editor, its dialogs and the shopping list use (ingredients, shopping,
# costing settings) are imported where they are used: a click on the tab before the window has
# preloaded them does not wait for them.
if TYPE_CHECKING:  # the editor, its dialogs and printing are imported when first used
    from app.ui.menus.recipe_dialog import IngredientChoice, RecipeDialog


def _widest_amount() -> tuple[str, ...]:
    return (format_amount(-999_999),)  # "-9 999,99 €"


def _widest_percent() -> tuple[str, ...]:
    return (percent(Decimal("-9999.9")),)  # "-9 999,9 %"


def _widest_batch() -> tuple[str, ...]:
    return tuple(f"999 {yield_kind_label(kind)}" for kind in YieldKind)


def _columns() -> list[Column]:
    """The recipe list's columns; the figures' widths come from their widest possible text (no
    measuring over the rows: a list of 3,000 recipes asks only for the cells it paints)."""
    warn = lambda r: r.check.warning  # noqa: E731
    return [
        Column(
            QCoreApplication.translate("RecipesPage", "Recette"),
            lambda r: r.name,
            tooltip=lambda r: r.name,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Version"),
            lambda r: f"v{r.version}",
            lambda r: r.version,
            widest=lambda: ("v999",),
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Catégorie"),
            lambda r: r.category,
            tooltip=lambda r: r.category,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Fournée"),
            lambda r: f"{r.yield_count} {yield_kind_label(r.yield_kind)}",
            lambda r: r.yield_count,
            right=True,
            widest=_widest_batch,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Coût / unité"),
            lambda r: format_amount(r.check.cost_cents),
            lambda r: r.check.cost_exact,
            right=True,
            computed=True,
            widest=_widest_amount,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Prix TVAC"),
            lambda r: format_amount(r.price_cents),
            lambda r: r.price_cents,
            right=True,
            warning=warn,
            computed=True,
            widest=_widest_amount,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Prix HTVA"),
            lambda r: format_amount(r.check.price_excl_cents),
            lambda r: r.check.price_excl_exact,
            right=True,
            computed=True,
            widest=_widest_amount,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Marge"),
            lambda r: format_amount(r.check.margin_cents),
            lambda r: r.check.margin_exact,
            right=True,
            warning=warn,
            computed=True,
            widest=_widest_amount,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Marge %"),
            lambda r: percent(r.check.margin_percent),
            lambda r: (
                r.check.margin_percent if r.check.margin_percent is not None else Decimal(-1000)
            ),
            right=True,
            warning=warn,
            computed=True,
            widest=_widest_percent,
        ),
        Column(
            QCoreApplication.translate("RecipesPage", "Coût matière"),
            lambda r: percent(r.check.food_cost_percent),
            lambda r: (
                r.check.food_cost_percent
                if r.check.food_cost_percent is not None
                else Decimal(1000)
            ),
            right=True,
            warning=warn,
            computed=True,
            widest=_widest_percent,
        ),
    ]


class RecipesPage(ListPage):
    def __init__(self, ctx, parent=None):
        super().__init__(
            ctx,
            "recipes",
            _columns(),
            self.tr("Rechercher une recette ou une catégorie…"),
            self.tr("Montrer les recettes inactives et les anciennes versions"),
            lambda r: not r.active,
            parent,
            search_text=lambda r: f"{r.name}\n{r.category}",
            complete=self._with_costs,
        )
        self.new_button = self.add_button(
            self.tr("Nouvelle recette"),
            "new_recipe",
            self.add_recipe,
            False,
            self.tr("Nouvelle recette (Ctrl+N)"),
        )
        self.edit_button = self.add_button(self.tr("Modifier"), "edit_recipe", self.edit_selected)
        self.version_button = self.add_button(
            self.tr("Nouvelle version"), "new_version", self.new_version
        )
        self.shopping_button = self.add_button(
            self.tr("Liste de courses…"), "recipe_shopping", self.print_shopping
        )
        self.delete_button = self.add_button(
            self.tr("Supprimer…"), "delete_recipe", self.delete_selected
        )
        self.finish_buttons()
        name_column_takes_the_room(self.table, 0, 2)  # name and category: margins stay in view

    def message_for(self, row: RecipeRow) -> str:
        parts = []
        if row.check.warning:
            parts.append(f"{row.label} : {row.check.message}")
        if row.missing_prices:
            parts.append(fill(self.tr("Sans prix : {names}."), names=listing(row.missing_prices)))
        return " ".join(parts)

    def refresh(self) -> None:
        """The recipes' names first; their costs when their rows come into sight."""
        with self.ctx.db.session() as session:
            rows = recipes.recipe_listing(session, include_inactive=self.show_inactive.isChecked())
        self.set_rows(rows)

    def _with_costs(self, rows: list[RecipeListing]) -> list[RecipeRow]:
        with self.ctx.db.session() as session:
            return recipes.with_costs(session, rows, self.ctx.today())

    def count_text(self, shown: int) -> str:
        return self.tr("%n recette(s)", "", shown)

    # --- the editor ---------------------------------------------------------------------------
    def _choices(self) -> tuple[list[IngredientChoice], list[int]]:
        from app.services.menus import costing_settings, ingredients
        from app.ui.menus.recipe_dialog import IngredientChoice

        with self.ctx.db.session() as session:
            rows = ingredients.list_ingredients(session, self.ctx.today())
            rates = costing_settings.get_costing_settings(session).vat_rates
        return [IngredientChoice(row.id, row.name, row.unit) for row in rows], rates

    def _new_ingredient(self) -> IngredientChoice | None:
        from app.services.menus import ingredients
        from app.ui.menus.ingredient_dialog import IngredientDialog
        from app.ui.menus.recipe_dialog import IngredientChoice

        def save(data):
            with self.ctx.db.session() as session:
                return ingredients.create_ingredient(session, data)

        dialog = IngredientDialog(save, self.ctx.today(), parent=self)
        if dialog.exec() and dialog.result_value is not None:
            info = dialog.result_value
            self.ctx.changed(Area.MENUS)
            return IngredientChoice(info.id, info.name, info.unit)
        return None

    def _preview(self, data):
        with self.ctx.db.session() as session:
            return recipes.preview(session, data, self.ctx.today())

    def make_dialog(
        self, recipe: RecipeInfo | None, seen: SeenRecord | None = None
    ) -> RecipeDialog:
        """The form for a new recipe, or for `seen.record` (saves claim its edit counter)."""
        from app.ui.menus.recipe_dialog import RecipeDialog

        choices, rates = self._choices()
        if seen is None:

            def save(data):
                with self.ctx.db.session() as session:
                    return recipes.create_recipe(session, data, self.ctx.today())

            return RecipeDialog(
                save, self._preview, choices, rates, self._new_ingredient, None, self
            )
        return RecipeDialog(
            seen.save,
            self._preview,
            choices,
            rates,
            self._new_ingredient,
            seen.record,
            self,
            reload=seen.reload,
        )

    def seen_recipe(self, recipe: RecipeInfo) -> SeenRecord:
        return SeenRecord(
            self.ctx,
            (Area.MENUS,),
            recipe,
            lambda session: recipes.get_recipe(session, recipe.id),
            lambda session, data, seen: recipes.update_recipe(session, recipe.id, data, seen),
            seen_of=attrgetter("edit_version"),
        )

    def add_recipe(self) -> None:
        from app.services.safety.deletions import recipe_label
        from app.ui.safety.commands import Added

        dialog = self.make_dialog(None)
        if dialog.exec() and dialog.result_value is not None:
            created = dialog.result_value
            self.ctx.undo_stack.push(
                Added(self.ctx, "recipe", created.id, recipe_label(created), Area.MENUS)
            )
            self.ctx.changed(Area.MENUS)
            self.select(created.id)

    def open_recipe(self, recipe_id: int) -> None:
        with self.ctx.db.session() as session:
            recipe = recipes.get_recipe(session, recipe_id)
        if not recipe.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)
        self.select(recipe_id)
        seen = self.seen_recipe(recipe)
        dialog = self.make_dialog(recipe, seen)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                UndoableEdit(
                    self.ctx,
                    fill(self.tr("Modifier {name}"), name=recipe.label),
                    lambda session, data: recipes.update_recipe(session, recipe_id, data),
                    seen.record.as_input(),
                    dialog.result_value.as_input(),
                )
            )
            self.ctx.changed(Area.MENUS)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_recipe(row.id)

    def delete_selected(self) -> None:
        """To the Corbeille (undoable); a recipe already sold is refused."""
        from app.services.safety import deletions
        from app.ui.safety.delete_action import confirm_and_trash

        row = self.selected()
        if row is not None:
            confirm_and_trash(
                self.ctx,
                self,
                deletions.recipe_label(row),
                lambda session: deletions.trash_recipe(session, row.id),
                Area.MENUS,
            )

    def new_version(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Nouvelle version"),
            fill(
                self.tr(
                    "Copier « {name} » en une nouvelle version ? L'ancienne version est gardée "
                    "(les "
                    "dégustations et les ventes s'y rapportent) mais ne sera plus en vente."
                ),
                name=row.label,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            copy = recipes.new_version(session, row.id, self.ctx.today())
        self.ctx.changed(Area.MENUS)
        self.open_recipe(copy.id)

    def ask_batches(self, label: str) -> Decimal | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Liste de courses"),
            fill(self.tr("Combien de fournées de « {name} » ?"), name=label),
            text="1",
        )
        if not ok:
            return None
        try:
            return parse_quantity(text, "batches")
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Liste de courses"), error.message)
            return None

    def print_shopping(self) -> None:
        from app.services.kitchen.stock import ingredients_on_hand
        from app.services.menus import shopping
        from app.ui.menus.printing import preview_shopping_list

        row = self.selected()
        if row is None:
            return
        batches = self.ask_batches(row.label)
        if batches is None:
            return
        title = fill(
            self.tr("Courses pour {batches} fournée(s) de {name}", "", plural_count(batches)),
            batches=format_decimal(batches),
            name=row.label,
        )
        with self.ctx.db.session() as session:
            on_hand = ingredients_on_hand(session, self.ctx.cohort_id)
            result = shopping.for_batches(
                session, [(row.id, batches)], self.ctx.today(), title, on_hand
            )
        preview_shopping_list(self, result)
