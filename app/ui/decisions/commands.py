"""Undoable changes to the register of decisions and to the documents members sign."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.services.decisions import documents, register
from app.services.decisions.documents import DocumentInfo
from app.services.decisions.register import DecisionInfo, DecisionInput
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class _DecisionsCommand(DoneCommand):
    area = Area.DECISIONS


class AddDecision(_DecisionsCommand):
    def __init__(self, ctx: AppContext, decision: DecisionInfo):
        super().__init__(ctx, QCoreApplication.translate("Decisions", "ajout d'une décision"))
        self.decision = decision

    def _apply(self, session) -> None:
        self.decision = register.record_decision(session, self.decision.as_input())

    def _revert(self, session) -> None:
        register.delete_decision(session, self.decision.id)


class EditDecision(_DecisionsCommand):
    def __init__(
        self, ctx: AppContext, decision_id: int, before: DecisionInput, after: DecisionInput
    ):
        super().__init__(
            ctx, QCoreApplication.translate("Decisions", "modification d'une décision")
        )
        self.decision_id, self.before, self.after = decision_id, before, after

    def _apply(self, session) -> None:
        register.update_decision(session, self.decision_id, self.after)

    def _revert(self, session) -> None:
        register.update_decision(session, self.decision_id, self.before)


class AddVersion(_DecisionsCommand):
    def __init__(self, ctx: AppContext, document: DocumentInfo):
        super().__init__(
            ctx, QCoreApplication.translate("Decisions", "nouvelle version d'un document")
        )
        self.document = document

    def _apply(self, session) -> None:
        self.document = documents.add_version(
            session, self.document.kind, self.document.body, self.document.adopted_on
        )

    def _revert(self, session) -> None:
        documents.delete_version(session, self.document.id)


class Sign(_DecisionsCommand):
    def __init__(self, ctx: AppContext, document_id: int, person_id: int, signed_on: dt.date):
        super().__init__(ctx, QCoreApplication.translate("Decisions", "signature d'un document"))
        self.document_id, self.person_id, self.signed_on = document_id, person_id, signed_on

    def _apply(self, session) -> None:
        documents.sign(session, self.document_id, self.person_id, self.signed_on)

    def _revert(self, session) -> None:
        documents.unsign(session, self.document_id, self.person_id)
