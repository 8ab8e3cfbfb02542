"""The cooperative's identity: name, address, contacts, logo, the producer line on labels, and
its legal particulars (VAT status, BCE, RPM, IBAN, signatory) kept in the settings.

`cooperative_facts` reads through the table, on a session or a Core connection: the readers of a
command that writes nothing (`print labels`) import neither the ORM nor the model, which the
functions that build or change the row import themselves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Row, select

from app.i18n import LANGUAGE_NAMES, doc_tr, fill, list_separator, tr, without_isolates
from app.services.errors import ValidationError
from app.services.people.legal_numbers import VatStatus, bce_number, iban
from app.services.settings import get_setting, set_setting
from app.services.tables import COOPERATIVE, flush_pending
from app.services.validation import (
    email_address,
    limited_text,
    phone_number,
    required_text,
)
from app.services.versions import changed_fields

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models.cooperative import Cooperative
    from app.services.tables import Reader

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


def cooperative_row(session: Session) -> Cooperative | None:
    """The single cooperative row, without its legal settings (one statement: for the readers
    that need its name, address, producer line, logo or label language only)."""
    from app.models.cooperative import Cooperative

    return session.scalars(select(Cooperative).order_by(Cooperative.id)).first()


# What readers of the cooperative's identity use (labels, documents for customers)
_FACTS = ("name", "address", "email", "phone", "producer_line", "logo_png", "label_language")


def cooperative_facts(session: Reader) -> Row | None:
    """The cooperative's name, address, contacts, producer line, logo and label language, read
    through its table (one statement, no ORM object: for a reader that writes nothing, such as
    `print labels`, which then never configures the mapped classes)."""
    flush_pending(session)
    return session.execute(
        select(*(COOPERATIVE.c[name] for name in _FACTS)).order_by(COOPERATIVE.c.id).limit(1)
    ).first()


def get_cooperative(session: Session) -> CooperativeInfo | None:
    row = cooperative_row(session)
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


def label_language(session: Reader) -> str:
    """The language of the documents for customers (labels, price list, allergen sheets, quotes):
    the cooperative's label language, French without a cooperative."""
    return language_of(cooperative_facts(session))


def language_of(facts: Row | None) -> str:
    """The label language of `cooperative_facts`: French without a cooperative."""
    return facts.label_language if facts is not None else "fr"


def save_cooperative(
    session: Session, info: CooperativeInfo, seen: CooperativeInfo | None = None
) -> CooperativeInfo:
    """Create or update the single cooperative row, after validating every field (nothing is
    written when one is refused).

    With `seen` (what the form was drawn from), only the fields she changed are written: a field
    she left alone keeps what is stored, whatever another window wrote there meanwhile; a field
    she changed that was changed meanwhile too refuses the save (`StaleError`). The producer line
    she never wrote herself (the default "Produit par …") follows the name, the address and the
    label language."""
    clean = _validated(info)
    row = cooperative_row(session)
    current = get_cooperative(session)
    changed = changed_fields(
        info,
        seen,
        current,
        tr(
            "Les paramètres de la coopérative ont changé depuis que vous avez ouvert "
            "cette fenêtre : les champs montrent maintenant leurs nouvelles valeurs. "
            "Refaites vos changements, puis enregistrez.",
            "cooperative",
        ),
    )
    if row is None:
        from app.models.cooperative import Cooperative

        row = Cooperative(name=clean["name"])
        session.add(row)
    for name in changed & ROW_FIELDS:
        setattr(row, name, clean[name])
    if "producer_line" in changed:
        row.producer_line = clean["producer_line"] or _default_line(row)
    elif current is not None and is_default_line(
        current.producer_line, current.name, current.address, current.label_language
    ):
        row.producer_line = _default_line(row)
    for name in changed & LEGAL_SETTINGS.keys():
        set_setting(session, LEGAL_SETTINGS[name], clean[name])
    session.flush()
    return get_cooperative(session)  # type: ignore[return-value]


# CooperativeInfo fields stored in the cooperative row (the others are LEGAL_SETTINGS)
ROW_FIELDS = frozenset(
    (
        "name",
        "address",
        "email",
        "phone",
        "vat_number",
        "producer_line",
        "logo_png",
        "label_language",
    )
)


def _validated(info: CooperativeInfo) -> dict[str, object]:
    """Every field of `info` checked and cleaned, by field name; `ValidationError` at the first
    field refused. The producer line is as typed (empty: the default is written)."""
    clean: dict[str, object] = {
        "name": required_text(info.name, "name", tr("le nom de la coopérative", "cooperative")),
        "address": limited_text(info.address, "address", 400),
        "email": email_address(info.email),
        "phone": phone_number(info.phone),
        "vat_number": limited_text(info.vat_number, "vat_number", 40) or None,
        "producer_line": limited_text(info.producer_line, "producer_line", 300),
    }
    if (info.vat_status or VatStatus.SUBJECT) not in {status.value for status in VatStatus}:
        raise ValidationError(
            "vat_status", tr("Choisissez un régime de TVA de la liste.", "cooperative")
        )
    if info.label_language not in LANGUAGE_NAMES:
        raise ValidationError(
            "label_language", tr("Choisissez une langue de la liste.", "cooperative")
        )
    clean |= {
        "label_language": info.label_language,
        "vat_status": VatStatus(info.vat_status or VatStatus.SUBJECT).value,
        "bce_number": bce_number(info.bce_number),
        "rpm": limited_text(info.rpm, "rpm", 120),
        "iban": iban(info.iban),
        "signatory_name": limited_text(info.signatory_name, "signatory_name", 120),
        "signatory_function": limited_text(info.signatory_function, "signatory_function", 120),
    }
    if info.logo_png is not None and len(info.logo_png) > MAX_LOGO_BYTES:
        raise ValidationError("logo", tr("Le logo est trop lourd (2 Mo au plus).", "cooperative"))
    clean["logo_png"] = info.logo_png
    return clean


def _default_line(row: Cooperative) -> str:
    return default_producer_line(row.name, row.address, row.label_language)


def default_producer_line(name: str, address: str, language: str = "fr") -> str:
    """'Produit par <name>, <address on one line>' when the user has not written her own, in the
    labels' language, with its comma ("، " in Arabic; it is printed on labels, not shown in the
    interface: stored without the isolate marks an Arabic interface puts around values, which no
    stored text may hold)."""
    text = without_isolates(fill(doc_tr("Produit par {name}", "cooperative", language), name=name))
    lines = [part.strip() for part in address.splitlines() if part.strip()]
    return list_separator(",", language).join([text, *lines])


def is_default_line(line: str, name: str, address: str, language: str) -> bool:
    """Whether `line` is the default producer line of these facts, as written now or as stored
    before it took the label language's comma (", " in Arabic too): it follows their changes."""
    default = default_producer_line(name, address, language)
    return line in (default, default.replace(list_separator(",", language), ", "))


def printed_producer_line(line: str, name: str, address: str, language: str) -> str:
    """The producer line labels print: the stored `line`, or the default when it is empty or a
    default stored with the former comma (`is_default_line`)."""
    if not line or is_default_line(line, name, address, language):
        return default_producer_line(name, address, language)
    return line
