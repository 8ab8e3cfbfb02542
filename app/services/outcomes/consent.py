"""A member's consent, for one purpose: to be followed up after the programme (the default), or
to have an employer portfolio printed about her. Given on a day, withdrawn on a day.

Withdrawing the follow-up consent deletes what was recorded about her situation (she said no
more), and no new situation is accepted until she gives it again. Withdrawing the portfolio
consent deletes nothing (nothing is stored for it) but no portfolio is printed any more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.outcomes import Outcome, OutcomeConsent, PortfolioConsent
from app.models.people import Person
from app.services.errors import NotFound, ValidationError
from app.services.people.members import get_person
from app.services.validation import limited_text
from app.vocab.outcomes import ConsentPurpose
from app.vocab.people import in_gender

# The table that holds each purpose's consents (same columns).
CONSENT_TABLES = {
    ConsentPurpose.FOLLOW_UP: OutcomeConsent,
    ConsentPurpose.PORTFOLIO: PortfolioConsent,
}


@dataclass(frozen=True)
class ConsentInfo:
    person_id: int
    given_on: dt.date
    withdrawn_on: dt.date | None
    note: str

    @property
    def in_force(self) -> bool:
        return self.withdrawn_on is None


def _row(session: Session, person_id: int, purpose: str):
    model = CONSENT_TABLES[ConsentPurpose(purpose)]
    return session.scalar(select(model).where(model.person_id == person_id))


def consent_of(
    session: Session, person_id: int, purpose: str = ConsentPurpose.FOLLOW_UP
) -> ConsentInfo | None:
    row = _row(session, person_id, purpose)
    if row is None:
        return None
    return ConsentInfo(row.person_id, row.given_on, row.withdrawn_on, row.note)


def has_consent(session: Session, person_id: int, purpose: str = ConsentPurpose.FOLLOW_UP) -> bool:
    consent = consent_of(session, person_id, purpose)
    return consent is not None and consent.in_force


def give_consent(
    session: Session,
    person_id: int,
    day: dt.date,
    note: str = "",
    purpose: str = ConsentPurpose.FOLLOW_UP,
) -> ConsentInfo:
    """She agrees (again, after a withdrawal: the new day replaces the old)."""
    if session.get(Person, person_id) is None:
        raise NotFound(person_id)
    clean = limited_text(note, "note", 200)
    row = _row(session, person_id, purpose)
    if row is None:
        model = CONSENT_TABLES[ConsentPurpose(purpose)]
        session.add(model(person_id=person_id, given_on=day, note=clean))
    else:
        row.given_on, row.withdrawn_on, row.note = day, None, clean
    session.flush()
    return consent_of(session, person_id, purpose)


def withdraw_consent(
    session: Session, person_id: int, day: dt.date, purpose: str = ConsentPurpose.FOLLOW_UP
) -> int:
    """She takes her consent back: kept as withdrawn on `day`. For the follow-up, her outcomes
    are deleted (their number is returned)."""
    row = _row(session, person_id, purpose)
    if row is None or row.withdrawn_on is not None:
        person = get_person(session, person_id)
        sentence = in_gender(
            person.gender,
            tr("{name} n'a pas donné son accord.", "outcomes"),
            tr("{name} n'a pas donné son accord.", "outcomes_man"),
        )
        raise ValidationError("consent", fill(sentence, name=person.full_name))
    row.withdrawn_on = day
    deleted = 0
    if purpose == ConsentPurpose.FOLLOW_UP:
        deleted = session.execute(delete(Outcome).where(Outcome.person_id == person_id)).rowcount
    session.flush()
    return deleted or 0


def restore_consent(
    session: Session, before: ConsentInfo | None, person_id: int, purpose: str
) -> None:
    """Put her consent back as it was (`None`: never given), for undo. Outcomes deleted by a
    withdrawal are not brought back here."""
    row = _row(session, person_id, purpose)
    if before is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        model = CONSENT_TABLES[ConsentPurpose(purpose)]
        session.add(
            model(
                person_id=person_id,
                given_on=before.given_on,
                withdrawn_on=before.withdrawn_on,
                note=before.note,
            )
        )
    else:
        row.given_on, row.withdrawn_on, row.note = (
            before.given_on,
            before.withdrawn_on,
            before.note,
        )
    session.flush()
