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
