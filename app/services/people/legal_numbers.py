"""The cooperative's legal particulars as printed on quotes and attestations: its VAT status, its
company number (BCE), its register of legal persons (RPM), its bank account (IBAN) and who signs.

Numbers are checked as a bank or the Crossroads Bank for Enterprises would: a BCE number has ten
digits whose last two are 97 minus the first eight modulo 97; an IBAN passes the ISO 13616 check
(mod 97 = 1). Both are stored in their printed form ("0123.456.749", "BE68 5390 0754 7034").
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.i18n import tr
from app.services.errors import ValidationError


class VatStatus(StrEnum):
    """Whether the cooperative charges VAT."""

    SUBJECT = "subject"  # charges VAT on what it sells
    FRANCHISE = "franchise"  # small-business franchise: no VAT charged


def vat_status_label(status: str) -> str:
    return {
        VatStatus.SUBJECT: tr("Assujettie à la TVA", "cooperative"),
        VatStatus.FRANCHISE: tr("Franchise des petites entreprises (pas de TVA)", "cooperative"),
    }[VatStatus(status)]


def bce_number(value: str | None, field: str = "bce_number") -> str:
    """'' or a Belgian enterprise number, printed as 0123.456.749 (BE and dots are optional)."""
    text = re.sub(r"[\s.\-]", "", (value or "").upper()).removeprefix("BE")
    if not text:
        return ""
    if len(text) == 9:
        text = "0" + text
    if not (text.isdigit() and len(text) == 10 and text[0] in "01"):
        raise ValidationError(
            field, tr("Un numéro d'entreprise a 10 chiffres : 0123.456.749.", "cooperative")
        )
    if 97 - int(text[:8]) % 97 != int(text[8:]):
        raise ValidationError(
            field,
            tr("Ce numéro d'entreprise n'existe pas : vérifiez les chiffres.", "cooperative"),
        )
    return f"{text[:4]}.{text[4:7]}.{text[7:]}"


def iban(value: str | None, field: str = "iban") -> str:
    """'' or an IBAN that passes its check digits, printed in groups of four."""
    text = re.sub(r"\s", "", (value or "").upper())
    if not text:
        return ""
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", text):
        raise ValidationError(
            field, tr("Un IBAN commence par le pays : BE68 5390 0754 7034.", "cooperative")
        )
    digits = "".join(str(int(c, 36)) for c in text[4:] + text[:4])
    if int(digits) % 97 != 1:
        raise ValidationError(
            field, tr("Cet IBAN n'existe pas : vérifiez les chiffres.", "cooperative")
        )
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
