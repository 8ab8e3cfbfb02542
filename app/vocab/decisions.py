"""The vocabularies of the register of decisions: kinds of decision, each member's position in a
consent round, and the kinds of the group's founding documents (charter, house rules).
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class DecisionKind(StrEnum):
    GENERAL = "general"
    PROFIT_SHARING = "profit_sharing"


def decision_kind_label(value: str) -> str:
    return {
        DecisionKind.GENERAL: tr("Décision du groupe", "vocab_decisions"),
        DecisionKind.PROFIT_SHARING: tr("Partage du bénéfice", "vocab_decisions"),
    }.get(value, value)


class Position(StrEnum):
    """Where a member stands when the round ends."""

    CONSENT = "consent"
    OBJECTION = "objection"
    ABSTENTION = "abstention"
    ABSENT = "absent"


def position_label(value: str) -> str:
    return {
        Position.CONSENT: tr("Consentement", "vocab_decisions"),
        Position.OBJECTION: tr("Objection", "vocab_decisions"),
        Position.ABSTENTION: tr("Abstention", "vocab_decisions"),
        Position.ABSENT: tr("Absente", "vocab_decisions"),
    }.get(value, value)


class DocumentKind(StrEnum):
    CHARTER = "charter"
    HOUSE_RULES = "house_rules"


def document_kind_label(value: str) -> str:
    return {
        DocumentKind.CHARTER: tr("Charte", "vocab_decisions"),
        DocumentKind.HOUSE_RULES: tr("Règlement d'ordre intérieur", "vocab_decisions"),
    }.get(value, value)
