"""The form of one decision by consent: title, dates, proposal, clarifying round, reactions, each
member's position, the objections (who raised each, and how it was integrated), the outcome.

A missing proposal or an objection without its author shows at its field (the objection's row is
selected); nothing is saved until the service accepts it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.i18n import fill
from app.services.decisions.register import DecisionInfo, DecisionInput, ObjectionInput
from app.services.errors import ValidationError
from app.ui.dialogs import FormDialog
from app.ui.table_view import columns_fit_their_headers, rows_fit_their_widgets
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, date_edit, hbox, named
from app.vocab.decisions import Position, position_label

AUTHOR, OBJECTION, INTEGRATION = 0, 1, 2


def _text_box(name: str, accessible: str, text: str = "") -> QPlainTextEdit:
    box = named(QPlainTextEdit(text), name, accessible)
    box.setMinimumHeight(60)
    return box


def _day(edit) -> dt.date:
    return edit.date().toPython()


class DecisionDialog(FormDialog):
    """`members` are (id, name) of the cohort; `decision` is the one edited (None: a new one)."""

    def __init__(
        self,
        save,
        cohort_id: int,
        members: list[tuple[int, str]],
        today: dt.date,
        decision: DecisionInfo | None = None,
        parent=None,
    ):
        super().__init__(self._save_and_point, parent)
        self._save_decision = save
        self.setObjectName("decision_dialog")
        self.setWindowTitle(
            self.tr("Modifier la décision") if decision else self.tr("Nouvelle décision")
        )
        self.cohort_id = cohort_id
        self.members = members
        self.title_edit = QLineEdit(decision.title if decision else "")
        self.decided_on = date_edit(decision.decided_on if decision else today)
        self.has_review = named(QCheckBox(self.tr("À revoir le")), "has_review")
        self.review_on = date_edit(decision.review_on if decision and decision.review_on else today)
        self.has_review.setChecked(bool(decision and decision.review_on))
        self.review_on.setEnabled(self.has_review.isChecked())
        self.has_review.toggled.connect(self.review_on.setEnabled)
        self.proposal = _text_box("proposal", self.tr("Proposition"))
        self.clarifications = _text_box("clarifications", self.tr("Tour de clarification"))
        self.reactions = _text_box("reactions", self.tr("Réactions"))
        self.outcome = _text_box("outcome", self.tr("Décision prise"))
        if decision:
            self.proposal.setPlainText(decision.proposal)
            self.clarifications.setPlainText(decision.clarifications)
            self.reactions.setPlainText(decision.reactions)
            self.outcome.setPlainText(decision.outcome)
        self.positions = self._build_positions(decision)
        self.objections = self._build_objections(decision)
        self.add_objection_button = button(
            self.tr("Ajouter une objection"), "add_objection", lambda: self.add_objection_row()
        )
        objections_part = QVBoxLayout()
        objections_part.setContentsMargins(0, 0, 0, 0)
        objections_part.addWidget(self.objections)
        objections_part.addWidget(self.add_objection_button)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("title", self.tr("Titre"), self.title_edit),
                ("decided_on", self.tr("Date de la décision *"), self.decided_on),
                (
                    "review_on",
                    self.tr("Révision"),
                    self.review_on,
                    hbox(self.has_review, self.review_on, stretch_after=True, margins=False),
                ),
                ("proposal", self.tr("Proposition *"), self.proposal),
                ("clarifications", self.tr("Tour de clarification"), self.clarifications),
                ("reactions", self.tr("Réactions"), self.reactions),
                ("positions", self.tr("Positions"), self.positions),
                ("objections", self.tr("Objections"), self.objections, objections_part),
                ("outcome", self.tr("Décision prise"), self.outcome),
            ),
        )
        self.lay_out(form)

    def _build_positions(self, decision: DecisionInfo | None) -> QTableWidget:
        known = {line.person_id: line.position for line in decision.positions} if decision else {}
        table = QTableWidget(len(self.members), 2)
        table.setHorizontalHeaderLabels([self.tr("Membre"), self.tr("Position")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (person_id, name) in enumerate(self.members):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            combo = add_choices(QComboBox(), Position, position_label)
            combo.setObjectName(f"position_{person_id}")
            combo.setAccessibleName(fill(self.tr("Position de {name}"), name=name))
            combo.setCurrentIndex(max(0, combo.findData(known.get(person_id, Position.ABSENT))))
            table.setCellWidget(row, 1, combo)
        rows_fit_their_widgets(table)  # a position box no taller than its row, in large mode
        table.setMinimumHeight(140)
        return table

    def _build_objections(self, decision: DecisionInfo | None) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Par"), self.tr("Objection"), self.tr("Comment elle a été intégrée")]
        )
        columns_fit_their_headers(table, stretch=1)
        table.setMinimumHeight(110)
        self.objections = table
        for line in decision.objections if decision else ():
            self.add_objection_row(line.author_id, line.objection, line.integration)
        return table

    def add_objection_row(self, author_id=None, objection: str = "", integration: str = ""):
        table = self.objections
        row = table.rowCount()
        table.insertRow(row)
        author = QComboBox()
        author.setObjectName("person")
        author.setAccessibleName(self.tr("Qui a fait l'objection"))
        author.addItem("—", None)
        for person_id, name in self.members:
            author.addItem(name, person_id)
        author.setCurrentIndex(max(0, author.findData(author_id)) if author_id else 0)
        table.setCellWidget(row, AUTHOR, author)
        table.setItem(row, OBJECTION, QTableWidgetItem(objection))
        table.setItem(row, INTEGRATION, QTableWidgetItem(integration))
        table.setCurrentCell(row, OBJECTION)
        return row

    def typed(self) -> DecisionInput:
        positions = tuple(
            (person_id, self.positions.cellWidget(row, 1).currentData())
            for row, (person_id, _name) in enumerate(self.members)
        )
        objections = []
        for row in range(self.objections.rowCount()):
            text = self.objections.item(row, OBJECTION)
            integration = self.objections.item(row, INTEGRATION)
            objections.append(
                ObjectionInput(
                    self.objections.cellWidget(row, AUTHOR).currentData(),
                    text.text() if text else "",
                    integration.text() if integration else "",
                )
            )
        return DecisionInput(
            cohort_id=self.cohort_id,
            decided_on=_day(self.decided_on),
            review_on=_day(self.review_on) if self.has_review.isChecked() else None,
            title=self.title_edit.text(),
            proposal=self.proposal.toPlainText(),
            clarifications=self.clarifications.toPlainText(),
            reactions=self.reactions.toPlainText(),
            outcome=self.outcome.toPlainText(),
            positions=positions,
            objections=tuple(objections),
        )

    def _save_and_point(self, data: DecisionInput):
        try:
            return self._save_decision(data)
        except ValidationError as error:
            self.show_row_error(error)
            raise

    def show_row_error(self, error: ValidationError) -> None:
        """An objection's error also selects its cell."""
        if error.field == "objections" and error.row is not None:
            column = AUTHOR if error.column == "author" else OBJECTION
            self.objections.setCurrentCell(error.row, column)
