"""Undoable changes to a questionnaire (Édition › Annuler): rewording and moving a question.
Adding a question or a form and deleting a question go through the Corbeille (app/ui/safety)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.services.tastings import questions
from app.ui.areas import Area
from app.ui.undo import DoneCommand


class ReworkQuestion(DoneCommand):
    """Pushed after `before` became `after`."""

    area = Area.TASTINGS

    def __init__(self, ctx, before: questions.QuestionInfo, after: questions.QuestionInfo):
        text = fill(
            QCoreApplication.translate("Tastings", "modification de la question « {q} »"),
            q=after.text,
        )
        super().__init__(ctx, text)
        self.before, self.after = before, after

    def _apply(self, session) -> None:
        questions.update_question(session, self.after.id, self.after.as_input())

    def _revert(self, session) -> None:
        questions.restore_question(session, self.before)


class MoveQuestion(DoneCommand):
    """Pushed after the question moved by `step` (-1 up, +1 down)."""

    area = Area.TASTINGS

    def __init__(self, ctx, question: questions.QuestionInfo, step: int):
        text = fill(
            QCoreApplication.translate("Tastings", "déplacement de la question « {q} »"),
            q=question.text,
        )
        super().__init__(ctx, text)
        self.question_id, self.step = question.id, step

    def _apply(self, session) -> None:
        questions.move_question(session, self.question_id, self.step)

    def _revert(self, session) -> None:
        questions.move_question(session, self.question_id, -self.step)
