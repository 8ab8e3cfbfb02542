"""The evaluation vocabularies: the four categories of competences and the two formats of an
evaluation campaign.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class CompetenceCategory(StrEnum):
    ENTREPRENEURIAL = "entrepreneurial"
    COOPERATIVE = "cooperative"
    CULINARY = "culinary"
    PROFESSIONAL = "professional"


def competence_category_label(value: str) -> str:
    return {
        CompetenceCategory.ENTREPRENEURIAL: tr("Compétences entrepreneuriales", "vocab_evaluation"),
        CompetenceCategory.COOPERATIVE: tr("Travail coopératif", "vocab_evaluation"),
        CompetenceCategory.CULINARY: tr("Activité culinaire", "vocab_evaluation"),
        CompetenceCategory.PROFESSIONAL: tr(
            "Autres compétences professionnelles", "vocab_evaluation"
        ),
    }.get(value, value)


def competence_category_short_label(value: str) -> str:
    """A short name for narrow places (table headers, chart axes)."""
    return {
        CompetenceCategory.ENTREPRENEURIAL: tr("Entreprendre", "vocab_evaluation"),
        CompetenceCategory.COOPERATIVE: tr("Coopérer", "vocab_evaluation"),
        CompetenceCategory.CULINARY: tr("Cuisine", "vocab_evaluation"),
        CompetenceCategory.PROFESSIONAL: tr("Autres (pro)", "vocab_evaluation"),
    }.get(value, value)


class CampaignFormat(StrEnum):
    """An observation grid over a few days, or each member's own view and her teammates'."""

    GRID = "grid"
    SELF_PEER = "self_peer"


def campaign_format_label(value: str) -> str:
    return {
        CampaignFormat.GRID: tr("Grille d'observation", "vocab_evaluation"),
        CampaignFormat.SELF_PEER: tr("Auto-évaluation et regard des autres", "vocab_evaluation"),
    }.get(value, value)
