"""The cooperative's identity: name, address, contacts, logo and the producer line on labels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.people import Cooperative
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
    row.producer_line = producer or default_producer_line(name, address)
    row.logo_png = info.logo_png
    row.label_language = info.label_language or "fr"
    session.flush()
    return get_cooperative(session)  # type: ignore[return-value]


def default_producer_line(name: str, address: str) -> str:
    """'Produit par <name>, <address on one line>' when the user has not written her own."""
    one_line = ", ".join(part.strip() for part in address.splitlines() if part.strip())
    text = tr("Produit par {name}", "cooperative").format(name=name)
    return f"{text}, {one_line}" if one_line else text
