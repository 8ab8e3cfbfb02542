"""The first questionnaire's six questions (the four scores of the paper form of 2022, "would you
buy it" and a comment): given to a version that has no question yet and no earlier version to copy.
They are stored by key and shown in the interface language until the group rewords them."""

from __future__ import annotations

from app.i18n import tr
from app.vocab.tastings import QuestionKind

# (key, kind), in the order of the form
DEFAULT_QUESTIONS = (
    ("taste", QuestionKind.SCALE),
    ("texture", QuestionKind.SCALE),
    ("look", QuestionKind.SCALE),
    ("price", QuestionKind.SCALE),
    ("would_buy", QuestionKind.CHOICE),
    ("comment", QuestionKind.TEXT),
)


def default_text(key: str | None, stored: str) -> str:
    """The question's text: a default's in the interface language, else the group's own."""
    return {
        "taste": tr("Goût", "tasting"),
        "texture": tr("Texture", "tasting"),
        "look": tr("Aspect", "tasting"),
        "price": tr("Prix", "tasting"),
        "would_buy": tr("Achèteriez-vous ce produit ?", "tasting"),
        "comment": tr("Commentaire", "tasting"),
    }.get(key or "", stored)


def default_options(key: str | None, stored: list[str]) -> list[str]:
    if key == "would_buy":
        return [tr("Oui", "tasting"), tr("Non", "tasting")]
    return stored


def stored_options(key: str) -> str:
    """What the database keeps for a default's options (French, one a line)."""
    return "Oui\nNon" if key == "would_buy" else ""


FRENCH_TEXTS = {
    "taste": "Goût",
    "texture": "Texture",
    "look": "Aspect",
    "price": "Prix",
    "would_buy": "Achèteriez-vous ce produit ?",
    "comment": "Commentaire",
}
