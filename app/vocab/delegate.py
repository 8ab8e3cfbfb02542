"""The delegate vocabularies: the checklist's lists (kinds of day) and the kinds of change made
to the rotation plan.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class ChecklistKind(StrEnum):
    """The checklist's lists, in the order of the day."""

    OPENING = "opening"
    KITCHEN = "kitchen"
    SALE = "sale"
    CLOSING = "closing"


def checklist_kind_label(value: str) -> str:
    return {
        ChecklistKind.OPENING: tr("Ouverture", "vocab_delegate"),
        ChecklistKind.KITCHEN: tr("Jour de cuisine", "vocab_delegate"),
        ChecklistKind.SALE: tr("Jour de vente", "vocab_delegate"),
        ChecklistKind.CLOSING: tr("Fermeture", "vocab_delegate"),
    }.get(value, value)


class ChangeKind(StrEnum):
    """Why the rotation plan changed: made, two days swapped, an absence, a departure, by hand."""

    PLAN = "plan"
    SWAP = "swap"
    ABSENCE = "absence"
    DEPARTURE = "departure"
    MANUAL = "manual"


def change_kind_label(value: str) -> str:
    return {
        ChangeKind.PLAN: tr("Planning", "vocab_delegate"),
        ChangeKind.SWAP: tr("Échange", "vocab_delegate"),
        ChangeKind.ABSENCE: tr("Absence", "vocab_delegate"),
        ChangeKind.DEPARTURE: tr("Départ", "vocab_delegate"),
        ChangeKind.MANUAL: tr("Choix manuel", "vocab_delegate"),
    }.get(value, value)


class RotationProblem(StrEnum):
    """Why a planned day has no delegate, stored as what happened (its values beside it) and put
    into words in the language of whoever reads it (app.services.delegate.rotation_problem)."""

    NO_MEMBER = "no_member"  # the cohort had no active member
    NOBODY = "nobody"  # every member was unavailable, each for her reason
    TYPED = "typed"  # a text kept as it was written (older plans, in the language of the day)


def rotation_problem_label(value: str) -> str:
    return {
        RotationProblem.NO_MEMBER: tr("Aucun membre actif", "vocab_delegate"),
        RotationProblem.NOBODY: tr("Personne n'est disponible", "vocab_delegate"),
        RotationProblem.TYPED: tr("Remarque", "vocab_delegate"),
    }.get(value, value)


class UnavailableWhy(StrEnum):
    """Why one member could not be delegate on a day of the plan."""

    NOT_YET = "not_yet"  # she joins the cohort later
    LEFT = "left"  # she left the cohort
    WEEKDAY = "weekday"  # never on that day of the week
    THAT_DAY = "that_day"  # she said she cannot come that day


def unavailable_why_label(value: str, gender: str = "unstated") -> str:
    """Why she (or he: `gender` "man") could not be delegate, in the person's gender as the
    language marks it ("pas encore arrivée" / "pas encore arrivé"; Arabic also "غير متاحة" /
    "غير متاح", the same French: the man's texts have their own context). Unstated reads as the
    feminine, as for the roles (`app.vocab.people.delegate_word`)."""
    from app.vocab.people import Gender  # here: a vocabulary module holds only its own enums

    if gender == Gender.MAN:
        return {
            UnavailableWhy.NOT_YET: tr("pas encore arrivé", "delegate_man"),
            UnavailableWhy.LEFT: tr("parti", "delegate_man"),
            UnavailableWhy.WEEKDAY: tr("jamais ce jour de la semaine", "vocab_delegate"),
            UnavailableWhy.THAT_DAY: tr("indisponible ce jour", "delegate_man"),
        }.get(value, value)
    return {
        UnavailableWhy.NOT_YET: tr("pas encore arrivée", "delegate"),
        UnavailableWhy.LEFT: tr("partie", "delegate"),
        UnavailableWhy.WEEKDAY: tr("jamais ce jour de la semaine", "vocab_delegate"),
        UnavailableWhy.THAT_DAY: tr("indisponible ce jour", "delegate"),
    }.get(value, value)
