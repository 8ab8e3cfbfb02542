"""The order editor: customer, date, guests, a menu to fill the lines from, delivery or pick-up,
status, quote validity and conditions; the lines; and the cost panel that shows cost, price and
margin — in red with the reason — before the quote is sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from app.i18n import fill
from app.services.errors import Field, ValidationError
from app.services.menus.costing import PriceCheck
from app.services.menus.orders import (
    OrderInfo,
    OrderInput,
    OrderLineInput,
)
from app.services.money import format_amount, parse_amount
from app.services.units import parse_quantity, plain_quantity
from app.ui.dialogs import FormDialog
from app.ui.menus.cost_panel import CostPanel
from app.ui.menus.customer_picker import CustomerChoice, CustomerPicker, CustomerSource
from app.ui.menus.line_widgets import picked_from_list, row_of, type_ahead_picker
from app.ui.menus.recipe_dialog import vat_text
from app.ui.style import chars, lines, size_by_font
from app.ui.table_view import columns_fit_their_headers
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, combo_box, date_edit, hbox, named, scrolling
from app.vocab.menus import Fulfilment, OrderStatus, fulfilment_label, order_status_label
from app.vocab.sales import SaleFormat, sale_format_label


@dataclass(frozen=True)
class RecipeChoice:
    id: int
    label: str


@dataclass(frozen=True)
class MenuChoice:
    id: int
    name: str
    sales_format: str


class OrderDialog(FormDialog):
    """`summary(lines, sales_format, date)` -> PriceCheck; `menu_lines(menu_id, guests, format)` ->
    OrderLineInput list; `default_price(recipe_id, format)` -> (cents, bp); `conditions`: what a
    new order's conditions start with (in the quote's language, `orders.new_order_conditions`)."""

    def __init__(
        self,
        save: Callable[[OrderInput], OrderInfo],
        summary: Callable[[list[OrderLineInput], str, dt.date], PriceCheck],
        menu_lines: Callable[[int, int, str], list[OrderLineInput]],
        default_price: Callable[[int, str], tuple[int, int]],
        recipes: list[RecipeChoice],
        menus: list[MenuChoice],
        vat_rates: list[int],
        today: dt.date,
        order: OrderInfo | None = None,
        parent=None,
        reload: Callable[[], OrderInfo] | None = None,
        customers: CustomerSource | None = None,
        *,
        conditions: str,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("order_dialog")
        self._customers = customers
        self.setWindowTitle(
            self.tr("Nouvelle commande")
            if order is None
            else fill(self.tr("Commande n° {id}"), id=order.id)
        )
        self.resize(chars(169), lines(45))
        self._summary = summary
        self._menu_lines = menu_lines
        self._default_price = default_price
        self.recipes = recipes
        self.vat_rates = vat_rates
        self.lay_out(
            (hbox((self._build_order(menus, today, conditions), 1), (self._build_lines(), 1)), 1)
        )
        self.sales_format.currentIndexChanged.connect(self.update_cost)
        self.event_date.dateChanged.connect(self.update_cost)
        if order is not None:
            self._fill(order)
        self.customer.setFocus()
        self.update_cost()

    # --- building ------------------------------------------------------------------------------
    def _build_order(self, menus: list[MenuChoice], today: dt.date, conditions: str) -> QScrollArea:
        """The left column: who, when, how many, which menu, delivery, status and the quote's
        terms, scrolling up and down."""
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("organisation ou personne"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("nom, téléphone, e-mail"))
        self.customer_picker = None
        directory_row = ()
        if self._customers is not None:
            self.customer_picker = CustomerPicker(self._customers, self.customer.text)
            self.customer_picker.picked.connect(self._customer_picked)
            directory_row = (("organisation", self.tr("Du répertoire"), self.customer_picker),)
        self.event_date = date_edit(today + dt.timedelta(days=14))
        self.guests = QSpinBox()
        self.guests.setRange(0, 100000)
        self.sales_format = add_choices(QComboBox(), SaleFormat, sale_format_label)
        self.sales_format.setCurrentIndex(self.sales_format.findData(SaleFormat.CATERING.value))
        self.menu = combo_box([(self.tr("(pas de menu)"), None)] + [(m.name, m.id) for m in menus])
        self.fill_button = button(
            self.tr("Remplir depuis le menu"), "fill_from_menu", self.fill_from_menu
        )
        self.fulfilment = add_choices(QComboBox(), Fulfilment, fulfilment_label)
        self.address = QPlainTextEdit()
        size_by_font(self.address, height=2.9)
        self.status = add_choices(QComboBox(), OrderStatus, order_status_label)
        self.valid_days = QSpinBox()
        self.valid_days.setRange(0, 365)
        self.valid_days.setValue(30)
        self.valid_days.setSuffix(self.tr(" jours"))
        self.conditions = QPlainTextEdit(conditions)
        self.conditions.setToolTip(self.tr("Imprimées sur le devis, dans la langue du devis."))
        size_by_font(self.conditions, height=4.4)
        self.notes = QPlainTextEdit()
        size_by_font(self.notes, height=2.9)
        form = self.add_rows(
            QFormLayout(),
            (
                *directory_row,
                ("customer", self.tr("Client *"), self.customer),
                ("contact", self.tr("Contact"), self.contact),
                ("event_date", self.tr("Date"), self.event_date),
                ("guests", self.tr("Nombre de personnes"), self.guests),
                ("sales_format", self.tr("Format de vente"), self.sales_format),
                ("menu", self.tr("Menu"), self.menu, hbox((self.menu, 1), self.fill_button)),
                ("fulfilment", self.tr("Livraison"), self.fulfilment),
                ("address", self.tr("Adresse"), self.address),
                ("status", self.tr("Statut"), self.status),
                ("quote_valid_days", self.tr("Devis valable"), self.valid_days),
                ("conditions", self.tr("Conditions"), self.conditions),
                ("notes", self.tr("Notes"), self.notes),
            ),
        )
        return scrolling(form, sideways=False)

    def _build_lines(self) -> QVBoxLayout:
        """The right column: the order's lines, its totals and what it costs."""
        self.lines = named(QTableWidget(0, 5), "order_lines", self.tr("Lignes de la commande"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Produit"), self.tr("Quantité"), self.tr("Prix TVAC"), self.tr("TVA"), ""]
        )
        columns_fit_their_headers(self.lines)
        self.add_line_button = button(self.tr("Ajouter une ligne"), "add_order_line", self.add_line)
        self.add_line_button.setShortcut("Ctrl+L")
        self.cost_panel = CostPanel()
        self.totals = QLabel()
        self.totals.setObjectName("order_totals")
        right = QVBoxLayout()
        right.addWidget(self.lines, 1)
        right.addWidget(self.errors.add("lines", self.lines))
        right.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.totals)
        right.addWidget(self.cost_panel)
        return right

    def add_line(
        self,
        recipe_id: int | None = None,
        quantity: str = "",
        price_cents: int | None = None,
        vat_bp: int | None = None,
    ) -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        picker = type_ahead_picker(
            ((recipe.label, recipe.id) for recipe in self.recipes),
            fill(self.tr("Produit, ligne {n}"), n=row + 1),
        )
        amount = QLineEdit(quantity)
        amount.setAccessibleName(fill(self.tr("Quantité, ligne {n}"), n=row + 1))
        price = QLineEdit("" if price_cents is None else format_amount(price_cents, symbol=False))
        price.setAccessibleName(fill(self.tr("Prix unitaire, ligne {n}"), n=row + 1))
        vat = QComboBox()
        vat.setAccessibleName(fill(self.tr("TVA, ligne {n}"), n=row + 1))
        for rate in self.vat_rates:
            vat.addItem(vat_text(rate), rate)
        if vat_bp is not None:
            if vat.findData(vat_bp) < 0:
                vat.addItem(vat_text(vat_bp), vat_bp)
            vat.setCurrentIndex(vat.findData(vat_bp))
        remove = QPushButton(self.tr("Retirer"))
        remove.setAccessibleName(fill(self.tr("Retirer la ligne {n}"), n=row + 1))
        remove.clicked.connect(lambda: self._remove(remove))
        for column, widget in enumerate((picker, amount, price, vat, remove)):
            self.lines.setCellWidget(row, column, widget)
        if recipe_id is not None:
            picker.setCurrentIndex(max(0, picker.findData(recipe_id)))
            picker.lineEdit().setCursorPosition(0)
        picker.setToolTip(picker.currentText())
        picker.currentIndexChanged.connect(lambda _i: self._recipe_picked(picker))
        amount.textChanged.connect(self.update_cost)
        price.textChanged.connect(self.update_cost)
        vat.currentIndexChanged.connect(self.update_cost)
        self.update_cost()
        return row

    def _row_of(self, widget) -> int:
        return row_of(self.lines, widget)

    def _remove(self, button) -> None:
        row = self._row_of(button)
        if row >= 0:
            self.lines.removeRow(row)
            self.update_cost()

    def _recipe_picked(self, picker: QComboBox) -> None:
        row = self._row_of(picker)
        recipe_id = picker.currentData()
        if row < 0 or recipe_id is None:
            return
        price, rate = self._default_price(recipe_id, self.sales_format.currentData())
        self.lines.cellWidget(row, 2).setText(format_amount(price, symbol=False))
        vat = self.lines.cellWidget(row, 3)
        if vat.findData(rate) < 0:
            vat.addItem(vat_text(rate), rate)
        vat.setCurrentIndex(vat.findData(rate))
        self.update_cost()

    def fill_from_menu(self) -> None:
        menu_id = self.menu.currentData()
        if menu_id is None:
            self.errors.show(ValidationError("menu", self.tr("Choisissez d'abord un menu.")))
            return
        try:
            lines = self._menu_lines(menu_id, self.guests.value(), self.sales_format.currentData())
        except ValidationError as error:
            self.errors.show(error)
            return
        self.errors.clear()
        self.lines.setRowCount(0)
        for line in lines:
            self.add_line(
                line.recipe_id,
                plain_quantity(line.quantity),
                line.unit_price_cents,
                line.vat_rate_bp,
            )

    def typed_lines(self) -> tuple[OrderLineInput, ...]:
        lines = []
        for row in range(self.lines.rowCount()):
            picker, amount, price, vat = (self.lines.cellWidget(row, c) for c in range(4))
            if picker.currentData() is None and not amount.text().strip():
                continue
            field = Field("lines", row=row)
            if not picked_from_list(picker):
                raise ValidationError(
                    field,
                    fill(self.tr("Ligne {n} : choisissez un produit de la liste."), n=row + 1),
                )
            quantity = parse_quantity(amount.text(), field)
            cents = parse_amount(price.text(), field) if price.text().strip() else None
            lines.append(
                OrderLineInput(
                    picker.currentData(),
                    quantity,
                    cents,
                    vat.currentData() if cents is not None else None,
                )
            )
        return tuple(lines)

    def _customer_picked(self, choice: CustomerChoice | None) -> None:
        """The directory's name in the customer field, and its address when none is typed."""
        if choice is None:
            return
        self.customer.setText(choice.name)
        if not self.address.toPlainText().strip():
            self.address.setPlainText(choice.address)

    def refill(self, order: OrderInfo) -> None:
        """The order as stored now, in place of what was typed (its save was refused)."""
        self.lines.setRowCount(0)
        self._fill(order)
        self.update_cost()

    def _fill(self, order: OrderInfo) -> None:
        if self.customer_picker is not None:
            self.customer_picker.select(order.organisation_id)
        self.customer.setText(order.customer)
        self.contact.setText(order.contact)
        self.event_date.setDate(
            QDate(order.event_date.year, order.event_date.month, order.event_date.day)
        )
        self.guests.setValue(order.guests)
        self.sales_format.setCurrentIndex(max(0, self.sales_format.findData(order.sales_format)))
        self.menu.setCurrentIndex(max(0, self.menu.findData(order.menu_id)))
        self.fulfilment.setCurrentIndex(max(0, self.fulfilment.findData(order.fulfilment)))
        self.address.setPlainText(order.address)
        self.status.setCurrentIndex(max(0, self.status.findData(order.status)))
        self.valid_days.setValue(order.quote_valid_days)
        self.conditions.setPlainText(order.conditions)
        self.notes.setPlainText(order.notes)
        for line in order.lines:
            self.add_line(
                line.recipe_id,
                plain_quantity(line.quantity),
                line.unit_price_cents,
                line.vat_rate_bp,
            )

    def _date(self) -> dt.date:
        value = self.event_date.date()
        return dt.date(value.year(), value.month(), value.day())

    def typed(self) -> OrderInput:
        return OrderInput(
            customer=self.customer.text(),
            event_date=self._date(),
            lines=self.typed_lines(),
            guests=self.guests.value(),
            contact=self.contact.text(),
            menu_id=self.menu.currentData(),
            sales_format=self.sales_format.currentData(),
            fulfilment=self.fulfilment.currentData(),
            address=self.address.toPlainText(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            conditions=self.conditions.toPlainText(),
            quote_valid_days=self.valid_days.value(),
            organisation_id=(
                self.customer_picker.current_id() if self.customer_picker is not None else None
            ),
        )

    def update_cost(self, *_args) -> None:
        if not hasattr(self, "cost_panel"):
            return
        try:
            lines = list(self.typed_lines())
            if not lines:
                self.cost_panel.show_problem(
                    self.tr("Ajoutez des lignes pour voir le coût et la marge.")
                )
                self.totals.setText("")
                return
            check = self._summary(lines, self.sales_format.currentData(), self._date())
        except ValidationError as error:
            self.cost_panel.show_problem(
                fill(self.tr("Pour calculer : {message}"), message=error.message)
            )
            return
        self.totals.setText(
            fill(
                self.tr("Total : {total} TVA comprise"), total=format_amount(check.price_incl_cents)
            )
        )
        self.cost_panel.show_order(check)
