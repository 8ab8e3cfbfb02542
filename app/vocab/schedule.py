"""The schedule vocabularies: the kinds of morning (also a module's kind), a morning's status and
a member's attendance.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class MorningKind(StrEnum):
    THEORY = "theory"
    PRACTICE = "practice"
    KITCHEN = "kitchen"
    VISIT = "visit"
    SALE = "sale"
    MENTORING = "mentoring"
    EVALUATION = "evaluation"
    OTHER = "other"


def morning_kind_label(value: str) -> str:
    return {
        MorningKind.THEORY: tr("Théorie", "vocab_schedule"),
        MorningKind.PRACTICE: tr("Pratique", "vocab_schedule"),
        MorningKind.KITCHEN: tr("Cuisine", "vocab_schedule"),
        MorningKind.VISIT: tr("Visite", "vocab_schedule"),
        MorningKind.SALE: tr("Vente", "vocab_schedule"),
        MorningKind.MENTORING: tr("Marrainage", "vocab_schedule"),
        MorningKind.EVALUATION: tr("Évaluation", "vocab_schedule"),
        MorningKind.OTHER: tr("Autre", "vocab_schedule"),
    }.get(value, value)


class MorningStatus(StrEnum):
    """planned: still to come; done: took place (its hours count); cancelled: kept for history."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


def morning_status_label(value: str) -> str:
    return {
        MorningStatus.PLANNED: tr("Prévue", "vocab_schedule"),
        MorningStatus.DONE: tr("Faite", "vocab_schedule"),
        MorningStatus.CANCELLED: tr("Annulée", "vocab_schedule"),
    }.get(value, value)


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


def attendance_status_label(value: str | None) -> str:
    return {
        AttendanceStatus.PRESENT: tr("Présente", "vocab_schedule"),
        AttendanceStatus.LATE: tr("En retard", "vocab_schedule"),
        AttendanceStatus.EXCUSED: tr("Excusée", "vocab_schedule"),
        AttendanceStatus.ABSENT: tr("Absente", "vocab_schedule"),
    }.get(value or "", value or "")
