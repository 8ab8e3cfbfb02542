"""Orders: the list with total, cost and margin (red when unsafe), the editor, the quote and the
shopping list (PDF preview, or CSV)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.i18n import fill, format_date
from app.services.kitchen.stock import ingredients_on_hand
from app.services.menus import costing_settings, menus, orders, recipes, shopping
from app.services.menus.orders import OrderInfo
from app.services.money import format_amount
from app.ui.areas import Area
from app.ui.menus.commands import UndoableEdit
from app.ui.menus.cost_panel import percent
from app.ui.menus.directory_customers import directory_customers
from app.ui.menus.list_page import ListPage
from app.ui.menus.order_dialog import MenuChoice, OrderDialog, RecipeChoice
from app.ui.menus.printing import preview_quote, preview_shopping_list
from app.ui.row_model import Column
from app.ui.stale import SeenRecord


def _columns() -> list[Column]:
    warn = lambda o: o.check.warning and o.status != "cancelled"  # noqa: E731
    return [
        Column(
            QCoreApplication.translate("OrdersPage", "N°"),
            lambda o: str(o.id),
            lambda o: o.id,
            right=True,
        ),
        Column(
            QCoreApplication.translate("OrdersPage", "Date"),
            lambda o: format_date(o.event_date),
            lambda o: o.event_date.toordinal(),
        ),
        Column(QCoreApplication.translate("OrdersPage", "Client"), lambda o: o.customer),
        Column(
            QCoreApplication.translate("OrdersPage", "Personnes"),
            lambda o: str(o.guests or ""),
            lambda o: o.guests,
            right=True,
        ),
        Column(QCoreApplication.translate("OrdersPage", "Statut"), lambda o: o.status_label),
        Column(
            QCoreApplication.translate("OrdersPage", "Total TVAC"),
            lambda o: format_amount(o.total_incl_cents),
            lambda o: o.total_incl_cents,
            right=True,
        ),
        Column(
            QCoreApplication.translate("OrdersPage", "Coût"),
            lambda o: format_amount(o.check.cost_cents),
            lambda o: o.check.cost_exact,
            right=True,
        ),
        Column(
            QCoreApplication.translate("OrdersPage", "Marge"),
            lambda o: format_amount(o.check.margin_cents),
            lambda o: o.check.margin_exact,
            right=True,
            warning=warn,
        ),
        Column(
            QCoreApplication.translate("OrdersPage", "Marge %"),
            lambda o: percent(o.check.margin_percent),
            lambda o: o.check.margin_percent if o.check.margin_percent is not None else -1000,
            right=True,
            warning=warn,
        ),
    ]


class OrdersPage(ListPage):
    def __init__(self, ctx, parent=None):
        super().__init__(
            ctx,
            "orders",
            _columns(),
            self.tr("Rechercher un client…"),
            self.tr("Montrer les commandes livrées et annulées"),
            lambda o: o.status in ("delivered", "cancelled"),
            parent,
            search_text=lambda o: f"{o.customer}\n{o.contact}",
        )
        self.show_inactive.setChecked(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.new_button = self.add_button(
            self.tr("Nouvelle commande"), "new_order", self.add_order, False
        )
        self.edit_button = self.add_button(self.tr("Modifier"), "edit_order", self.edit_selected)
        self.quote_button = self.add_button(
            self.tr("Imprimer le devis…"),
            "print_quote",
            self.print_quote,
            tip=self.tr("Imprimer le devis (Ctrl+P)"),
        )
        self.quote_button.setShortcut("Ctrl+P")
        self.shopping_button = self.add_button(
            self.tr("Liste de courses…"), "order_shopping", self.print_shopping
        )
        self.csv_button = self.add_button(
            self.tr("Courses en CSV…"), "order_shopping_csv", self.save_shopping_csv
        )
        self.allergens_button = self.add_button(
            self.tr("Allergènes…"), "order_allergens", self.print_allergens
        )
        self.delete_button = self.add_button(
            self.tr("Supprimer…"), "delete_order", self.delete_selected
        )
        self.finish_buttons()

    def message_for(self, order: OrderInfo) -> str:
        if order.check.warning and order.status != "cancelled":
            return fill(
                self.tr("Commande n° {id} : {message}"), id=order.id, message=order.check.message
            )
        return ""

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = orders.list_orders(session, include_closed=self.show_inactive.isChecked())
        self.set_rows(rows)

    def count_text(self, shown: int) -> str:
        return self.tr("%n commande(s)", "", shown)

    def make_dialog(self, order: OrderInfo | None, seen: SeenRecord | None = None) -> OrderDialog:
        """The form for a new order, or for `seen.record` (saves claim its version)."""
        today = self.ctx.today()
        with self.ctx.db.session() as session:
            recipe_rows = recipes.list_recipes(session, today, include_inactive=order is not None)
            menu_rows = menus.list_menus(session, today)
            rates = costing_settings.get_costing_settings(session).vat_rates
            conditions = orders.new_order_conditions(session)
        db = self.ctx.db

        def create(data):
            with db.session() as session:
                return orders.create_order(session, data, today)

        def summary(lines, sales_format, on):
            with db.session() as session:
                return orders.summarise(session, lines, on, sales_format)[2]

        def menu_lines(menu_id, guests, sales_format):
            with db.session() as session:
                return orders.lines_from_menu(session, menu_id, guests, sales_format)

        def default_price(recipe_id, sales_format):
            with db.session() as session:
                return orders.format_price_cents(session, recipe_id, sales_format)

        return OrderDialog(
            create if seen is None else seen.save,
            summary,
            menu_lines,
            default_price,
            [RecipeChoice(r.id, r.label) for r in recipe_rows],
            [MenuChoice(m.id, m.name, m.sales_format) for m in menu_rows],
            rates,
            today,
            None if seen is None else seen.record,
            self,
            reload=None if seen is None else seen.reload,
            customers=directory_customers(self.ctx),
            conditions=conditions,
        )

    def seen_order(self, order: OrderInfo) -> SeenRecord:
        return SeenRecord(
            self.ctx,
            (Area.MENUS,),
            order,
            lambda session: orders.get_order(session, order.id),
            lambda session, data, seen: orders.update_order(session, order.id, data, seen),
        )

    def add_order(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.changed(Area.MENUS)
            self.select(dialog.result_value.id)

    def edit_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        seen = self.seen_order(order)
        dialog = self.make_dialog(order, seen)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                UndoableEdit(
                    self.ctx,
                    fill(self.tr("Modifier la commande n° {id}"), id=order.id),
                    lambda session, data: orders.update_order(session, order.id, data),
                    seen.record.as_input(),
                    dialog.result_value.as_input(),
                )
            )
            self.ctx.changed(Area.MENUS)

    def delete_selected(self) -> None:
        """To the Corbeille with its lines (undoable); linked sales days keep a link to restore."""
        from app.services.safety import deletions
        from app.ui.safety.delete_action import confirm_and_trash

        order = self.selected()
        if order is not None:
            confirm_and_trash(
                self.ctx,
                self,
                deletions.order_label(order),
                lambda session: deletions.trash_order(session, order.id),
                Area.MENUS,
            )

    def print_quote(self) -> None:
        order = self.selected()
        if order is None:
            return
        if order.check.warning:
            answer = QMessageBox.question(
                self,
                self.tr("Calculer avant de dépenser"),
                order.check.message + "\n\n" + self.tr("Imprimer quand même le devis ?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        preview_quote(self, order)

    def print_allergens(self) -> None:
        """The order's allergen sheet, to go with the food."""
        from app.ui.kitchen.printing import preview_allergens

        order = self.selected()
        if order is not None:
            preview_allergens(self, "order", order.id)

    def _shopping(self):
        order = self.selected()
        if order is None:
            return None
        with self.ctx.db.session() as session:
            on_hand = ingredients_on_hand(session, self.ctx.cohort_id)
            return shopping.for_order(session, order.id, on_hand)

    def print_shopping(self) -> None:
        result = self._shopping()
        if result is not None:
            preview_shopping_list(self, result)

    def ask_csv_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer la liste de courses"),
            str(Path.home() / suggested),
            "CSV (*.csv)",
        )
        return path

    def save_shopping_csv(self) -> None:
        from app.printing.shopping_list import shopping_list_csv

        result = self._shopping()
        if result is None:
            return
        path = self.ask_csv_path(f"courses-commande-{self.selected().id}.csv")
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        Path(path).write_text(shopping_list_csv(result), encoding="utf-8-sig")
