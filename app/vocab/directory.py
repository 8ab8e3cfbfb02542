"""The directory vocabularies: what an organisation is to the cooperative, and what an outside
person does for it."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class OrganisationKind(StrEnum):
    PARTNER = "partner"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    VISIT_HOST = "visit_host"
    FUNDER = "funder"


def organisation_kind_label(value: str) -> str:
    return {
        OrganisationKind.PARTNER: tr("Partenaire", "vocab_directory"),
        OrganisationKind.CUSTOMER: tr("Client", "vocab_directory"),
        OrganisationKind.SUPPLIER: tr("Fournisseur", "vocab_directory"),
        OrganisationKind.VISIT_HOST: tr("Lieu de visite", "vocab_directory"),
        OrganisationKind.FUNDER: tr("Financeur", "vocab_directory"),
    }.get(value, value)


class ContactRole(StrEnum):
    MENTOR = "mentor"
    SPEAKER = "speaker"
    EVALUATOR = "evaluator"
    CONTACT = "contact"


def contact_role_label(value: str) -> str:
    return {
        ContactRole.MENTOR: tr("Marraine / parrain", "vocab_directory"),
        ContactRole.SPEAKER: tr("Intervenante", "vocab_directory"),
        ContactRole.EVALUATOR: tr("Évaluatrice", "vocab_directory"),
        ContactRole.CONTACT: tr("Personne de contact", "vocab_directory"),
    }.get(value, value)
