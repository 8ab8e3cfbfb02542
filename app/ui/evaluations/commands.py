"""Undoable changes in the Evaluations tab (Edit > Undo / Redo): adding and deleting a customer's
tasting answer. Each runs one unit of work through the tastings service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.evaluations import tastings
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


def _as_input(answer: tastings.AnswerInfo) -> tastings.AnswerInput:
    return tastings.AnswerInput(
        answer.taste, answer.texture, answer.look, answer.price, answer.would_buy, answer.comment
    )


class AddAnswer(DoneCommand):
    area = Area.TASTINGS

    def __init__(
        self, ctx: AppContext, tasting_id: int, answer: tastings.AnswerInfo, text: str = ""
    ):
        super().__init__(
            ctx,
            text or QCoreApplication.translate("Evaluations", "ajout d'une réponse de dégustation"),
        )
        self.tasting_id = tasting_id
        self.answer = answer

    def _apply(self, session) -> None:
        self.answer = tastings.add_answer(session, self.tasting_id, _as_input(self.answer))

    def _revert(self, session) -> None:
        tastings.delete_answer(session, self.answer.id)


class DeleteAnswer(AddAnswer):
    def __init__(self, ctx: AppContext, tasting_id: int, answer: tastings.AnswerInfo):
        super().__init__(
            ctx,
            tasting_id,
            answer,
            QCoreApplication.translate("Evaluations", "suppression d'une réponse de dégustation"),
        )

    def _apply(self, session) -> None:
        AddAnswer._revert(self, session)

    def _revert(self, session) -> None:
        AddAnswer._apply(self, session)
