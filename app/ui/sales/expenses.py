"""The cohort's expenses: add one, cancel one by a reversing expense, mark a member reimbursed,
and what is still owed to each member."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.i18n import fill, format_date, labelled, listing
from app.services.errors import ValidationError
from app.services.money import format_amount
from app.services.sales import expenses as sales_expenses
from app.services.sales.expenses import ExpenseInfo
from app.ui.areas import Area
from app.ui.row_model import Column, RowModel
from app.ui.sales.day_view import SaleDayView
from app.ui.sales.dialogs import ExpenseDialog
from app.ui.style import Role, set_role, size_by_font


class ExpensesModel(RowModel):
    """Rows are ExpenseInfo from the service, newest as the service orders them."""

    def __init__(self, parent=None):
        t = QCoreApplication.translate
        super().__init__(
            [
                Column(t("Sales", "Date"), lambda row: format_date(row.date), lambda row: row.date),
                Column(t("Sales", "Fournisseur"), lambda row: row.supplier),
                Column(t("Sales", "Catégorie"), lambda row: row.category_label),
                Column(
                    t("Sales", "Montant"),
                    lambda row: format_amount(row.amount_cents),
                    lambda row: row.amount_cents,
                    right=True,
                ),
                Column(t("Sales", "Payé par"), _paid_by),
                Column(
                    t("Sales", "Remboursée"),
                    lambda row: format_date(row.reimbursed_on) if row.reimbursed_on else "",
                ),
                Column(t("Sales", "Ticket"), lambda row: row.receipt_number),
                Column(t("Sales", "Remarque"), _note),
            ],
            parent=parent,
        )


def _paid_by(row: ExpenseInfo) -> str:
    return row.paid_by_name or QCoreApplication.translate("Sales", "la caisse")


def _note(row: ExpenseInfo) -> str:
    """The expense's note, or for a reversing expense which one it cancels and why."""
    if row.reverses_id:
        return fill(
            QCoreApplication.translate("Sales", "Annule la dépense n° {n} : {r}"),
            n=row.reverses_id,
            r=row.reason,
        )
    return row.notes


class ExpensesPage(SaleDayView):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("expenses_page")
        self.model = ExpensesModel(self)
        self.table = QTableView()
        self.table.setObjectName("expenses_table")
        self.table.setAccessibleName(self.tr("Dépenses de la cohorte"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Ajouter une dépense"))
        self.add_button.setObjectName("add_expense")
        self.add_button.clicked.connect(self.add_expense)
        self.reverse_button = QPushButton(self.tr("Annuler cette dépense…"))
        self.reverse_button.setObjectName("reverse_expense")
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.reimbursed_button = QPushButton(self.tr("Marquer remboursée"))
        self.reimbursed_button.setObjectName("mark_reimbursed")
        self.reimbursed_button.clicked.connect(self.mark_reimbursed)
        for button in (self.add_button, self.reverse_button, self.reimbursed_button):
            size_by_font(button, min_height=2.2)
            button.setAccessibleName(button.text())
        # the two buttons about one expense wait for a row (a click did nothing without one)
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)
        self._follow_selection()
        self.owed = QLabel()
        self.owed.setObjectName("reimbursements")
        self.owed.setWordWrap(True)
        self.error = QLabel()
        set_role(self.error, Role.ERROR)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reverse_button)
        buttons.addWidget(self.reimbursed_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.owed)

    def draw(self, session) -> None:
        self.error.clear()
        cohort_id = self.ctx.cohort_id
        rows = sales_expenses.list_expenses(session, cohort_id)
        owed = sales_expenses.reimbursements_owed(session, cohort_id) if cohort_id else []
        self.model.set_rows(rows)
        self._follow_selection()  # a reset model has no selection, and says so to no one
        self.add_button.setEnabled(cohort_id is not None)
        if owed:
            text = listing(labelled(r.name, format_amount(r.owed_cents)) for r in owed)
            self.owed.setText(fill(self.tr("À rembourser : {list}"), list=text))
        else:
            self.owed.setText(self.tr("Rien à rembourser."))

    def _follow_selection(self, *_args) -> None:
        chosen = self.selected() is not None
        self.reverse_button.setEnabled(chosen)
        self.reimbursed_button.setEnabled(chosen)

    def selected(self) -> ExpenseInfo | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def add_expense(self) -> None:
        dialog = ExpenseDialog(self.ctx, self.sale_event, parent=self)
        if dialog.exec():
            self.ctx.changed(Area.SALES)

    def reverse_selected(self) -> None:
        expense = self.selected()
        if expense is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Annuler une dépense"),
            self.tr("On garde la dépense et on ajoute une dépense contraire. Pourquoi ?"),
        )
        if not ok:
            return
        try:
            with self.ctx.db.session() as session:
                sales_expenses.reverse_expense(session, expense.id, reason, self.ctx.today())
        except ValidationError as error:
            self.error.setText(error.message)
            return
        self.ctx.changed(Area.SALES)

    def mark_reimbursed(self) -> None:
        expense = self.selected()
        if expense is None:
            return
        try:
            with self.ctx.db.session() as session:
                sales_expenses.mark_reimbursed(session, expense.id, self.ctx.today())
        except ValidationError as error:
            self.error.setText(error.message)
            return
        self.ctx.changed(Area.SALES)
