"""The schedule vocabularies: the kinds of morning (also a module's kind), a morning's status and
a member's attendance.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from app.i18n import once_per_language, tr


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


@once_per_language
def catalogue_module_names() -> Mapping[str, str]:
    """The modules the app seeds (the 2022 programme, `app.services.schedule.modules`), by the
    French name stored in the database, in the interface language. A module the coordinator
    created or renamed is not here: it shows as she typed it. Translated once per language (a
    cohort's mornings ask for hundreds of names)."""
    names = {
        "Entrepreneuriat": tr("Entrepreneuriat", "modules"),
        "Le marché de l'emploi belge et ses codes": tr(
            "Le marché de l'emploi belge et ses codes", "modules"
        ),
        "Économie sociale et coopératives": tr("Économie sociale et coopératives", "modules"),
        "Plan d'affaires": tr("Plan d'affaires", "modules"),
        "Étude de marché": tr("Étude de marché", "modules"),
        "Découverte du marché et entretiens d'empathie": tr(
            "Découverte du marché et entretiens d'empathie", "modules"
        ),
        "Gestion du cycle de projet": tr("Gestion du cycle de projet", "modules"),
        "Communication visuelle": tr("Communication visuelle", "modules"),
        "Introduction à la comptabilité": tr("Introduction à la comptabilité", "modules"),
        "Storytelling": tr("Storytelling", "modules"),
        "Vendre, étiqueter et présenter ses produits": tr(
            "Vendre, étiqueter et présenter ses produits", "modules"
        ),
        "Répondre aux demandes des clients": tr("Répondre aux demandes des clients", "modules"),
        "Alimentation durable": tr("Alimentation durable", "modules"),
        "Hygiène alimentaire et règles de l'AFSCA": tr(
            "Hygiène alimentaire et règles de l'AFSCA", "modules"
        ),
        "Cuisine": tr("Cuisine", "modules"),
        "Dégustation et questionnaire": tr("Dégustation et questionnaire", "modules"),
        "Carte d'empathie et proposition de valeur": tr(
            "Carte d'empathie et proposition de valeur", "modules"
        ),
        "Analyse SWOT": tr("Analyse SWOT", "modules"),
        "Dressage des assiettes": tr("Dressage des assiettes", "modules"),
        "Exercices de comptabilité": tr("Exercices de comptabilité", "modules"),
        "Affiches et étiquettes": tr("Affiches et étiquettes", "modules"),
        "Energy balls avec un partenaire": tr("Energy balls avec un partenaire", "modules"),
        "Visite d'un supermarché coopératif": tr("Visite d'un supermarché coopératif", "modules"),
        "Visite d'un restaurant": tr("Visite d'un restaurant", "modules"),
        "Conférence": tr("Conférence", "modules"),
        "Matinée avec les marraines et parrains": tr(
            "Matinée avec les marraines et parrains", "modules"
        ),
        "Vente": tr("Vente", "modules"),
        "Évaluation": tr("Évaluation", "modules"),
    }
    return MappingProxyType(names)


def module_label(name: str | None) -> str:
    """A module's name as shown: a seeded module's in the interface language, any other as typed."""
    if not name:
        return ""
    return catalogue_module_names().get(name, name)
