"""Ingredients: the list with pack, price and allergens; add, edit (a new price keeps the old),
delete to the Corbeille (refused while a recipe uses it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import format_date, listing
from app.services.menus import ingredients
from app.services.menus.ingredients import IngredientInfo
from app.services.money import format_amount
from app.services.units import quantity_with_unit
from app.ui.areas import Area
from app.ui.menus.ingredient_dialog import IngredientDialog
from app.ui.menus.list_page import ListPage
from app.ui.row_model import Column
from app.vocab.menus import allergen_label


def _columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("IngredientsPage", "Ingrédient"), lambda i: i.name),
        Column(
            QCoreApplication.translate("IngredientsPage", "Paquet"),
            lambda i: quantity_with_unit(i.price.pack_size, i.unit) if i.price else "—",
            lambda i: i.price.pack_size if i.price else 0,
            right=True,
        ),
        Column(
            QCoreApplication.translate("IngredientsPage", "Prix du paquet"),
            lambda i: format_amount(i.price.pack_price_cents) if i.price else "—",
            lambda i: i.price.pack_price_cents if i.price else -1,
            right=True,
        ),
        Column(
            QCoreApplication.translate("IngredientsPage", "Depuis le"),
            lambda i: format_date(i.price.valid_from) if i.price else "",
            lambda i: i.price.valid_from.toordinal() if i.price else 0,
        ),
        Column(QCoreApplication.translate("IngredientsPage", "Fournisseur"), lambda i: i.supplier),
        Column(
            QCoreApplication.translate("IngredientsPage", "Allergènes"),
            lambda i: listing(allergen_label(k) for k in i.allergens),
        ),
        Column(
            QCoreApplication.translate("IngredientsPage", "Traces"),
            lambda i: listing(allergen_label(k) for k in i.traces),
        ),
        Column(
            QCoreApplication.translate("IngredientsPage", "Recettes"),
            lambda i: str(i.used_in),
            lambda i: i.used_in,
            right=True,
        ),
    ]


class IngredientsPage(ListPage):
    def __init__(self, ctx, parent=None):
        super().__init__(
            ctx,
            "ingredients",
            _columns(),
            self.tr("Rechercher un ingrédient ou un fournisseur…"),
            self.tr("Montrer les ingrédients inactifs"),
            lambda i: not i.active,
            parent,
            search_text=lambda i: f"{i.name}\n{i.supplier}",
        )
        self.new_button = self.add_button(
            self.tr("Nouvel ingrédient"), "new_ingredient", self.add_ingredient, False
        )
        self.edit_button = self.add_button(
            self.tr("Modifier"), "edit_ingredient", self.edit_selected
        )
        self.delete_button = self.add_button(
            self.tr("Supprimer"), "delete_ingredient", self.delete_selected
        )
        self.finish_buttons()

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = ingredients.list_ingredients(
                session, self.ctx.today(), include_inactive=self.show_inactive.isChecked()
            )
        self.set_rows(rows)

    def count_text(self, shown: int) -> str:
        return self.tr("%n ingrédient(s)", "", shown)

    def open_dialog(self, ingredient: IngredientInfo | None = None) -> IngredientInfo | None:
        def save(data):
            with self.ctx.db.session() as session:
                if ingredient is None:
                    return ingredients.create_ingredient(session, data)
                return ingredients.update_ingredient(session, ingredient.id, data)

        dialog = IngredientDialog(save, self.ctx.today(), ingredient, self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.changed(Area.MENUS)
            return dialog.result_value
        return None

    def add_ingredient(self) -> None:
        from app.ui.safety.commands import Added

        created = self.open_dialog()
        if created is not None:
            self.ctx.undo_stack.push(
                Added(self.ctx, "ingredient", created.id, created.name, Area.MENUS)
            )
            self.select(created.id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        with self.ctx.db.session() as session:
            current = ingredients.get_ingredient(session, row.id, self.ctx.today())
        self.open_dialog(current)

    def delete_selected(self) -> None:
        """To the Corbeille (undoable); an ingredient a recipe uses is refused, naming them."""
        from app.services.safety import deletions
        from app.ui.safety.delete_action import confirm_and_trash

        row = self.selected()
        if row is not None:
            confirm_and_trash(
                self.ctx,
                self,
                row.name,
                lambda session: deletions.trash_ingredient(session, row.id),
                Area.MENUS,
            )
