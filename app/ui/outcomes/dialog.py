""" "Après le programme…" for the chosen member: her consent to the follow-up (noted or withdrawn,
each at once), what was noted at each checkpoint, and a form to note her situation. Without her
consent the form is refused with a clear message and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox

from app.i18n import fill, format_date, labelled
from app.services.errors import ValidationError
from app.services.outcomes import consent, records
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.vocab_combo import add_choices
from app.ui.widgets import button, combo_box, hbox
from app.vocab.outcomes import Checkpoint, Situation, checkpoint_label, situation_label


class OutcomesDialog(FormDialog):
    def __init__(self, ctx, person, parent=None):
        super().__init__(self._record, parent)
        self.ctx = ctx
        self.person = person
        self.setObjectName("outcomes_dialog")
        self.setWindowTitle(fill(self.tr("Après le programme : {name}"), name=person.full_name))
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.give_button = button(self.tr("Noter son accord"), "give_consent", self.give)
        self.withdraw_button = button(
            self.tr("Retirer son accord"), "withdraw_consent", self.withdraw
        )
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
        self.lay_out(
            hbox(self.give_button, self.withdraw_button, stretch_after=True),
            self.noted_label,
            form,
        )
        self.show_state()

    def show_state(self) -> None:
        with self.ctx.db.session() as session:
            given = consent.consent_of(session, self.person.id)
            noted = records.outcomes_of_person(session, self.person.id)
        if given is None:
            text = self.tr("Pas d'accord pour le suivi.")
        elif given.in_force:
            text = fill(self.tr("Accord donné le {date}."), date=format_date(given.given_on))
        else:
            text = fill(self.tr("Accord retiré le {date}."), date=format_date(given.withdrawn_on))
        self.consent_label.setText(text)
        in_force = given is not None and given.in_force
        self.give_button.setEnabled(not in_force)
        self.withdraw_button.setEnabled(in_force)
        self.noted_label.setText(
            "\n".join(
                labelled(o.checkpoint_label, o.situation_label) + (f" — {o.note}" if o.note else "")
                for o in noted
            )
        )

    def give(self) -> None:
        with self.ctx.db.session() as session:
            consent.give_consent(session, self.person.id, self.ctx.today())
        self.ctx.changed(Area.PEOPLE)
        self.show_state()

    @classmethod
    def confirm_withdrawal(cls, parent) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("OutcomesDialog", "Retirer son accord"),
            QCoreApplication.translate(
                "OutcomesDialog",
                "Elle retire son accord : ce qui a été noté sur sa situation sera effacé. "
                "Continuer ?",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def withdraw(self) -> None:
        if not self.confirm_withdrawal(self):
            return
        try:
            with self.ctx.db.session() as session:
                consent.withdraw_consent(session, self.person.id, self.ctx.today())
        except ValidationError as error:
            self.errors.show(error)
            return
        self.ctx.changed(Area.PEOPLE)
        self.show_state()

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
            saved = records.record_outcome(
                session,
                self.person.id,
                cohort_id,
                checkpoint,
                situation,
                note,
                self.ctx.today(),
            )
        self.ctx.changed(Area.PEOPLE)
        return saved


def open_outcomes(ctx, person, parent) -> None:
    OutcomesDialog(ctx, person, parent).exec()
