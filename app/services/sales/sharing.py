"""Sharing a cohort's profit by a decision the group consents to.

Modes: a part kept in the common fund (0–100 %), the rest shared equally or pro rata to hours
attended. Shares are computed to the cent, rounding down; the rounding remainder (a few cents) is
placed explicitly in the common fund. Hours are typed, or come from an `hours_provider`
(session, cohort_id) -> {person_id: hours} that the Schedule can supply later. Who took part and
the objections are written to, and read from, the decision's entry in the register of decisions
(app/services/decisions/register.py): their one store, where they can be completed (authors).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.people import Cohort, Membership, Person
from app.models.sales import ProfitDecision, ProfitShare
from app.services.errors import NotFound, ValidationError
from app.services.sales.summaries import cohort_summary
from app.services.validation import clean_text, limited_text
from app.vocab import values
from app.vocab.sales import ShareSplit

HoursProvider = Callable[[Session, int], dict[int, Decimal]]
_hours_provider: HoursProvider | None = None


def set_hours_provider(provider: HoursProvider | None) -> None:
    """The Schedule supplies hours attended: provider(session, cohort_id) -> {person id: hours}."""
    global _hours_provider
    _hours_provider = provider


def attendance_hours(session: Session, cohort_id: int) -> dict[int, Decimal]:
    """Hours attended per member: from the registered provider, else from the Schedule's
    attendance (only when some attendance was noted for the cohort; otherwise empty)."""
    if _hours_provider is not None:
        return dict(_hours_provider(session, cohort_id))
    from app.services.schedule.attendance import hours_attended

    hours = hours_attended(session, cohort_id)
    return hours if any(hours.values()) else {}


@dataclass(frozen=True)
class ShareResult:
    fund_cents: int
    remainder_cents: int
    shares: dict[int, int]  # person id -> cents

    @property
    def total_cents(self) -> int:
        return self.fund_cents + self.remainder_cents + sum(self.shares.values())


def compute_shares(
    profit_cents: int, hours: dict[int, Decimal], fund_bp: int, split: str
) -> ShareResult:
    """Pure arithmetic: fund part (rounded down), each share rounded down, the rest to the fund.

    The result always sums exactly to `profit_cents`.
    """
    if profit_cents < 0:
        raise ValidationError("profit", tr("Il n'y a pas de résultat positif à partager.", "sales"))
    if not 0 <= fund_bp <= 10000:
        raise ValidationError("fund", tr("La part du fonds commun va de 0 à 100 %.", "sales"))
    fund = profit_cents * fund_bp // 10000
    to_share = profit_cents - fund
    people = sorted(hours)
    shares: dict[int, int] = {}
    if to_share and fund_bp < 10000:
        if not people:
            raise ValidationError(
                "people", tr("Choisissez les personnes qui reçoivent une part.", "sales")
            )
        if split == ShareSplit.EQUAL:
            for person_id in people:
                shares[person_id] = to_share // len(people)
        elif split == ShareSplit.HOURS:
            total_hours = sum(hours.values(), Decimal(0))
            if total_hours <= 0:
                raise ValidationError("hours", tr("Indiquez les heures de présence.", "sales"))
            for person_id in people:
                shares[person_id] = int(Decimal(to_share) * hours[person_id] // total_hours)
        else:
            raise ValidationError(
                "split", tr("Choisissez parts égales ou selon les heures.", "sales")
            )
    else:
        shares = {person_id: 0 for person_id in people}
    remainder = to_share - sum(shares.values())
    if fund_bp == 10000:
        fund, remainder = profit_cents, 0
    return ShareResult(fund, remainder, shares)


def parse_hours(text: str | Decimal | int, field_name: str) -> Decimal:
    if isinstance(text, (Decimal, int)):
        value = Decimal(text)
    else:
        try:
            value = Decimal((text or "0").strip().replace(",", "."))
        except InvalidOperation as error:
            raise ValidationError(
                field_name, fill(tr("« {t} » n'est pas un nombre d'heures.", "sales"), t=text)
            ) from error
    if value < 0 or value > 2000:
        raise ValidationError(field_name, tr("Les heures vont de 0 à 2000.", "sales"))
    return value.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class DecisionInput:
    cohort_id: int
    decided_on: dt.date | None
    proposal: str
    fund_percent: int = 0
    split: str = "equal"
    hours: dict[int, str | Decimal] = field(default_factory=dict)  # person id -> typed hours
    took_part: tuple[int, ...] = ()
    objections: tuple[tuple[str, str], ...] = ()  # (objection, how it was integrated)
    outcome: str = ""
    review_on: dt.date | None = None
    method: str = "consent"


@dataclass(frozen=True)
class ShareLine:
    person_id: int
    name: str
    hours: Decimal
    share_cents: int
    took_part: bool


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    cohort_id: int
    cohort_name: str
    decided_on: dt.date
    proposal: str
    method: str
    outcome: str
    review_on: dt.date | None
    profit_cents: int
    fund_bp: int
    split: str
    fund_cents: int
    remainder_cents: int
    shares: tuple[ShareLine, ...]
    objections: tuple[tuple[str, str], ...]


def cohort_member_ids(session: Session, cohort_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Person.id)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.cohort_id == cohort_id, Person.role == "member")
            .order_by(Person.first_name, Person.id)
        )
    )


def record_decision(
    session: Session, data: DecisionInput, hours_provider: HoursProvider | None = None
) -> DecisionInfo:
    """Compute the shares on the cohort's profit today and record the decision with them.

    Typed hours win; a member without typed hours gets those of `hours_provider` (or of the
    provider registered with `set_hours_provider`), else 0.
    """
    cohort = session.get(Cohort, data.cohort_id)
    if cohort is None:
        raise ValidationError("cohort", tr("Choisissez d'abord une cohorte.", "sales"))
    if data.decided_on is None:
        raise ValidationError("decided_on", tr("Indiquez la date de la décision.", "sales"))
    proposal = limited_text(data.proposal.strip(), "proposal", 2000)
    if not proposal:
        raise ValidationError("proposal", tr("Écrivez la proposition.", "sales"))
    if not 0 <= data.fund_percent <= 100:
        raise ValidationError("fund", tr("La part du fonds commun va de 0 à 100 %.", "sales"))
    if data.review_on is not None and data.review_on < data.decided_on:
        raise ValidationError("review_on", tr("La révision vient après la décision.", "sales"))
    members = cohort_member_ids(session, data.cohort_id)
    provided = (
        hours_provider(session, data.cohort_id)
        if hours_provider
        else attendance_hours(session, data.cohort_id)
    )
    hours: dict[int, Decimal] = {}
    for person_id in members:
        if person_id in data.hours:
            hours[person_id] = parse_hours(data.hours[person_id], f"hours:{person_id}")
        else:
            hours[person_id] = Decimal(provided.get(person_id, 0)).quantize(Decimal("0.01"))
    for person_id in data.hours:
        if person_id not in hours:
            raise ValidationError(
                "hours", tr("Une personne n'est pas membre de la cohorte.", "sales")
            )
    profit = cohort_summary(session, data.cohort_id).profit_cents
    result = compute_shares(max(profit, 0), hours, data.fund_percent * 100, data.split)
    objections = []
    for objection, integration in data.objections:
        text = limited_text(clean_text(objection), "objections", 1000)
        if text:
            objections.append((text, limited_text(clean_text(integration), "objections", 1000)))
        elif clean_text(integration):
            raise ValidationError(
                "objections", tr("Écrivez l'objection avant sa réponse.", "sales")
            )
    row = ProfitDecision(
        cohort_id=data.cohort_id,
        decided_on=data.decided_on,
        proposal=proposal,
        method=limited_text(clean_text(data.method) or "consent", "method", 40),
        outcome=limited_text(data.outcome.strip(), "outcome", 2000),
        review_on=data.review_on,
        profit_cents=max(profit, 0),
        fund_bp=data.fund_percent * 100,
        split=data.split if data.split in values(ShareSplit) else ShareSplit.EQUAL.value,
        fund_cents=result.fund_cents,
        remainder_cents=result.remainder_cents,
        created_at=dt.datetime.now(),
    )
    for person_id in members:
        row.shares.append(
            ProfitShare(
                person_id=person_id,
                hours=hours[person_id],
                share_cents=result.shares.get(person_id, 0),
            )
        )
    session.add(row)
    session.flush()
    from app.services.decisions.register import record_profit_sharing

    record_profit_sharing(session, row.id, tuple(data.took_part), tuple(objections))
    return get_decision(session, row.id)


def get_decision(session: Session, decision_id: int) -> DecisionInfo:
    from app.services.decisions.register import profit_sharing_record

    row = session.get(ProfitDecision, decision_id)
    if row is None:
        raise NotFound(decision_id)
    cohort = session.get(Cohort, row.cohort_id)
    record = profit_sharing_record(session, row.id)  # who took part, objections: the register's
    lines = []
    for share in row.shares:
        person = session.get(Person, share.person_id)
        lines.append(
            ShareLine(
                share.person_id,
                f"{person.first_name} {person.last_name}".strip(),
                Decimal(share.hours),
                share.share_cents,
                share.person_id in record.took_part,
            )
        )
    return DecisionInfo(
        row.id,
        row.cohort_id,
        cohort.name,
        row.decided_on,
        row.proposal,
        row.method,
        row.outcome,
        row.review_on,
        row.profit_cents,
        row.fund_bp,
        row.split,
        row.fund_cents,
        row.remainder_cents,
        tuple(lines),
        record.objections,
    )


def latest_decision(session: Session, cohort_id: int) -> DecisionInfo | None:
    decision_id = session.scalar(
        select(ProfitDecision.id)
        .where(ProfitDecision.cohort_id == cohort_id)
        .order_by(ProfitDecision.decided_on.desc(), ProfitDecision.id.desc())
        .limit(1)
    )
    return None if decision_id is None else get_decision(session, decision_id)
