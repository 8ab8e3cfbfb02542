"""The cooperative's identity: name, address, contacts, logo, the producer line on labels, and
its legal particulars (VAT status, BCE, RPM, IBAN, signatory) kept in the settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import doc_tr, fill, tr, without_isolates
from app.models.people import Cooperative
from app.services.people.legal_numbers import VatStatus, bce_number, iban
from app.services.settings import get_setting, set_setting
from app.services.validation import (
    email_address,
    limited_text,
    phone_number,
    required_text,
)

MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class CooperativeInfo:
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""
    vat_number: str = ""
    producer_line: str = ""
    logo_png: bytes | None = None
    label_language: str = "fr"
    # legal particulars, kept in the settings (LEGAL_SETTINGS)
    vat_status: str = "subject"
    bce_number: str = ""
    rpm: str = ""
    iban: str = ""
    signatory_name: str = ""
    signatory_function: str = ""

    @property
    def vat_franchise(self) -> bool:
        return self.vat_status == "franchise"


# CooperativeInfo field -> setting key
LEGAL_SETTINGS = {
    "vat_status": "cooperative.vat_status",
    "bce_number": "cooperative.bce_number",
    "rpm": "cooperative.rpm",
    "iban": "cooperative.iban",
    "signatory_name": "cooperative.signatory_name",
    "signatory_function": "cooperative.signatory_function",
}


def get_cooperative(session: Session) -> CooperativeInfo | None:
    row = session.scalars(select(Cooperative).order_by(Cooperative.id)).first()
    if row is None:
        return None
    return CooperativeInfo(
        name=row.name,
        address=row.address,
        email=row.email,
        phone=row.phone,
        vat_number=row.vat_number or "",
        producer_line=row.producer_line,
        logo_png=row.logo_png,
        label_language=row.label_language,
        **{name: get_setting(session, key) for name, key in LEGAL_SETTINGS.items()},
    )


def save_cooperative(session: Session, info: CooperativeInfo) -> CooperativeInfo:
    """Create or update the single cooperative row, after validating every field."""
    from app.services.errors import ValidationError

    name = required_text(info.name, "name", tr("le nom de la coopérative", "cooperative"))
    address = limited_text(info.address, "address", 400)
    email = email_address(info.email)
    phone = phone_number(info.phone)
    vat = limited_text(info.vat_number, "vat_number", 40)
    producer = limited_text(info.producer_line, "producer_line", 300)
    if (info.vat_status or VatStatus.SUBJECT) not in {status.value for status in VatStatus}:
        raise ValidationError(
            "vat_status", tr("Choisissez un régime de TVA de la liste.", "cooperative")
        )
    legal = {
        "vat_status": VatStatus(info.vat_status or VatStatus.SUBJECT).value,
        "bce_number": bce_number(info.bce_number),
        "rpm": limited_text(info.rpm, "rpm", 120),
        "iban": iban(info.iban),
        "signatory_name": limited_text(info.signatory_name, "signatory_name", 120),
        "signatory_function": limited_text(info.signatory_function, "signatory_function", 120),
    }
    if info.logo_png is not None and len(info.logo_png) > MAX_LOGO_BYTES:
        raise ValidationError("logo", tr("Le logo est trop lourd (2 Mo au plus).", "cooperative"))
    row = session.scalars(select(Cooperative).order_by(Cooperative.id)).first()
    if row is None:
        row = Cooperative(name=name)
        session.add(row)
    row.name = name
    row.address = address
    row.email = email
    row.phone = phone
    row.vat_number = vat or None
    row.label_language = info.label_language or "fr"
    row.producer_line = producer or default_producer_line(name, address, row.label_language)
    row.logo_png = info.logo_png
    for name, value in legal.items():
        set_setting(session, LEGAL_SETTINGS[name], value)
    session.flush()
    return get_cooperative(session)  # type: ignore[return-value]


def default_producer_line(name: str, address: str, language: str = "fr") -> str:
    """'Produit par <name>, <address on one line>' when the user has not written her own, in the
    labels' language (it is printed on labels, not shown in the interface: stored without the
    isolate marks an Arabic interface puts around values, which no stored text may hold)."""
    one_line = ", ".join(part.strip() for part in address.splitlines() if part.strip())
    text = without_isolates(fill(doc_tr("Produit par {name}", "cooperative", language), name=name))
    return f"{text}, {one_line}" if one_line else text
