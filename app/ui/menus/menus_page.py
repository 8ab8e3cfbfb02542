"""Menus: named sets of recipes with portions per guest, what one guest costs and pays, and a
shopping list for a number of guests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from app.i18n import fill, listing
from app.services.kitchen.stock import ingredients_on_hand
from app.services.menus import costing, menus, recipes, shopping
from app.services.menus.menus import MenuInfo
from app.services.money import format_amount
from app.services.units import format_decimal
from app.ui.areas import Area
from app.ui.menus.commands import UndoableEdit
from app.ui.menus.list_page import ListPage
from app.ui.menus.menu_dialog import MenuDialog
from app.ui.menus.order_dialog import RecipeChoice
from app.ui.menus.printing import preview_shopping_list
from app.ui.row_model import Column
from app.ui.stale import SeenRecord
from app.vocab.sales import sale_format_label


def _columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("MenusPage", "Menu"), lambda m: m.name),
        Column(
            QCoreApplication.translate("MenusPage", "Format"),
            lambda m: sale_format_label(m.sales_format),
        ),
        Column(
            QCoreApplication.translate("MenusPage", "Coût par personne"),
            lambda m: format_amount(costing.to_cents(m.cost_per_guest_exact)),
            lambda m: m.cost_per_guest_exact,
            right=True,
        ),
        Column(
            QCoreApplication.translate("MenusPage", "Prix par personne"),
            lambda m: format_amount(m.price_per_guest_cents),
            lambda m: m.price_per_guest_cents,
            right=True,
        ),
        Column(
            QCoreApplication.translate("MenusPage", "Recettes"),
            lambda m: listing(
                f"{item.recipe_label} × {format_decimal(item.portions_per_guest)}"
                for item in m.items
            ),
        ),
    ]


class MenusPage(ListPage):
    def __init__(self, ctx, parent=None):
        super().__init__(
            ctx,
            "menus",
            _columns(),
            self.tr("Rechercher un menu…"),
            self.tr("Montrer les menus inactifs"),
            lambda m: not m.active,
            parent,
            search_text=lambda m: m.name,
        )
        self.new_button = self.add_button(self.tr("Nouveau menu"), "new_menu", self.add_menu, False)
        self.edit_button = self.add_button(self.tr("Modifier"), "edit_menu", self.edit_selected)
        self.shopping_button = self.add_button(
            self.tr("Liste de courses…"), "menu_shopping", self.print_shopping
        )
        self.allergens_button = self.add_button(
            self.tr("Allergènes…"), "menu_allergens", self.print_allergens
        )
        self.finish_buttons()

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = menus.list_menus(session, self.ctx.today(), self.show_inactive.isChecked())
        self.set_rows(rows)

    def count_text(self, shown: int) -> str:
        return self.tr("%n menu(s)", "", shown)

    def _dialog(self, menu: MenuInfo | None, seen: SeenRecord | None = None) -> MenuDialog:
        """The form for a new menu, or for `seen.record` (a save on changed data is refused)."""
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            choices = [RecipeChoice(r.id, r.label) for r in recipes.list_recipes(session, today)]
        if seen is not None:
            return MenuDialog(seen.save, choices, seen.record, self, reload=seen.reload)

        def save(data):
            with self.ctx.db.session() as session:
                return menus.create_menu(session, data, today)

        return MenuDialog(save, choices, None, self)

    def add_menu(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.changed(Area.MENUS)
            self.select(dialog.result_value.id)

    def edit_selected(self) -> None:
        menu = self.selected()
        if menu is None:
            return
        today = self.ctx.today()
        seen = SeenRecord(
            self.ctx,
            (Area.MENUS,),
            menu,
            lambda session: menus.get_menu(session, menu.id, today),
            lambda session, data, before: menus.update_menu(session, menu.id, data, today, before),
            seen_of=lambda record: record.as_input(),
        )
        dialog = self._dialog(menu, seen)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                UndoableEdit(
                    self.ctx,
                    fill(self.tr("Modifier le menu {name}"), name=menu.name),
                    lambda session, data: menus.update_menu(session, menu.id, data, today),
                    seen.record.as_input(),
                    dialog.result_value.as_input(),
                )
            )
            self.ctx.changed(Area.MENUS)

    def print_shopping(self) -> None:
        menu = self.selected()
        if menu is None:
            return
        guests, ok = QInputDialog.getInt(
            self, self.tr("Liste de courses"), self.tr("Pour combien de personnes ?"), 20, 1, 100000
        )
        if not ok:
            return
        with self.ctx.db.session() as session:
            on_hand = ingredients_on_hand(session, self.ctx.cohort_id)
            result = shopping.for_menu(session, menu.id, guests, self.ctx.today(), on_hand)
        preview_shopping_list(self, result)

    def print_allergens(self) -> None:
        """The menu's allergen sheet for the buffet table."""
        from app.ui.kitchen.printing import preview_allergens

        menu = self.selected()
        if menu is not None:
            preview_allergens(self, "menu", menu.id)
