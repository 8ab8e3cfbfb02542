""" "Après le programme…" for the chosen member: her consent to the follow-up (noted or withdrawn,
each at once), what was noted at each checkpoint, and a form to note her situation. Without her
consent the form is refused with a clear message and nothing is saved. Each save and each change
of consent is a step of the Members tab's undo stack (`commands`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox

from app.i18n import fill, labelled
from app.services.outcomes import records
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.outcomes.commands import RecordOutcome
from app.ui.outcomes.consent_row import ConsentRow
from app.ui.style import size_by_font
from app.ui.vocab_combo import add_choices
from app.ui.widgets import combo_box
from app.vocab.outcomes import (
    Checkpoint,
    ConsentPurpose,
    Situation,
    checkpoint_label,
    situation_label,
)


class OutcomesDialog(FormDialog):
    def __init__(self, ctx, person, parent=None):
        super().__init__(self._record, parent)
        self.ctx = ctx
        self.person = person
        self.setObjectName("outcomes_dialog")
        size_by_font(self, min_width=60)  # her consent's date on one line in large mode
        self.setWindowTitle(fill(self.tr("Après le programme : {name}"), name=person.full_name))
        self.consent_row = ConsentRow(
            ctx,
            person,
            ConsentPurpose.FOLLOW_UP,
            self.confirm_withdrawal,
            self.show_state,
            self.errors.show,
        )
        self.consent_label = self.consent_row.label
        self.give_button = self.consent_row.give_button
        self.withdraw_button = self.consent_row.withdraw_button
        self.noted_label = QLabel()
        self.noted_label.setObjectName("outcome_notes")  # her situations and their notes
        self.noted_label.setWordWrap(True)
        with ctx.db.session() as session:
            cohorts = records.her_cohorts(session, person.id)
        self.cohort = combo_box([(name, cohort_id) for cohort_id, name in cohorts])
        self.checkpoint = add_choices(combo_box([]), Checkpoint, checkpoint_label)
        self.situation = add_choices(combo_box([]), Situation, situation_label)
        self.note = QLineEdit()
        form = self.add_rows(
            QFormLayout(),
            (
                ("consent", self.tr("Accord pour le suivi"), self.consent_label),
                ("person", self.tr("Cohorte"), self.cohort),
                ("checkpoint", self.tr("Moment"), self.checkpoint),
                ("situation", self.tr("Situation"), self.situation),
                ("note", self.tr("Note"), self.note),
            ),
        )
        self.lay_out(self.consent_row, self.noted_label, form)
        self.show_state()

    def show_state(self) -> None:
        with self.ctx.db.session() as session:
            noted = records.outcomes_of_person(session, self.person.id)
        self.noted_label.setText(
            "\n".join(
                labelled(o.checkpoint_label, o.situation_label) + (f" — {o.note}" if o.note else "")
                for o in noted
            )
        )

    @classmethod
    def confirm_withdrawal(cls, parent) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("OutcomesDialog", "Retirer son accord"),
            QCoreApplication.translate(
                "OutcomesDialog",
                "Retirer l'accord ? Ce qui a été noté après le programme sera effacé.",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def typed(self):
        return (
            self.cohort.currentData(),
            self.checkpoint.currentData(),
            self.situation.currentData(),
            self.note.text(),
        )

    def _record(self, typed):
        cohort_id, checkpoint, situation, note = typed
        with self.ctx.db.session() as session:
            before = records.outcome_at(session, self.person.id, cohort_id, checkpoint)
            saved = records.record_outcome(
                session,
                self.person.id,
                cohort_id,
                checkpoint,
                situation,
                note,
                self.ctx.today(),
            )
        self.ctx.undo_stack.push(RecordOutcome(self.ctx, self.person.full_name, saved, before))
        self.ctx.changed(Area.PEOPLE)
        return saved


def open_outcomes(ctx, person, parent) -> None:
    OutcomesDialog(ctx, person, parent).exec()
