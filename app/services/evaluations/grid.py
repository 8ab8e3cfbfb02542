"""Format A, the observation grid: each evaluator rates each member on each competence per day.

Results per member: the median per competence and per category (median of all the ratings of the
category's competences, every evaluator and day together); the pairs of ratings two or more levels
apart (same member, competence and day, two evaluators), to discuss before the feedback meeting;
agreement between evaluators as percent exact, percent within one level and weighted kappa (linear
weights; with more than two evaluators every pair of evaluators counts, the one added first taken as
the first rater).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.evaluations import EvalRating
from app.services.errors import Field, StaleError, ValidationError
from app.services.evaluations.campaigns import campaign_row, evaluated_members, get_campaign
from app.services.evaluations.framework import check_level, get_framework
from app.services.evaluations.stats import Agreement, agreement, median
from app.services.people import members as people
from app.services.validation import limited_text
from app.vocab import values
from app.vocab.evaluations import CompetenceCategory

MIN_EVALUATORS = 2
DISAGREEMENT_GAP = 2


@dataclass(frozen=True)
class RatingInput:
    competence_id: int
    level: int | None  # None: not observed (nothing stored)
    comment: str = ""


@dataclass(frozen=True)
class Disagreement:
    member_id: int
    member_name: str
    competence_name: str
    day: int
    first_evaluator: str
    first_level: int
    second_evaluator: str
    second_level: int

    @property
    def gap(self) -> int:
        return abs(self.first_level - self.second_level)


@dataclass(frozen=True)
class MemberGridResult:
    member_id: int
    member_name: str
    competence_medians: dict[int, float | None]  # competence id -> median
    category_medians: dict[str, float | None]  # category -> median
    comments: dict[int, tuple[str, ...]]  # competence id -> the evaluators' comments
    rating_count: int


@dataclass(frozen=True)
class GridResults:
    campaign_id: int
    members: tuple[MemberGridResult, ...]
    disagreements: tuple[Disagreement, ...]
    overall: Agreement
    by_pair: tuple[tuple[str, str, Agreement], ...]  # (evaluator, evaluator, agreement)


def _check_sheet(session: Session, campaign_id: int, evaluator_id: int, member_id: int, day: int):
    row = campaign_row(session, campaign_id, "grid")
    if row.finalised:
        raise ValidationError(
            "campaign", tr("Cette évaluation est finalisée : elle ne change plus.", "evaluation")
        )
    campaign = get_campaign(session, campaign_id)
    if evaluator_id == member_id:
        raise ValidationError(
            "evaluator", tr("Une évaluatrice ne peut pas se noter elle-même.", "evaluation")
        )
    if evaluator_id not in campaign.evaluator_ids:
        raise ValidationError(
            "evaluator", tr("Choisissez une évaluatrice de cette évaluation.", "evaluation")
        )
    if member_id not in {p.id for p in evaluated_members(session, row.cohort_id)}:
        raise ValidationError("member", tr("Choisissez un membre de la cohorte.", "evaluation"))
    if not isinstance(day, int) or not 1 <= day <= row.days:
        raise ValidationError(
            "day", fill(tr("Choisissez un jour entre 1 et {n}.", "evaluation"), n=row.days)
        )
    return row


def save_sheet(
    session: Session,
    campaign_id: int,
    evaluator_id: int,
    member_id: int,
    day: int,
    ratings: list[RatingInput],
    seen: dict[int, RatingInput] | None = None,
) -> int:
    """Replace one evaluator's ratings of one member for one day. Returns how many were stored.

    `seen` is the sheet as the form loaded it (`get_sheet`): when the stored sheet is no longer
    that (saved meanwhile from another page, or an undo), `StaleError` and nothing is written."""
    row = _check_sheet(session, campaign_id, evaluator_id, member_id, day)
    if seen is not None and get_sheet(session, campaign_id, evaluator_id, member_id, day) != seen:
        raise StaleError(
            tr(
                "Cette fiche a changé depuis que vous l'avez ouverte : elle montre maintenant ce "
                "qui est enregistré, avec vos changements. Vérifiez, puis enregistrez de nouveau.",
                "evaluation",
            )
        )
    framework = get_framework(session, row.cohort_id)
    known = {c.id for c in framework.competences}
    clean: list[tuple[int, int, str]] = []
    for rating in ratings:
        if rating.competence_id not in known:
            raise ValidationError("competence", tr("Cette compétence n'existe plus.", "evaluation"))
        comment = limited_text(rating.comment, Field("comment", row=rating.competence_id), 500)
        if rating.level is None:
            if comment:
                raise ValidationError(
                    Field("level", row=rating.competence_id),
                    tr("Choisissez un niveau pour ce commentaire.", "evaluation"),
                )
            continue
        check_level(framework, rating.level, Field("level", row=rating.competence_id))
        clean.append((rating.competence_id, rating.level, comment))
    session.execute(
        delete(EvalRating).where(
            EvalRating.campaign_id == campaign_id,
            EvalRating.evaluator_id == evaluator_id,
            EvalRating.member_id == member_id,
            EvalRating.day == day,
        )
    )
    for competence_id, level, comment in clean:
        session.add(
            EvalRating(
                campaign_id=campaign_id,
                evaluator_id=evaluator_id,
                member_id=member_id,
                competence_id=competence_id,
                day=day,
                level=level,
                comment=comment,
            )
        )
    session.flush()
    return len(clean)


def get_sheet(
    session: Session, campaign_id: int, evaluator_id: int, member_id: int, day: int
) -> dict[int, RatingInput]:
    rows = session.scalars(
        select(EvalRating).where(
            EvalRating.campaign_id == campaign_id,
            EvalRating.evaluator_id == evaluator_id,
            EvalRating.member_id == member_id,
            EvalRating.day == day,
        )
    ).all()
    return {r.competence_id: RatingInput(r.competence_id, r.level, r.comment) for r in rows}


def finalise(session: Session, campaign_id: int) -> None:
    """Close the campaign; refused unless at least two evaluators have entered ratings."""
    row = campaign_row(session, campaign_id, "grid")
    campaign = get_campaign(session, campaign_id)
    raters = session.scalar(
        select(func.count(func.distinct(EvalRating.evaluator_id))).where(
            EvalRating.campaign_id == campaign_id
        )
    )
    if len(campaign.evaluator_ids) < MIN_EVALUATORS or raters < MIN_EVALUATORS:
        raise ValidationError(
            "evaluators",
            fill(
                tr(
                    "Il faut au moins {n} évaluatrices qui ont noté les membres pour finaliser.",
                    "evaluation",
                ),
                n=MIN_EVALUATORS,
            ),
        )
    row.finalised = True
    session.flush()


def reopen(session: Session, campaign_id: int) -> None:
    campaign_row(session, campaign_id, "grid").finalised = False
    session.flush()


def results(session: Session, campaign_id: int) -> GridResults:
    row = campaign_row(session, campaign_id, "grid")
    campaign = get_campaign(session, campaign_id)
    framework = get_framework(session, row.cohort_id, include_inactive=True)
    competences = {c.id: c for c in framework.competences}
    levels = [level.level for level in framework.scale]
    ratings = session.scalars(
        select(EvalRating).where(EvalRating.campaign_id == campaign_id).order_by(EvalRating.id)
    ).all()
    names = {
        p.id: p.full_name for p in people.list_people(session, row.cohort_id, include_inactive=True)
    }

    def name(person_id: int) -> str:
        return names.get(person_id) or people.get_person(session, person_id).full_name

    by_member: dict[int, list[EvalRating]] = defaultdict(list)
    by_cell: dict[tuple[int, int, int], dict[int, int]] = defaultdict(dict)
    for rating in ratings:
        by_member[rating.member_id].append(rating)
        by_cell[(rating.member_id, rating.competence_id, rating.day)][rating.evaluator_id] = (
            rating.level
        )

    members = []
    for member in evaluated_members(session, row.cohort_id):
        own = by_member.get(member.id, [])
        per_competence: dict[int, list[int]] = defaultdict(list)
        per_category: dict[str, list[int]] = defaultdict(list)
        for rating in own:
            per_competence[rating.competence_id].append(rating.level)
            per_category[competences[rating.competence_id].category].append(rating.level)
        members.append(
            MemberGridResult(
                member_id=member.id,
                member_name=member.full_name,
                competence_medians={
                    cid: median(per_competence.get(cid, [])) for cid in competences
                },
                category_medians={
                    c: median(per_category.get(c, [])) for c in values(CompetenceCategory)
                },
                comments={
                    cid: tuple(r.comment for r in own if r.competence_id == cid and r.comment)
                    for cid in {r.competence_id for r in own if r.comment}
                },
                rating_count=len(own),
            )
        )

    order = {person_id: index for index, person_id in enumerate(campaign.evaluator_ids)}
    raters = sorted({r.evaluator_id for r in ratings}, key=lambda p: (order.get(p, 1_000_000), p))
    pair_lists: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    disagreements = []
    for (member_id, competence_id, day), levels_by_rater in sorted(by_cell.items()):
        for first, second in combinations([r for r in raters if r in levels_by_rater], 2):
            a, b = levels_by_rater[first], levels_by_rater[second]
            pair_lists[(first, second)].append((a, b))
            if abs(a - b) >= DISAGREEMENT_GAP:
                disagreements.append(
                    Disagreement(
                        member_id,
                        name(member_id),
                        competences[competence_id].name,
                        day,
                        name(first),
                        a,
                        name(second),
                        b,
                    )
                )
    all_pairs = [pair for pairs in pair_lists.values() for pair in pairs]
    by_pair = tuple(
        (name(first), name(second), agreement(pairs, levels))
        for (first, second), pairs in sorted(
            pair_lists.items(),
            key=lambda item: (raters.index(item[0][0]), raters.index(item[0][1])),
        )
    )
    return GridResults(
        campaign_id=campaign_id,
        members=tuple(members),
        disagreements=tuple(disagreements),
        overall=agreement(all_pairs, levels),
        by_pair=by_pair,
    )
