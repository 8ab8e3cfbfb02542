"""The outcomes vocabularies: a member's situation after the programme, and when it is asked (at
the end, then 3, 6 and 12 months after her cohort's end).
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class Situation(StrEnum):
    JOB = "job"
    TRAINING = "training"
    INTERNSHIP = "internship"
    VOLUNTEERING = "volunteering"
    OWN_PROJECT = "own_project"
    LOOKING = "looking"
    OTHER = "other"


def situation_label(value: str) -> str:
    return {
        Situation.JOB: tr("Un emploi", "vocab_outcomes"),
        Situation.TRAINING: tr("Une formation", "vocab_outcomes"),
        Situation.INTERNSHIP: tr("Un stage", "vocab_outcomes"),
        Situation.VOLUNTEERING: tr("Du bénévolat", "vocab_outcomes"),
        Situation.OWN_PROJECT: tr("Son propre projet", "vocab_outcomes"),
        Situation.LOOKING: tr("En recherche", "vocab_outcomes"),
        Situation.OTHER: tr("Autre", "vocab_outcomes"),
    }.get(value, value)


class Checkpoint(StrEnum):
    END = "end"
    MONTH_3 = "month_3"
    MONTH_6 = "month_6"
    MONTH_12 = "month_12"


# months after the cohort's end at which each checkpoint falls due
CHECKPOINT_MONTHS = {
    Checkpoint.END: 0,
    Checkpoint.MONTH_3: 3,
    Checkpoint.MONTH_6: 6,
    Checkpoint.MONTH_12: 12,
}


def checkpoint_label(value: str) -> str:
    return {
        Checkpoint.END: tr("À la fin", "vocab_outcomes"),
        Checkpoint.MONTH_3: tr("Après 3 mois", "vocab_outcomes"),
        Checkpoint.MONTH_6: tr("Après 6 mois", "vocab_outcomes"),
        Checkpoint.MONTH_12: tr("Après 12 mois", "vocab_outcomes"),
    }.get(value, value)


class ConsentPurpose(StrEnum):
    """What a member agrees to: being followed up after the programme, or an employer portfolio
    printed about her. Each purpose has its own consent table (app/models/outcomes.py)."""

    FOLLOW_UP = "follow_up"
    PORTFOLIO = "portfolio"


def consent_purpose_label(value: str) -> str:
    return {
        ConsentPurpose.FOLLOW_UP: tr("Le suivi après le programme", "vocab_outcomes"),
        ConsentPurpose.PORTFOLIO: tr("Le portfolio pour les employeurs", "vocab_outcomes"),
    }.get(value, value)
