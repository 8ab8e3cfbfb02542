"""Undoable changes in the Evaluations tab (Edit > Undo / Redo): adding and deleting a customer's
tasting answer. Each runs one unit of work through the tastings service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.evaluations import tastings
from app.ui.context import AppContext


def _as_input(answer: tastings.AnswerInfo) -> tastings.AnswerInput:
    return tastings.AnswerInput(
        answer.taste, answer.texture, answer.look, answer.price, answer.would_buy, answer.comment
    )


class _AnswerCommand(QUndoCommand):
    """The change was already made when the command is pushed: the first redo does nothing."""

    def __init__(self, ctx: AppContext, tasting_id: int, answer: tastings.AnswerInfo, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.tasting_id = tasting_id
        self.answer = answer
        self._first = True

    def _add(self) -> None:
        with self.ctx.db.session() as session:
            self.answer = tastings.add_answer(session, self.tasting_id, _as_input(self.answer))
        self.ctx.changed("tastings")

    def _delete(self) -> None:
        with self.ctx.db.session() as session:
            tastings.delete_answer(session, self.answer.id)
        self.ctx.changed("tastings")


class AddAnswer(_AnswerCommand):
    def __init__(self, ctx, tasting_id, answer):
        super().__init__(
            ctx,
            tasting_id,
            answer,
            QCoreApplication.translate("Evaluations", "Ajouter une réponse"),
        )

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._add()

    def undo(self) -> None:
        self._delete()


class DeleteAnswer(_AnswerCommand):
    def __init__(self, ctx, tasting_id, answer):
        super().__init__(
            ctx,
            tasting_id,
            answer,
            QCoreApplication.translate("Evaluations", "Supprimer une réponse"),
        )

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._delete()

    def undo(self) -> None:
        self._add()
