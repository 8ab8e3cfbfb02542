"""The cohort's expenses: add one, cancel one by a reversing expense, mark a member reimbursed,
and what is still owed to each member."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
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

from app.i18n import format_date
from app.services.errors import ValidationError
from app.services.money import format_amount
from app.services.sales import expenses as sales_expenses
from app.services.sales.expenses import ExpenseInfo
from app.ui.areas import Area
from app.ui.sales.day_view import SaleDayView
from app.ui.sales.dialogs import ExpenseDialog
from app.ui.style import Role, set_role


class ExpensesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ExpenseInfo] = []
        t = QCoreApplication.translate
        self.headers = [
            t("Sales", "Date"),
            t("Sales", "Fournisseur"),
            t("Sales", "Catégorie"),
            t("Sales", "Montant"),
            t("Sales", "Payé par"),
            t("Sales", "Remboursée"),
            t("Sales", "Ticket"),
            t("Sales", "Remarque"),
        ]

    def set_rows(self, rows: list[ExpenseInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        t = QCoreApplication.translate
        note = (
            t("Sales", "Annule la dépense n° {n} : {r}").format(n=row.reverses_id, r=row.reason)
            if row.reverses_id
            else row.notes
        )
        values = (
            format_date(row.date),
            row.supplier,
            row.category_label,
            format_amount(row.amount_cents),
            row.paid_by_name or t("Sales", "la caisse"),
            format_date(row.reimbursed_on) if row.reimbursed_on else "",
            row.receipt_number,
            note,
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None


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
            button.setMinimumHeight(36)
            button.setAccessibleName(button.text())
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
        self.add_button.setEnabled(cohort_id is not None)
        if owed:
            text = ", ".join(f"{r.name} : {format_amount(r.owed_cents)}" for r in owed)
            self.owed.setText(self.tr("À rembourser : {list}").format(list=text))
        else:
            self.owed.setText(self.tr("Rien à rembourser."))

    def selected(self) -> ExpenseInfo | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

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
