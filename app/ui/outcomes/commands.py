"""Undoable changes after the programme (Édition › Annuler / Rétablir on the Members tab): a
situation noted at a checkpoint, and a consent given or withdrawn (for the follow-up or for the
employer portfolio). Undoing a withdrawal of the follow-up consent brings back what it deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.i18n import fill
from app.services.errors import NotFound, ValidationError
from app.services.outcomes import consent, records
from app.services.outcomes.consent import ConsentInfo
from app.services.outcomes.records import OutcomeInfo
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand
from app.vocab.outcomes import ConsentPurpose


class _OutcomesCommand(DoneCommand):
    area = Area.PEOPLE

    def _refused(self, error: NotFound | ValidationError) -> None:
        """Her consent changed meanwhile (a situation cannot be noted again): say why."""
        if isinstance(error, ValidationError):
            QMessageBox.warning(
                None,
                QCoreApplication.translate("OutcomesDialog", "Après le programme"),
                error.message,
            )


class RecordOutcome(_OutcomesCommand):
    """Her situation saved at a checkpoint; undo puts back what was there (or nothing)."""

    def __init__(self, ctx: AppContext, name: str, saved: OutcomeInfo, before: OutcomeInfo | None):
        t = QCoreApplication.translate
        super().__init__(ctx, fill(t("OutcomesDialog", "situation de {name}"), name=name))
        self.saved, self.before = saved, before

    def _apply(self, session) -> None:
        s = self.saved
        records.record_outcome(
            session, s.person_id, s.cohort_id, s.checkpoint, s.situation, s.note, s.recorded_on
        )

    def _revert(self, session) -> None:
        s = self.saved
        if self.before is None:
            records.remove_outcome(session, s.person_id, s.cohort_id, s.checkpoint)
        else:
            records.put_back_outcomes(session, [self.before])


class ChangeConsent(_OutcomesCommand):
    """Her consent given or withdrawn on `day`; undo puts back the consent as it was and, for a
    withdrawal of the follow-up consent, the situations it deleted."""

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        person_id: int,
        purpose: str,
        give: bool,
        before: ConsentInfo | None,
        deleted: list[OutcomeInfo],
    ):
        t = QCoreApplication.translate
        text = (
            t("OutcomesDialog", "accord de {name}")
            if give
            else t("OutcomesDialog", "retrait de l'accord de {name}")
        )
        super().__init__(ctx, fill(text, name=name))
        self.person_id, self.purpose, self.give = person_id, purpose, give
        self.before, self.deleted = before, deleted
        self.day = ctx.today()

    def _apply(self, session) -> None:
        if self.give:
            consent.give_consent(session, self.person_id, self.day, purpose=self.purpose)
        else:
            consent.withdraw_consent(session, self.person_id, self.day, self.purpose)

    def _revert(self, session) -> None:
        consent.restore_consent(session, self.before, self.person_id, self.purpose)
        records.put_back_outcomes(session, self.deleted)


def change_consent(ctx: AppContext, person, purpose: str, give: bool) -> None:
    """Give or withdraw her consent in one unit of work, then push the step on the tab's undo
    stack. A refusal (`ValidationError`) is raised before anything is pushed."""
    with ctx.db.session() as session:
        before = consent.consent_of(session, person.id, purpose)
        deleted = records.outcomes_of_person(session, person.id)
        if give:
            consent.give_consent(session, person.id, ctx.today(), purpose=purpose)
            deleted = []
        else:
            consent.withdraw_consent(session, person.id, ctx.today(), purpose)
            if purpose != ConsentPurpose.FOLLOW_UP:
                deleted = []
    ctx.undo_stack.push(
        ChangeConsent(ctx, person.full_name, person.id, purpose, give, before, deleted)
    )
    ctx.changed(Area.PEOPLE)
