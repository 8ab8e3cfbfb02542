"""The register of decisions: search, the list (latest first), new / edit / delete with undo, and
the register printed (all, or what the search found)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from app.i18n import format_date
from app.services.decisions import register
from app.services.decisions.register import DecisionInfo
from app.services.decisions.search import search_decisions
from app.ui.areas import Area
from app.ui.decisions.commands import AddDecision, EditDecision
from app.ui.decisions.decision_dialog import DecisionDialog
from app.ui.row_model import Column, RowModel
from app.ui.table_view import read_only_table, select_key, selected_row, sorted_proxy
from app.ui.widgets import button, hbox, named
from app.vocab.decisions import DecisionKind, Position, decision_kind_label


def _first_line(text: str, length: int = 70) -> str:
    line = (text.splitlines() or [""])[0]
    return line if len(line) <= length else line[: length - 1] + "…"


def decisions_model(parent=None) -> RowModel:
    return RowModel(
        [
            Column(
                QCoreApplication.translate("Decisions", "Date"),
                lambda d: format_date(d.decided_on),
                sort_key=lambda d: d.decided_on,
            ),
            Column(
                QCoreApplication.translate("Decisions", "Titre"),
                lambda d: d.title or decision_kind_label(d.kind),
            ),
            Column(
                QCoreApplication.translate("Decisions", "Proposition"),
                lambda d: _first_line(d.proposal),
            ),
            Column(
                QCoreApplication.translate("Decisions", "Consentements"),
                lambda d: d.count(Position.CONSENT),
                right=True,
            ),
            Column(
                QCoreApplication.translate("Decisions", "Objections"),
                lambda d: len(d.objections),
                right=True,
            ),
            Column(
                QCoreApplication.translate("Decisions", "Révision"),
                lambda d: format_date(d.review_on) if d.review_on else "",
                sort_key=lambda d: d.review_on.toordinal() if d.review_on else 0,
            ),
        ],
        parent=parent,
    )


class DecisionsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("decisions_page")
        self.search = named(
            QLineEdit(),
            "decision_search",
            self.tr("Rechercher"),
            placeholder=self.tr("Rechercher un mot dans les décisions…"),
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.model = decisions_model(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = read_only_table(
            "decisions_table", self.tr("Registre des décisions"), self.proxy, sortable=True
        )
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button = button(
            self.tr("Nouvelle décision"), "add_decision", self.add_decision, tall=True
        )
        self.edit_button = button(
            self.tr("Modifier"), "edit_decision", self.edit_selected, tall=True
        )
        self.delete_button = button(
            self.tr("Supprimer"), "delete_decision", self.delete_selected, tall=True
        )
        self.print_button = button(
            self.tr("Imprimer le registre"), "print_decisions", self.print_register, tall=True
        )
        self.count_label = QLabel()
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(
            hbox(
                self.add_button,
                self.edit_button,
                self.delete_button,
                self.print_button,
                stretch_after=True,
            )
        )
        layout.addWidget(self.count_label)

    def refresh(self) -> None:
        selected = self.selected()
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            rows = []
        else:
            with self.ctx.db.session() as session:
                rows = search_decisions(session, cohort_id, self.search.text())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n décision(s)", "", len(rows)))
        if selected is not None:
            select_key(self.table, self.proxy, self.model, selected.id)
        self._update_buttons()

    def selected(self) -> DecisionInfo | None:
        return selected_row(self.table, self.proxy, self.model)

    def _update_buttons(self) -> None:
        decision = self.selected()
        has_cohort = self.ctx.cohort_id is not None
        self.add_button.setEnabled(has_cohort)
        self.print_button.setEnabled(has_cohort)
        self.edit_button.setEnabled(decision is not None)
        self.delete_button.setEnabled(
            decision is not None and decision.kind != DecisionKind.PROFIT_SHARING
        )

    def _members(self, cohort_id: int) -> list[tuple[int, str]]:
        with self.ctx.db.session() as session:
            return register.cohort_members(session, cohort_id)

    def add_decision(self) -> None:
        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return register.record_decision(session, data)

        dialog = DecisionDialog(
            save, cohort_id, self._members(cohort_id), self.ctx.today(), parent=self
        )
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddDecision(self.ctx, dialog.result_value))
            self.ctx.changed(Area.DECISIONS)
            select_key(self.table, self.proxy, self.model, dialog.result_value.id)

    def edit_selected(self) -> None:
        decision = self.selected()
        if decision is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return register.update_decision(session, decision.id, data)

        dialog = DecisionDialog(
            save,
            decision.cohort_id,
            self._members(decision.cohort_id),
            self.ctx.today(),
            decision,
            parent=self,
        )
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                EditDecision(
                    self.ctx, decision.id, decision.as_input(), dialog.result_value.as_input()
                )
            )
            self.ctx.changed(Area.DECISIONS)

    def delete_selected(self) -> None:
        from app.services.safety.trash import move_to_trash
        from app.ui.safety.delete_action import confirm_and_trash

        decision = self.selected()
        if decision is None:
            return
        if decision.kind == DecisionKind.PROFIT_SHARING:
            QMessageBox.information(
                self,
                self.tr("Supprimer"),
                self.tr(
                    "Un partage du bénéfice reste dans le registre : il est lié aux ventes de la "
                    "cohorte. Vous pouvez le modifier."
                ),
            )
            return
        label = decision.title or _first_line(decision.proposal, 40)
        confirm_and_trash(
            self.ctx,
            self,
            label,
            lambda session: move_to_trash(session, "decision", decision.id, label),
            Area.DECISIONS,
        )

    def print_register(self) -> None:
        from app.printing.decisions import register_pdf
        from app.ui.pdf_preview import preview_pdf

        cohort_id = self.ctx.cohort_id
        if cohort_id is None:
            return
        with self.ctx.db.session() as session:
            pdf = register_pdf(session, cohort_id, self.search.text())
        preview_pdf(pdf, self.tr("Registre des décisions"), "registre-decisions.pdf", self)
