"""The people vocabulary: a person's role in the programme."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class Role(StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    MENTOR = "mentor"
    EVALUATOR = "evaluator"
    SPEAKER = "speaker"


def role_label(value: str) -> str:
    return {
        Role.MEMBER: tr("Membre", "vocab_people"),
        Role.FACILITATOR: tr("Animatrice", "vocab_people"),
        Role.MENTOR: tr("Marraine / parrain", "vocab_people"),
        Role.EVALUATOR: tr("Évaluatrice", "vocab_people"),
        Role.SPEAKER: tr("Intervenante", "vocab_people"),
    }.get(value, value)
