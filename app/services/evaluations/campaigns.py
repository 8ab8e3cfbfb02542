"""Evaluation campaigns of a cohort, in either format: "grid" (observation grid over N sale days
by at least two evaluators) or "self_peer" (self-assessment and adjectives chosen by teammates).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.evaluations import EvalCampaign, EvalEvaluator, EvalRating
from app.models.people import Cohort
from app.services.errors import NotFound, ValidationError
from app.services.evaluations.framework import ensure_framework
from app.services.people import members as people
from app.services.people.members import PersonInfo
from app.services.validation import required_text
from app.vocab import values
from app.vocab.evaluations import CampaignFormat, campaign_format_label
from app.vocab.people import in_gender

DEFAULT_GRID_DAYS = 3


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    cohort_id: int
    format: str
    title: str
    start_date: dt.date
    days: int
    finalised: bool
    evaluator_ids: tuple[int, ...] = ()

    @property
    def format_label(self) -> str:
        return campaign_format_label(self.format)


def _info(session: Session, row: EvalCampaign) -> CampaignInfo:
    evaluators = session.scalars(
        select(EvalEvaluator.person_id)
        .where(EvalEvaluator.campaign_id == row.id)
        .order_by(EvalEvaluator.id)
    ).all()
    return CampaignInfo(
        row.id,
        row.cohort_id,
        row.format,
        row.title,
        row.start_date,
        row.days,
        row.finalised,
        tuple(evaluators),
    )


def create_campaign(
    session: Session,
    cohort_id: int,
    kind: str,
    title: str,
    start_date: dt.date | None,
    days: int = DEFAULT_GRID_DAYS,
) -> CampaignInfo:
    if session.get(Cohort, cohort_id) is None:
        raise ValidationError("cohort", tr("Choisissez d'abord une cohorte.", "evaluation"))
    if kind not in values(CampaignFormat):
        raise ValidationError("format", tr("Choisissez un format d'évaluation.", "evaluation"))
    clean = required_text(title, "title", tr("le titre", "evaluation"), 120)
    if start_date is None:
        raise ValidationError("start_date", tr("Indiquez la date de début.", "evaluation"))
    if kind == "self_peer":
        days = 1
    if not isinstance(days, int) or not 1 <= days <= 30:
        raise ValidationError(
            "days", tr("Le nombre de jours doit être entre 1 et 30.", "evaluation")
        )
    ensure_framework(session, cohort_id)
    row = EvalCampaign(
        cohort_id=cohort_id, format=kind, title=clean, start_date=start_date, days=days
    )
    session.add(row)
    session.flush()
    return _info(session, row)


def list_campaigns(session: Session, cohort_id: int, kind: str | None = None) -> list[CampaignInfo]:
    query = select(EvalCampaign).where(EvalCampaign.cohort_id == cohort_id)
    if kind is not None:
        query = query.where(EvalCampaign.format == kind)
    rows = session.scalars(query.order_by(EvalCampaign.start_date, EvalCampaign.id)).all()
    return [_info(session, row) for row in rows]


def get_campaign(session: Session, campaign_id: int) -> CampaignInfo:
    row = session.get(EvalCampaign, campaign_id)
    if row is None:
        raise NotFound(campaign_id)
    return _info(session, row)


def campaign_row(session: Session, campaign_id: int, kind: str | None = None) -> EvalCampaign:
    row = session.get(EvalCampaign, campaign_id)
    if row is None or (kind is not None and row.format != kind):
        raise ValidationError("campaign", tr("Cette évaluation n'existe plus.", "evaluation"))
    return row


def evaluated_members(session: Session, cohort_id: int) -> list[PersonInfo]:
    """The members a campaign evaluates: the cohort's active members who have not left."""
    return [
        p
        for p in people.list_people(session, cohort_id)
        if p.role == "member" and p.left_on is None
    ]


def possible_evaluators(session: Session, cohort_id: int) -> list[PersonInfo]:
    """Everyone of the cohort who is not an evaluated member (evaluators, facilitators, mentors)."""
    members = {p.id for p in evaluated_members(session, cohort_id)}
    return [
        p
        for p in people.list_people(session, cohort_id)
        if p.id not in members and p.role != "member"
    ]


def set_evaluators(session: Session, campaign_id: int, person_ids: list[int]) -> CampaignInfo:
    """The evaluators of a grid campaign; none of them may be an evaluated member."""
    row = campaign_row(session, campaign_id, "grid")
    if row.finalised:
        raise ValidationError(
            "evaluators", tr("Cette évaluation est déjà finalisée.", "evaluation")
        )
    members = {p.id for p in evaluated_members(session, row.cohort_id)}
    for person_id in person_ids:
        if person_id in members:
            person = people.get_person(session, person_id)
            sentence = in_gender(
                person.gender,
                tr("{name} est évaluée : elle ne peut pas être évaluatrice.", "evaluation"),
                tr("{name} est évalué : il ne peut pas être évaluateur.", "evaluation_man"),
            )
            raise ValidationError("evaluators", fill(sentence, name=person.full_name))
        people.get_person(session, person_id)
    wanted = list(dict.fromkeys(person_ids))
    existing = session.scalars(
        select(EvalEvaluator).where(EvalEvaluator.campaign_id == campaign_id)
    ).all()
    for evaluator in existing:
        if evaluator.person_id in wanted:
            continue
        rated = session.scalar(
            select(EvalRating.id).where(
                EvalRating.campaign_id == campaign_id,
                EvalRating.evaluator_id == evaluator.person_id,
            )
        )
        if rated is not None:
            person = people.get_person(session, evaluator.person_id)
            sentence = in_gender(
                person.gender,
                tr("{name} a déjà noté des membres : elle reste évaluatrice.", "evaluation"),
                tr("{name} a déjà noté des membres : il reste évaluateur.", "evaluation_man"),
            )
            raise ValidationError("evaluators", fill(sentence, name=person.full_name))
    for evaluator in existing:
        if evaluator.person_id not in wanted:
            session.delete(evaluator)
    have = {e.person_id for e in existing}
    for person_id in wanted:
        if person_id not in have:
            session.add(EvalEvaluator(campaign_id=campaign_id, person_id=person_id))
    session.flush()
    return _info(session, row)
