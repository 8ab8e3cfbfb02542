"""Dialogs of the Sales tab: a new sales day, a correction after closing, an expense, and the
profit-sharing decision. Each saves through a service; a refusal shows at its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import RIGHT_TO_LEFT_MARK, fill, format_date, joined, without_isolates
from app.services.errors import ValidationError
from app.services.menus import orders
from app.services.money import format_amount, parse_amount
from app.services.people import members as people
from app.services.sales import closing, expenses, sharing
from app.services.sales import events as sales_events
from app.services.sales.events import EventInfo, EventInput
from app.ui.dialogs import FormDialog, save_cancel_buttons
from app.ui.style import Role, set_role, size_by_font
from app.ui.vocab_combo import add_choices
from app.ui.widgets import list_fits_its_items
from app.vocab.sales import (
    ExpenseCategory,
    LineKind,
    PaymentMethod,
    SaleFormat,
    ShareSplit,
    expense_category_label,
    line_kind_label,
    payment_method_label,
    sale_format_label,
    share_split_label,
)


def _date_edit(day) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _person_box(ctx, with_none: str) -> QComboBox:
    box = QComboBox()
    box.addItem(with_none, None)
    with ctx.db.session() as session:
        for person in people.list_people(session, ctx.cohort_id):
            box.addItem(person.full_name, person.id)
    return box


class EventDialog(FormDialog):
    """A new sales day of the current cohort."""

    def __init__(self, ctx, parent=None):
        def save(data: EventInput):
            with ctx.db.session() as session:
                return sales_events.create_event(session, data)

        super().__init__(save, parent)
        self.ctx = ctx
        self.setObjectName("event_dialog")
        self.setWindowTitle(self.tr("Nouvelle vente"))
        size_by_font(self, min_width=69)
        self.date = _date_edit(ctx.today())
        self.format = add_choices(QComboBox(), SaleFormat, sale_format_label)
        self.place = QLineEdit()
        self.delegate = _person_box(ctx, self.tr("(personne)"))
        self.order = QComboBox()
        self.order.addItem(self.tr("(aucune)"), None)
        self._order_recipes: dict[int, tuple[dt.date, set[int], str]] = {}
        with ctx.db.session() as session:
            for order in orders.list_orders(session, include_closed=True):
                if order.status == "cancelled":
                    continue
                self.order.addItem(joined(format_date(order.event_date), order.customer), order.id)
                self._order_recipes[order.id] = (
                    order.event_date,
                    {line.recipe_id for line in order.lines},
                    order.sales_format,
                )
        self.order.currentIndexChanged.connect(self._order_picked)
        self.products = QListWidget()
        size_by_font(self.products, min_height=8.8)
        with ctx.db.session() as session:
            for recipe in sales_events.list_recipes_for_sale(session):
                item = QListWidgetItem(joined(recipe.name, format_amount(recipe.price_cents)))
                item.setData(Qt.ItemDataRole.UserRole, recipe.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.products.addItem(item)
        list_fits_its_items(self.products)  # the prices whole, in large mode too
        self.opening_float = QLineEdit("0,00")
        self._apply_defaults()
        self.date.dateChanged.connect(lambda _d: self._apply_defaults())
        layout = QVBoxLayout(self)
        layout.addLayout(
            self.add_rows(
                QFormLayout(),
                (
                    ("date", self.tr("Date *"), self.date),
                    ("format", self.tr("Type de vente *"), self.format),
                    ("place", self.tr("Lieu"), self.place),
                    ("delegate", self.tr("Déléguée du jour"), self.delegate),
                    ("order_ref", self.tr("Commande (onglet Menus)"), self.order),
                    ("products", self.tr("Produits en vente *"), self.products),
                    ("opening_float", self.tr("Fonds de caisse"), self.opening_float),
                ),
            )
        )
        hint = QLabel(
            self.tr(
                "Les prix sont copiés maintenant : "
                "changer une recette plus tard ne change pas cette vente."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        layout.addWidget(hint)
        layout.addWidget(self.general_error)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)

    def _apply_defaults(self) -> None:
        """The delegate of the chosen date, and that date's order or sale morning (format and
        place), so the delegate of the day only checks them."""
        from app.services.sales.new_day import new_day_defaults

        with self.ctx.db.session() as session:
            defaults = new_day_defaults(session, self.ctx.cohort_id, self.date.date().toPython())
        if defaults.delegate_id is not None:
            self.delegate.setCurrentIndex(max(0, self.delegate.findData(defaults.delegate_id)))
        if defaults.format is not None:
            self.format.setCurrentIndex(max(0, self.format.findData(defaults.format)))
        if defaults.place and not self.place.text().strip():
            self.place.setText(defaults.place)
        if defaults.order_id is not None and self.order.currentData() is None:
            self.order.setCurrentIndex(max(0, self.order.findData(defaults.order_id)))

    def accept(self) -> None:
        """Before a second sale day on the same date and place, ask."""
        from app.services.sales.new_day import same_day_and_place

        with self.ctx.db.session() as session:
            twins = same_day_and_place(
                session, self.ctx.cohort_id, self.date.date().toPython(), self.place.text()
            )
        if twins:
            answer = QMessageBox.question(
                self,
                self.tr("Deuxième vente le même jour"),
                fill(
                    self.tr(
                        "Il y a déjà une vente le {date} à cet endroit : « {title} ». "
                        "Créer quand même une deuxième vente ?"
                    ),
                    date=format_date(twins[0].date),
                    title=twins[0].title,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def _order_picked(self) -> None:
        """An order sets the date, its sales format (a catering, say) and ticks its products."""
        order_id = self.order.currentData()
        if order_id is None:
            return
        day, recipe_ids, sales_format = self._order_recipes[order_id]
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.format.setCurrentIndex(max(0, self.format.findData(sales_format)))
        for index in range(self.products.count()):
            item = self.products.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in recipe_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def check_recipes(self, names: list[str]) -> None:
        """Tick the products whose name starts with one of `names` (in any interface language:
        the name is read without the marks that set its direction in Arabic)."""
        for index in range(self.products.count()):
            item = self.products.item(index)
            shown = without_isolates(item.text()).lstrip(RIGHT_TO_LEFT_MARK)
            if any(shown.startswith(name) for name in names):
                item.setCheckState(Qt.CheckState.Checked)

    def typed(self) -> EventInput:
        chosen = tuple(
            self.products.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.products.count())
            if self.products.item(i).checkState() == Qt.CheckState.Checked
        )
        return EventInput(
            cohort_id=self.ctx.cohort_id,
            date=self.date.date().toPython(),
            format=self.format.currentData(),
            place=self.place.text(),
            delegate_id=self.delegate.currentData(),
            recipe_ids=chosen,
            opening_float_cents=parse_amount(self.opening_float.text(), "opening_float"),
            order_ref=self.order.currentData(),
        )


class CorrectionDialog(FormDialog):
    """A reversing entry on a closed day: how many to add or remove, why, and who."""

    def __init__(self, ctx, event: EventInfo, parent=None):
        def save(values):
            with ctx.db.session() as session:
                return closing.correct_count(session, event.id, *values)

        super().__init__(save, parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Correction après clôture"))
        self.product = QComboBox()
        for product in event.products:
            self.product.addItem(product.name, product.id)
        self.kind = add_choices(QComboBox(), LineKind, line_kind_label)
        self.method = add_choices(QComboBox(), PaymentMethod, payment_method_label)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.method.setEnabled(self.kind.currentData() == LineKind.SALE)
        )
        self.delta = QSpinBox()
        self.delta.setRange(-10000, 10000)
        self.delta.setValue(-1)
        self.reason = QLineEdit()
        self.by = _person_box(ctx, self.tr("(personne)"))
        layout = QVBoxLayout(self)
        layout.addLayout(
            self.add_rows(
                QFormLayout(),
                (
                    ("product", self.tr("Produit"), self.product),
                    ("kind", self.tr("Quoi"), self.kind),
                    ("payment_method", self.tr("Paiement"), self.method),
                    ("delta", self.tr("Ajouter (+) ou enlever (−)"), self.delta),
                    ("reason", self.tr("Pourquoi ? *"), self.reason),
                    ("by", self.tr("Qui corrige"), self.by),
                ),
            )
        )
        layout.addWidget(self.general_error)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)

    def typed(self):
        kind = self.kind.currentData()
        return (
            self.product.currentData(),
            kind,
            self.method.currentData() if kind == LineKind.SALE else None,
            self.delta.value(),
            self.reason.text(),
            self.by.currentData(),
        )


class CashCorrectionDialog(FormDialog):
    """Money in (+) or out (−) of the box found after closing, with a reason and who."""

    def __init__(self, ctx, event: EventInfo, parent=None):
        def save(values):
            with ctx.db.session() as session:
                return closing.correct_cash(session, event.id, *values)

        super().__init__(save, parent)
        self.setObjectName("cash_correction_dialog")
        self.setWindowTitle(self.tr("Correction de la caisse"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("-2,00 pour une sortie"))
        self.reason = QLineEdit()
        self.by = _person_box(ctx, self.tr("(personne)"))
        layout = QVBoxLayout(self)
        layout.addLayout(
            self.add_rows(
                QFormLayout(),
                (
                    ("amount", self.tr("Montant (+ ou −) *"), self.amount),
                    ("reason", self.tr("Pourquoi ? *"), self.reason),
                    ("by", self.tr("Qui corrige"), self.by),
                ),
            )
        )
        layout.addWidget(self.general_error)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)

    def typed(self):
        cents = parse_amount(self.amount.text(), "amount", allow_negative=True, allow_zero=False)
        return (cents, self.reason.text(), self.by.currentData())


class ExpenseDialog(FormDialog):
    def __init__(self, ctx, event: EventInfo | None, parent=None):
        def save(data):
            with ctx.db.session() as session:
                return expenses.add_expense(session, data)

        super().__init__(save, parent)
        self.ctx = ctx
        self.sale_event = event
        self.setObjectName("expense_dialog")
        self.setWindowTitle(self.tr("Nouvelle dépense"))
        size_by_font(self, min_width=63)
        self.date = _date_edit(event.date if event else ctx.today())
        self.supplier = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("12,50")
        self.category = add_choices(QComboBox(), ExpenseCategory, expense_category_label)
        self.paid_by = _person_box(ctx, self.tr("la caisse (rien à rembourser)"))
        self.receipt = QLineEdit()
        self.link = QCheckBox(
            fill(self.tr("Liée à la vente du {d}"), d=format_date(event.date)) if event else ""
        )
        self.link.setChecked(event is not None and not event.closed)
        self.link.setEnabled(event is not None and not event.closed)
        layout = QVBoxLayout(self)
        layout.addLayout(
            self.add_rows(
                QFormLayout(),
                (
                    ("date", self.tr("Date *"), self.date),
                    ("supplier", self.tr("Fournisseur"), self.supplier),
                    ("amount", self.tr("Montant *"), self.amount),
                    ("category", self.tr("Catégorie"), self.category),
                    ("paid_by", self.tr("Payé par"), self.paid_by),
                    ("receipt_number", self.tr("N° du ticket"), self.receipt),
                    ("event", self.tr("Vente"), self.link),
                ),
            )
        )
        layout.addWidget(self.general_error)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)

    def typed(self):
        text = self.amount.text().strip()
        amount = parse_amount(text, "amount", allow_zero=False) if text else None
        return expenses.ExpenseInput(
            cohort_id=self.ctx.cohort_id,
            date=self.date.date().toPython(),
            amount_cents=amount,
            supplier=self.supplier.text(),
            category=self.category.currentData(),
            paid_by_id=self.paid_by.currentData(),
            receipt_number=self.receipt.text(),
            event_id=self.sale_event.id
            if self.sale_event is not None and self.link.isChecked()
            else None,
        )


class SharingDialog(FormDialog):
    """Record the group's decision on the cohort's profit: proposal, mode, hours, objections."""

    def __init__(self, ctx, profit_cents: int, parent=None):
        def save(data):
            with ctx.db.session() as session:
                return sharing.record_decision(session, data)

        super().__init__(save, parent)
        self.ctx = ctx
        self.setObjectName("sharing_dialog")
        self.setWindowTitle(self.tr("Partage du résultat (par consentement)"))
        size_by_font(self, min_width=89)
        self.decided_on = _date_edit(ctx.today())
        self.proposal = QPlainTextEdit()
        size_by_font(self.proposal, height=3.8)
        self.fund = QSpinBox()
        self.fund.setRange(0, 100)
        self.fund.setSuffix(" %")
        self.split = add_choices(QComboBox(), ShareSplit, share_split_label)
        self.hours = QTableWidget(0, 3)
        self.hours.setHorizontalHeaderLabels(
            [self.tr("Membre"), self.tr("Heures"), self.tr("A participé")]
        )
        size_by_font(self.hours, min_height=9.4)
        with ctx.db.session() as session:
            members = [p for p in people.list_people(session, ctx.cohort_id) if p.role == "member"]
            attended = sharing.attendance_hours(session, ctx.cohort_id) if ctx.cohort_id else {}
        self.hours.setRowCount(len(members))
        for row, person in enumerate(members):
            name = QTableWidgetItem(person.full_name)
            name.setData(Qt.ItemDataRole.UserRole, person.id)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.hours.setItem(row, 0, name)
            hours = attended.get(person.id, 0)
            self.hours.setItem(row, 1, QTableWidgetItem(f"{hours:g}".replace(".", ",")))
            took_part = QTableWidgetItem()
            took_part.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            took_part.setCheckState(Qt.CheckState.Checked)
            self.hours.setItem(row, 2, took_part)
        self.hours.resizeColumnsToContents()
        self.objections = QPlainTextEdit()
        self.objections.setPlaceholderText(
            self.tr("Une objection par ligne : objection => comment elle a été intégrée")
        )
        size_by_font(self.objections, height=3.8)
        self.outcome = QPlainTextEdit()
        size_by_font(self.outcome, height=3.1)
        self.review = QCheckBox(self.tr("Revoir la décision le :"))
        self.review.setAccessibleName(self.review.text())
        self.review_on = _date_edit(ctx.today())
        review_row = QWidget()
        review_layout = QHBoxLayout(review_row)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.review)
        review_layout.addWidget(self.review_on, 1)
        self.lay_out(
            QLabel(fill(self.tr("Résultat de la cohorte : {p}"), p=format_amount(profit_cents))),
            self.add_rows(
                QFormLayout(),
                (
                    ("decided_on", self.tr("Date *"), self.decided_on),
                    ("proposal", self.tr("Proposition *"), self.proposal),
                    ("fund", self.tr("Part au fonds commun"), self.fund),
                    ("split", self.tr("Le reste"), self.split),
                    ("hours", self.tr("Heures de présence"), self.hours),
                    ("objections", self.tr("Objections"), self.objections),
                    ("outcome", self.tr("Décision"), self.outcome),
                    ("review_on", self.tr("Révision"), review_row),
                ),
            ),
        )

    def typed(self):
        hours, took_part = {}, []
        for row in range(self.hours.rowCount()):
            person_id = self.hours.item(row, 0).data(Qt.ItemDataRole.UserRole)
            hours[person_id] = self.hours.item(row, 1).text()
            if self.hours.item(row, 2).checkState() == Qt.CheckState.Checked:
                took_part.append(person_id)
        objections = []
        for line in self.objections.toPlainText().splitlines():
            if line.strip():
                objection, _, integration = line.partition("=>")
                objections.append((objection.strip(), integration.strip()))
        if self.ctx.cohort_id is None:
            raise ValidationError("decided_on", self.tr("Choisissez d'abord une cohorte."))
        return sharing.DecisionInput(
            cohort_id=self.ctx.cohort_id,
            decided_on=self.decided_on.date().toPython(),
            proposal=self.proposal.toPlainText(),
            fund_percent=self.fund.value(),
            split=self.split.currentData(),
            hours=hours,
            took_part=tuple(took_part),
            objections=tuple(objections),
            outcome=self.outcome.toPlainText(),
            review_on=self.review_on.date().toPython() if self.review.isChecked() else None,
        )
