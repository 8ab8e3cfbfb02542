"""The tasting vocabulary: the three kinds of question a tasting questionnaire asks."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class QuestionKind(StrEnum):
    SCALE = "scale"  # a score from 1 to 5
    CHOICE = "choice"  # one of the question's options
    TEXT = "text"  # free text


def question_kind_label(value: str) -> str:
    return {
        QuestionKind.SCALE: tr("Note de 1 à 5", "vocab_tasting"),
        QuestionKind.CHOICE: tr("Choix entre des réponses", "vocab_tasting"),
        QuestionKind.TEXT: tr("Texte libre", "vocab_tasting"),
    }.get(value, value)
