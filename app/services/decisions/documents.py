"""The charter and the house rules as versioned documents members sign.

A new text is a new version (1, 2, …) of its kind, with the date the group adopted it; members
sign a version on a date. Signing twice, or with no date, is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.decisions import DocumentSignature, GroupDocument
from app.models.people import Person
from app.services.decisions.register import person_name
from app.services.errors import NotFound, ValidationError
from app.services.text_match import sort_key
from app.services.validation import limited_text, plausible_date
from app.vocab import values
from app.vocab.decisions import DocumentKind
from app.vocab.people import in_gender


@dataclass(frozen=True)
class SignatureLine:
    person_id: int
    name: str
    signed_on: dt.date


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: str
    version: int
    body: str
    adopted_on: dt.date
    signatures: tuple[SignatureLine, ...]

    def signed_by(self, person_id: int) -> bool:
        return any(line.person_id == person_id for line in self.signatures)


def add_version(session: Session, kind: str, body: str, adopted_on: dt.date | None) -> DocumentInfo:
    """The next version of the charter or the house rules."""
    if kind not in values(DocumentKind):
        raise ValidationError("kind", tr("Choisissez la charte ou le règlement.", "decisions"))
    text = limited_text((body or "").strip(), "body", 20000)
    if not text:
        raise ValidationError("body", tr("Écrivez le texte du document.", "decisions"))
    if adopted_on is None:
        raise ValidationError("adopted_on", tr("Indiquez la date d'adoption.", "decisions"))
    plausible_date(adopted_on, "adopted_on")
    latest = session.scalar(
        select(func.max(GroupDocument.version)).where(GroupDocument.kind == kind)
    )
    row = GroupDocument(kind=kind, version=(latest or 0) + 1, body=text, adopted_on=adopted_on)
    session.add(row)
    session.flush()
    return get_document(session, row.id)


def delete_version(session: Session, document_id: int) -> None:
    """Take back a version just added (undo), with its signatures."""
    row = session.get(GroupDocument, document_id)
    if row is None:
        raise NotFound(document_id)
    session.delete(row)
    session.flush()


def sign(session: Session, document_id: int, person_id: int, signed_on: dt.date | None) -> None:
    row = session.get(GroupDocument, document_id)
    if row is None:
        raise NotFound(document_id)
    signer = session.get(Person, person_id)
    if signer is None:
        raise ValidationError("person", tr("Choisissez qui signe.", "decisions"))
    if signed_on is None:
        raise ValidationError("signed_on", tr("Indiquez la date de la signature.", "decisions"))
    plausible_date(signed_on, "signed_on")
    if signed_on < row.adopted_on:
        raise ValidationError(
            "signed_on", tr("On signe un document après son adoption.", "decisions")
        )
    if any(s.person_id == person_id for s in row.signatures):
        sentence = in_gender(
            signer.gender,
            tr("{name} a déjà signé cette version.", "decisions"),
            tr("{name} a déjà signé cette version.", "decisions_man"),
        )
        raise ValidationError("person", fill(sentence, name=person_name(signer)))
    row.signatures.append(DocumentSignature(person_id=person_id, signed_on=signed_on))
    session.flush()


def unsign(session: Session, document_id: int, person_id: int) -> None:
    """Take back a signature (undo)."""
    row = session.get(GroupDocument, document_id)
    found = [s for s in row.signatures if s.person_id == person_id] if row else []
    if not found:
        raise NotFound(document_id)
    row.signatures.remove(found[0])
    session.flush()


def get_document(session: Session, document_id: int) -> DocumentInfo:
    row = session.get(GroupDocument, document_id)
    if row is None:
        raise NotFound(document_id)
    lines = sorted(
        (
            SignatureLine(s.person_id, person_name(session.get(Person, s.person_id)), s.signed_on)
            for s in row.signatures
        ),
        key=lambda line: (sort_key(line.name), line.person_id),
    )
    return DocumentInfo(row.id, row.kind, row.version, row.body, row.adopted_on, tuple(lines))


def list_documents(session: Session) -> list[DocumentInfo]:
    """Every version, by kind (charter first), the latest version first."""
    order = {kind: i for i, kind in enumerate(values(DocumentKind))}
    ids = session.execute(select(GroupDocument.id, GroupDocument.kind, GroupDocument.version))
    ordered = sorted(ids, key=lambda r: (order.get(r.kind, 99), -r.version))
    return [get_document(session, r.id) for r in ordered]
