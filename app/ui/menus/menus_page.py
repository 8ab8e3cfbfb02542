"""Menus: named sets of recipes with portions per guest, what one guest costs and pays, and a
shopping list for a number of guests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

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
from app.vocab.sales import sale_format_label


def _columns() -> list[Column]:
    t = lambda text: QCoreApplication.translate("MenusPage", text)  # noqa: E731
    return [
        Column(t("Menu"), lambda m: m.name),
        Column(t("Format"), lambda m: sale_format_label(m.sales_format)),
        Column(
            t("Coût par personne"),
            lambda m: format_amount(costing.to_cents(m.cost_per_guest_exact)),
            lambda m: m.cost_per_guest_exact,
            right=True,
        ),
        Column(
            t("Prix par personne"),
            lambda m: format_amount(m.price_per_guest_cents),
            lambda m: m.price_per_guest_cents,
            right=True,
        ),
        Column(
            t("Recettes"),
            lambda m: ", ".join(
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
        self.refresh()

    def refresh(self) -> None:
        needle = self.search.text().strip().lower()
        with self.ctx.db.session() as session:
            rows = menus.list_menus(session, self.ctx.today(), self.show_inactive.isChecked())
        rows = [m for m in rows if needle in m.name.lower()]
        self.set_rows(rows)
        self.count_label.setText(self.tr("%n menu(s)", "", len(rows)))

    def _dialog(self, menu: MenuInfo | None) -> MenuDialog:
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            choices = [RecipeChoice(r.id, r.label) for r in recipes.list_recipes(session, today)]

        def save(data):
            with self.ctx.db.session() as session:
                if menu is None:
                    return menus.create_menu(session, data, today)
                return menus.update_menu(session, menu.id, data, today)

        return MenuDialog(save, choices, menu, self)

    def add_menu(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.changed(Area.MENUS)
            self.select(dialog.result_value.id)

    def edit_selected(self) -> None:
        menu = self.selected()
        if menu is None:
            return
        dialog = self._dialog(menu)
        if dialog.exec() and dialog.result_value is not None:
            today = self.ctx.today()
            self.ctx.undo_stack.push(
                UndoableEdit(
                    self.ctx,
                    self.tr("Modifier le menu {name}").format(name=menu.name),
                    lambda session, data: menus.update_menu(session, menu.id, data, today),
                    menu.as_input(),
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
            result = shopping.for_menu(session, menu.id, guests, self.ctx.today())
        preview_shopping_list(self, result)

    def print_allergens(self) -> None:
        """The menu's allergen sheet for the buffet table."""
        from app.ui.kitchen.printing import preview_allergens

        menu = self.selected()
        if menu is not None:
            preview_allergens(self, "menu", menu.id)
