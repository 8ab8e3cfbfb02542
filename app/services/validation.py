"""Small checks shared by services: required text, lengths, phone numbers, e-mail addresses."""

from __future__ import annotations

import re

from app.i18n import tr
from app.services.errors import ValidationError

_PHONE = re.compile(r"^\+?[0-9 ./()\-]{6,25}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_text(value: str | None) -> str:
    return " ".join((value or "").split())


def required_text(value: str | None, field: str, label: str, max_length: int = 120) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(field, tr("Indiquez {label}.", "validation").format(label=label))
    return limited_text(text, field, max_length)


def limited_text(value: str | None, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            field,
            tr("Ce texte est trop long (au plus {n} caractères).", "validation").format(
                n=max_length
            ),
        )
    return text


def phone_number(value: str | None, field: str = "phone") -> str:
    text = clean_text(value)
    if not text:
        return ""
    if not _PHONE.match(text) or sum(ch.isdigit() for ch in text) < 6:
        raise ValidationError(
            field,
            tr(
                "Un numéro de téléphone ne contient que des chiffres, des espaces et un + au "
                "début, par exemple +32 470 12 34 56.",
                "validation",
            ),
        )
    return text


def email_address(value: str | None, field: str = "email") -> str:
    text = (value or "").strip()
    if text and not _EMAIL.match(text):
        raise ValidationError(
            field,
            tr("Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).", "validation"),
        )
    return text
