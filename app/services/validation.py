"""Small checks shared by services: required text, lengths, phone numbers, e-mail addresses, and
the one rule for characters no typed text may hold (`safe_text`).

`safe_text` refuses control characters (NUL, ESC … except tab and line breaks) and the
bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a name
display in another order than it is stored. Every text validator here applies it, and
`refuse_unsafe_text` applies it to every text column a unit of work writes (the database's
sessions call it before each flush), so no service can store such a character.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.i18n import fill, tr
from app.services.errors import ValidationError

_PHONE = re.compile(r"^\+?[0-9 ./()\-]{6,25}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def unsafe_character(text: str) -> str | None:
    """The first control or direction-override character in `text`, or None."""
    for char in text:
        if char in _BIDI_CONTROLS:
            return char
        if unicodedata.category(char) in ("Cc", "Cs") and char not in _ALLOWED_CONTROLS:
            return char
    return None


def safe_text(value: str | None, field: str) -> str:
    """`value` (or "") when it holds no control or override character; else ValidationError."""
    text = value or ""
    char = unsafe_character(text)
    if char is not None:
        raise ValidationError(
            field,
            fill(
                tr(
                    "Ce texte contient un caractère invisible qui n'est pas permis ({code}). "
                    "Retapez-le au clavier au lieu de le copier.",
                    "validation",
                ),
                code=f"U+{ord(char):04X}",
            ),
        )
    return text


def refuse_unsafe_text(session, _flush_context=None, _instances=None) -> None:
    """Before a flush: every text attribute a new or changed row carries passes `safe_text`
    (the field is the column's name)."""
    from sqlalchemy import inspect

    for row in (*session.new, *session.dirty):
        state = inspect(row)
        for attribute in state.mapper.column_attrs:
            history = state.attrs[attribute.key].history
            for value in history.added or ():
                if isinstance(value, str):
                    safe_text(value, attribute.key)


def clean_text(value: str | None) -> str:
    """`value` on one line, spaces squeezed (the validators below then apply `safe_text`)."""
    return " ".join((value or "").split())


def required_text(value: str | None, field: str, label: str, max_length: int = 120) -> str:
    text = clean_text(safe_text(value, field))
    if not text:
        raise ValidationError(field, fill(tr("Indiquez {label}.", "validation"), label=label))
    return limited_text(text, field, max_length)


def limited_text(value: str | None, field: str, max_length: int) -> str:
    text = safe_text(value, field).strip()
    if len(text) > max_length:
        raise ValidationError(
            field,
            fill(
                tr("Ce texte est trop long (au plus {n} caractères).", "validation"), n=max_length
            ),
        )
    return text


def phone_number(value: str | None, field: str = "phone") -> str:
    text = clean_text(safe_text(value, field))
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
    text = safe_text(value, field).strip()
    if text and not _EMAIL.match(text):
        raise ValidationError(
            field,
            tr("Cette adresse e-mail n'est pas valide (exemple : nom@exemple.be).", "validation"),
        )
    return text


# Dates a cooperative works with: anything else is a typing slip (and 9999-12-31 + a shelf life
# does not exist).
FIRST_PLAUSIBLE_DATE = dt.date(2000, 1, 1)
LAST_PLAUSIBLE_DATE = dt.date(2099, 12, 31)


def plausible_date(value: dt.date, field: str = "date") -> dt.date:
    """`value` when it lies between 2000 and 2099; else a clear refusal."""
    if not FIRST_PLAUSIBLE_DATE <= value <= LAST_PLAUSIBLE_DATE:
        raise ValidationError(
            field,
            fill(
                tr("La date {date} n'est pas plausible (entre 2000 et 2099).", "validation"),
                date=value.isoformat(),
            ),
        )
    return value
