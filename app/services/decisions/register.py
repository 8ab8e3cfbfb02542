"""Recording a decision taken by consent: the proposal, the clarifying round, the reactions, each
member's position, each objection with its author and how it was integrated, the outcome, the date
and the review date.

A decision without a proposal, or an objection without its author, is refused at its field and
nothing is written. A profit sharing (app/services/sales/sharing.py) is one kind of decision: its
register entry is written with it (`record_profit_sharing`) and edited here like any other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.decisions import Decision, DecisionObjection, DecisionPosition
from app.models.people import Cohort, Membership, Person
from app.services.errors import Field, NotFound, ValidationError
from app.services.text_match import sort_key
from app.services.validation import clean_text, limited_text, plausible_date
from app.vocab import values
from app.vocab.decisions import DecisionKind, Position


@dataclass(frozen=True)
class ObjectionInput:
    author_id: int | None
    objection: str
    integration: str = ""


@dataclass(frozen=True)
class DecisionInput:
    cohort_id: int
    decided_on: dt.date | None
    proposal: str
    title: str = ""
    clarifications: str = ""
    reactions: str = ""
    outcome: str = ""
    review_on: dt.date | None = None
    positions: tuple[tuple[int, str], ...] = ()  # (person id, Position)
    objections: tuple[ObjectionInput, ...] = ()


@dataclass(frozen=True)
class PositionLine:
    person_id: int
    name: str
    position: str


@dataclass(frozen=True)
class ObjectionLine:
    author_id: int | None
    author_name: str  # "" when unknown (written before the register)
    objection: str
    integration: str


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    cohort_id: int
    kind: str
    title: str
    proposal: str
    clarifications: str
    reactions: str
    outcome: str
    decided_on: dt.date
    review_on: dt.date | None
    positions: tuple[PositionLine, ...]
    objections: tuple[ObjectionLine, ...]
    profit_decision_id: int | None

    def count(self, position: str) -> int:
        return sum(1 for line in self.positions if line.position == position)

    def as_input(self) -> DecisionInput:
        return DecisionInput(
            cohort_id=self.cohort_id,
            decided_on=self.decided_on,
            proposal=self.proposal,
            title=self.title,
            clarifications=self.clarifications,
            reactions=self.reactions,
            outcome=self.outcome,
            review_on=self.review_on,
            positions=tuple((line.person_id, line.position) for line in self.positions),
            objections=tuple(
                ObjectionInput(line.author_id, line.objection, line.integration)
                for line in self.objections
            ),
        )


def person_name(person: Person | None) -> str:
    return "" if person is None else f"{person.first_name} {person.last_name}".strip()


def cohort_members(session: Session, cohort_id: int) -> list[tuple[int, str]]:
    """(id, name) of the cohort's members, by first name: who takes a position."""
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.cohort_id == cohort_id, Person.role == "member")
        .order_by(Person.first_name, Person.last_name, Person.id)
    )
    return [(row.id, f"{row.first_name} {row.last_name}".strip()) for row in rows]


def _long_text(value: str, field: str) -> str:
    return limited_text((value or "").strip(), field, 4000)


def _validated_objections(data: DecisionInput) -> list[ObjectionInput]:
    kept = []
    for row, item in enumerate(data.objections):
        objection = _long_text(item.objection, "objections")
        integration = _long_text(item.integration, "objections")
        if not objection and not integration and item.author_id is None:
            continue  # an empty line of the table
        if not objection:
            raise ValidationError(
                Field("objections", row=row, column="objection"),
                tr("Écrivez l'objection.", "decisions"),
            )
        if item.author_id is None:
            raise ValidationError(
                Field("objections", row=row, column="author"),
                tr("Indiquez qui a fait cette objection.", "decisions"),
            )
        kept.append(ObjectionInput(item.author_id, objection, integration))
    return kept


def _validated(session: Session, data: DecisionInput) -> DecisionInput:
    if session.get(Cohort, data.cohort_id) is None:
        raise ValidationError("cohort", tr("Choisissez d'abord une cohorte.", "decisions"))
    proposal = _long_text(data.proposal, "proposal")
    if not proposal:
        raise ValidationError("proposal", tr("Écrivez la proposition.", "decisions"))
    if data.decided_on is None:
        raise ValidationError("decided_on", tr("Indiquez la date de la décision.", "decisions"))
    plausible_date(data.decided_on, "decided_on")
    if data.review_on is not None:
        plausible_date(data.review_on, "review_on")
        if data.review_on < data.decided_on:
            raise ValidationError(
                "review_on", tr("La révision vient après la décision.", "decisions")
            )
    members = {person_id for person_id, _ in cohort_members(session, data.cohort_id)}
    positions = {}
    for person_id, position in data.positions:
        if person_id not in members:
            raise ValidationError(
                "positions", tr("Une personne n'est pas membre de la cohorte.", "decisions")
            )
        if position not in values(Position):
            raise ValidationError("positions", tr("Choisissez une position.", "decisions"))
        positions[person_id] = position
    objections = _validated_objections(data)
    for item in objections:
        if item.author_id not in members:
            raise ValidationError(
                "objections", tr("Une personne n'est pas membre de la cohorte.", "decisions")
            )
    return DecisionInput(
        cohort_id=data.cohort_id,
        decided_on=data.decided_on,
        proposal=proposal,
        title=limited_text(clean_text(data.title), "title", 200),
        clarifications=_long_text(data.clarifications, "clarifications"),
        reactions=_long_text(data.reactions, "reactions"),
        outcome=_long_text(data.outcome, "outcome"),
        review_on=data.review_on,
        positions=tuple(positions.items()),
        objections=tuple(objections),
    )


def _write(session: Session, row: Decision, data: DecisionInput) -> None:
    row.title = data.title
    row.proposal = data.proposal
    row.clarifications = data.clarifications
    row.reactions = data.reactions
    row.outcome = data.outcome
    row.decided_on = data.decided_on
    row.review_on = data.review_on
    row.positions.clear()
    row.objections.clear()
    session.flush()  # the old lines go before the new ones (one position per member)
    for person_id, position in data.positions:
        row.positions.append(DecisionPosition(person_id=person_id, position=str(position)))
    for item in data.objections:
        row.objections.append(
            DecisionObjection(
                author_id=item.author_id, objection=item.objection, integration=item.integration
            )
        )


def record_decision(session: Session, data: DecisionInput) -> DecisionInfo:
    """A new decision of the group (kind "general")."""
    clean = _validated(session, data)
    row = Decision(cohort_id=clean.cohort_id, kind=DecisionKind.GENERAL.value)
    session.add(row)
    _write(session, row, clean)
    session.flush()
    return get_decision(session, row.id)


def update_decision(session: Session, decision_id: int, data: DecisionInput) -> DecisionInfo:
    """Rewrite a decision (its kind, cohort and profit sharing stay)."""
    row = session.get(Decision, decision_id)
    if row is None:
        raise NotFound(decision_id)
    clean = _validated(session, DecisionInput(**{**data.__dict__, "cohort_id": row.cohort_id}))
    _write(session, row, clean)
    session.flush()
    return get_decision(session, row.id)


def delete_decision(session: Session, decision_id: int) -> None:
    """Take back a decision just recorded (undo); a profit sharing is taken back with its own."""
    row = session.get(Decision, decision_id)
    if row is None:
        raise NotFound(decision_id)
    session.delete(row)
    session.flush()


def record_profit_sharing(
    session: Session,
    profit_decision_id: int,
    took_part: tuple[int, ...],
    objections: tuple[tuple[str, str], ...],
) -> int:
    """The register entry of a profit sharing just recorded: its proposal, outcome and dates are
    those of the profit decision; who took part consents, the others are absent; objections were
    written without their author (add it in the register)."""
    from app.models.sales import ProfitDecision

    profit = session.get(ProfitDecision, profit_decision_id)
    row = Decision(
        cohort_id=profit.cohort_id,
        kind=DecisionKind.PROFIT_SHARING.value,
        profit_decision_id=profit.id,
        title="",
        proposal=profit.proposal,
        outcome=profit.outcome,
        decided_on=profit.decided_on,
        review_on=profit.review_on,
    )
    for share in profit.shares:
        position = Position.CONSENT if share.person_id in took_part else Position.ABSENT
        row.positions.append(DecisionPosition(person_id=share.person_id, position=position.value))
    for objection, integration in objections:
        row.objections.append(
            DecisionObjection(author_id=None, objection=objection, integration=integration)
        )
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True)
class ProfitSharingRecord:
    """What the register holds for a profit sharing, as its screen and PDF show it."""

    took_part: frozenset[int]  # people with a position other than "absent"
    objections: tuple[tuple[str, str], ...]  # (objection, how it was integrated)


def profit_sharing_record(session: Session, profit_decision_id: int) -> ProfitSharingRecord:
    """Who took part and the objections of a profit sharing: its register entry is their one
    store (empty when the entry is missing)."""
    row = session.scalar(select(Decision).where(Decision.profit_decision_id == profit_decision_id))
    if row is None:
        return ProfitSharingRecord(frozenset(), ())
    return ProfitSharingRecord(
        frozenset(p.person_id for p in row.positions if p.position != Position.ABSENT),
        tuple((o.objection, o.integration) for o in row.objections),
    )


def get_decision(session: Session, decision_id: int) -> DecisionInfo:
    row = session.get(Decision, decision_id)
    if row is None:
        raise NotFound(decision_id)
    return _info(session, row)


def _info(session: Session, row: Decision) -> DecisionInfo:
    positions = sorted(
        (
            PositionLine(p.person_id, person_name(session.get(Person, p.person_id)), p.position)
            for p in row.positions
        ),
        key=lambda line: (sort_key(line.name), line.person_id),
    )
    return DecisionInfo(
        id=row.id,
        cohort_id=row.cohort_id,
        kind=row.kind,
        title=row.title,
        proposal=row.proposal,
        clarifications=row.clarifications,
        reactions=row.reactions,
        outcome=row.outcome,
        decided_on=row.decided_on,
        review_on=row.review_on,
        positions=tuple(positions),
        objections=tuple(
            ObjectionLine(
                o.author_id,
                person_name(session.get(Person, o.author_id)) if o.author_id else "",
                o.objection,
                o.integration,
            )
            for o in row.objections
        ),
        profit_decision_id=row.profit_decision_id,
    )


def list_decisions(session: Session, cohort_id: int | None) -> list[DecisionInfo]:
    """The cohort's decisions (every cohort's when None), the latest first."""
    query = select(Decision).order_by(Decision.decided_on.desc(), Decision.id.desc())
    if cohort_id is not None:
        query = query.where(Decision.cohort_id == cohort_id)
    return [_info(session, row) for row in session.scalars(query)]
