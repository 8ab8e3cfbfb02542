"""What became of a member after her cohort: her situation at each checkpoint (the end, then 3, 6
and 12 months after the cohort's end), only with her consent in force; the follow-ups due today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, format_date, tr
from app.models.outcomes import Outcome, OutcomeConsent
from app.models.people import Cohort, Membership, Person
from app.services.errors import ValidationError
from app.services.outcomes.consent import has_consent
from app.services.outcomes.due import due_checkpoints, due_on
from app.services.validation import limited_text
from app.vocab import values
from app.vocab.outcomes import Checkpoint, Situation, checkpoint_label, situation_label


@dataclass(frozen=True)
class OutcomeInfo:
    person_id: int
    cohort_id: int
    checkpoint: str
    situation: str
    note: str
    recorded_on: dt.date

    @property
    def checkpoint_label(self) -> str:
        return checkpoint_label(self.checkpoint)

    @property
    def situation_label(self) -> str:
        return situation_label(self.situation)


def _info(row: Outcome) -> OutcomeInfo:
    return OutcomeInfo(
        row.person_id, row.cohort_id, row.checkpoint, row.situation, row.note, row.recorded_on
    )


def record_outcome(
    session: Session,
    person_id: int,
    cohort_id: int,
    checkpoint: str,
    situation: str,
    note: str,
    today: dt.date,
) -> OutcomeInfo:
    """Her situation at a checkpoint (replacing what was noted there before). Refused without
    her consent in force, for someone not in the cohort, or with an unknown value."""
    if not has_consent(session, person_id):
        raise ValidationError(
            "consent",
            tr(
                "Pas d'accord de sa part pour le suivi : notez d'abord son accord. Rien n'est "
                "enregistré.",
                "outcomes",
            ),
        )
    if checkpoint not in values(Checkpoint):
        raise ValidationError("checkpoint", tr("Choisissez le moment du suivi.", "outcomes"))
    if situation not in values(Situation):
        raise ValidationError("situation", tr("Choisissez sa situation.", "outcomes"))
    membership = session.scalar(
        select(Membership).where(
            Membership.person_id == person_id, Membership.cohort_id == cohort_id
        )
    )
    if membership is None:
        raise ValidationError(
            "person", tr("Cette personne ne fait pas partie de la cohorte.", "outcomes")
        )
    clean = limited_text(note, "note", 1000)
    row = session.scalar(
        select(Outcome).where(
            Outcome.person_id == person_id,
            Outcome.cohort_id == cohort_id,
            Outcome.checkpoint == checkpoint,
        )
    )
    if row is None:
        row = Outcome(person_id=person_id, cohort_id=cohort_id, checkpoint=checkpoint)
        session.add(row)
    row.situation, row.note, row.recorded_on = situation, clean, today
    session.flush()
    return _info(row)


def outcomes_of(session: Session, cohort_ids: list[int]) -> list[OutcomeInfo]:
    rows = session.scalars(
        select(Outcome).where(Outcome.cohort_id.in_(cohort_ids)).order_by(Outcome.id)
    ).all()
    return [_info(row) for row in rows]


@dataclass(frozen=True)
class DueFollowUp:
    person_id: int
    name: str
    cohort_id: int
    cohort_name: str
    checkpoint: str
    due_on: dt.date

    @property
    def sentence(self) -> str:
        return fill(
            tr("Suivi de {name} ({cohort}) : {when}, prévu le {date}.", "outcomes"),
            name=self.name,
            cohort=self.cohort_name,
            when=checkpoint_label(self.checkpoint).lower(),
            date=format_date(self.due_on),
        )


def due_follow_ups(session: Session, today: dt.date) -> list[DueFollowUp]:
    """Members with their consent in force whose checkpoint has come and has nothing noted yet,
    the oldest first."""
    rows = session.execute(
        select(Person, Cohort)
        .join(Membership, Membership.person_id == Person.id)
        .join(Cohort, Cohort.id == Membership.cohort_id)
        .join(OutcomeConsent, OutcomeConsent.person_id == Person.id)
        .where(OutcomeConsent.withdrawn_on.is_(None), Person.role == "member")
    ).all()
    noted = set(
        session.execute(select(Outcome.person_id, Outcome.cohort_id, Outcome.checkpoint)).all()
    )
    due = [
        DueFollowUp(
            person.id,
            f"{person.first_name} {person.last_name}".strip(),
            cohort.id,
            cohort.name,
            checkpoint,
            due_on(cohort.end_date, checkpoint),
        )
        for person, cohort in rows
        for checkpoint in due_checkpoints(
            cohort.end_date,
            {c for p, k, c in noted if (p, k) == (person.id, cohort.id)},
            today,
        )
    ]
    return sorted(due, key=lambda d: (d.due_on, d.name))


def her_cohorts(session: Session, person_id: int) -> list[tuple[int, str]]:
    """(id, name) of the cohorts she was in, the latest first: where an outcome can be noted."""
    return [
        (cohort.id, cohort.name)
        for cohort in session.scalars(
            select(Cohort)
            .join(Membership, Membership.cohort_id == Cohort.id)
            .where(Membership.person_id == person_id)
            .order_by(Cohort.end_date.desc())
        )
    ]


def outcomes_of_person(session: Session, person_id: int) -> list[OutcomeInfo]:
    rows = session.scalars(
        select(Outcome).where(Outcome.person_id == person_id).order_by(Outcome.id)
    ).all()
    return [_info(row) for row in rows]


def _outcome_row(session: Session, person_id: int, cohort_id: int, checkpoint: str):
    return session.scalar(
        select(Outcome).where(
            Outcome.person_id == person_id,
            Outcome.cohort_id == cohort_id,
            Outcome.checkpoint == checkpoint,
        )
    )


def outcome_at(
    session: Session, person_id: int, cohort_id: int, checkpoint: str
) -> OutcomeInfo | None:
    """What is noted at one checkpoint (None: nothing yet); undo keeps it before a save."""
    row = _outcome_row(session, person_id, cohort_id, checkpoint)
    return None if row is None else _info(row)


def remove_outcome(session: Session, person_id: int, cohort_id: int, checkpoint: str) -> None:
    """Take back what was noted at one checkpoint (undo of its first save)."""
    row = _outcome_row(session, person_id, cohort_id, checkpoint)
    if row is not None:
        session.delete(row)
        session.flush()


def put_back_outcomes(session: Session, noted: list[OutcomeInfo]) -> None:
    """Put outcomes back exactly as they were (undo of a save or of a withdrawal of consent that
    deleted them): the caller restores the consent they were noted under first."""
    for info in noted:
        row = _outcome_row(session, info.person_id, info.cohort_id, info.checkpoint)
        if row is None:
            row = Outcome(
                person_id=info.person_id, cohort_id=info.cohort_id, checkpoint=info.checkpoint
            )
            session.add(row)
        row.situation, row.note, row.recorded_on = info.situation, info.note, info.recorded_on
    session.flush()
