"""A member's consent to be followed up after the programme: given on a day, withdrawn on a day.

Withdrawing it deletes what was recorded about her situation (she said no more), and no new
situation is accepted until she gives it again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.outcomes import Outcome, OutcomeConsent
from app.models.people import Person
from app.services.errors import NotFound, ValidationError
from app.services.validation import limited_text


@dataclass(frozen=True)
class ConsentInfo:
    person_id: int
    given_on: dt.date
    withdrawn_on: dt.date | None
    note: str

    @property
    def in_force(self) -> bool:
        return self.withdrawn_on is None


def _row(session: Session, person_id: int) -> OutcomeConsent | None:
    return session.scalar(select(OutcomeConsent).where(OutcomeConsent.person_id == person_id))


def consent_of(session: Session, person_id: int) -> ConsentInfo | None:
    row = _row(session, person_id)
    if row is None:
        return None
    return ConsentInfo(row.person_id, row.given_on, row.withdrawn_on, row.note)


def has_consent(session: Session, person_id: int) -> bool:
    consent = consent_of(session, person_id)
    return consent is not None and consent.in_force


def give_consent(session: Session, person_id: int, day: dt.date, note: str = "") -> ConsentInfo:
    """She agrees to the follow-up (again, after a withdrawal: the new day replaces the old)."""
    if session.get(Person, person_id) is None:
        raise NotFound(person_id)
    clean = limited_text(note, "note", 200)
    row = _row(session, person_id)
    if row is None:
        session.add(OutcomeConsent(person_id=person_id, given_on=day, note=clean))
    else:
        row.given_on, row.withdrawn_on, row.note = day, None, clean
    session.flush()
    return consent_of(session, person_id)


def withdraw_consent(session: Session, person_id: int, day: dt.date) -> int:
    """She takes her consent back: kept as withdrawn on `day`; her outcomes are deleted (their
    number is returned)."""
    row = _row(session, person_id)
    if row is None or row.withdrawn_on is not None:
        raise ValidationError(
            "consent", tr("Elle n'a pas donné son accord pour le suivi.", "outcomes")
        )
    row.withdrawn_on = day
    deleted = session.execute(delete(Outcome).where(Outcome.person_id == person_id)).rowcount
    session.flush()
    return deleted or 0
