"""Tasting results for everyone: per version of a recipe, the number of forms, the mean of each
score question and the share of each choice, next to the version's unit cost, price and margin.

A question is the same across versions when it has the same key (a default's key, or its words):
copied questions keep theirs, so v1 → v3 compare question by question.
`tasting_summary(session, recipe_id)` is the public reading other areas use (portfolio gains).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.menus import Recipe
from app.models.tastings import Tasting, TastingForm, TastingReply
from app.services.errors import NotFound
from app.services.menus import costing
from app.services.tastings.questions import QuestionInfo, list_questions
from app.services.tastings.sessions import RecipeVersion, family_versions
from app.services.text_match import sort_key
from app.vocab.tastings import QuestionKind


@dataclass(frozen=True)
class VersionSummary:
    recipe: RecipeVersion
    answers: int  # forms filled in for this version
    means: dict[str, float]  # score question key -> mean (only questions with an answer)
    shares: dict[str, tuple[float, ...]]  # choice question key -> percent per option


@dataclass(frozen=True)
class VersionResult:
    """One version's results with its money: what the Tastings page shows for everyone."""

    summary: VersionSummary
    cost_cents: int
    price_cents: int
    margin_cents: int
    margin_percent: float | None


@dataclass(frozen=True)
class Comparison:
    scales: tuple[tuple[str, str], ...]  # (key, words) of each score question, in form order
    choices: tuple[tuple[str, str, tuple[str, ...]], ...]  # (key, words, options)
    versions: tuple[VersionResult, ...]  # oldest first


def _family_id(session: Session, recipe_id: int) -> int:
    recipe = session.get(Recipe, recipe_id)
    if recipe is None:
        raise NotFound(recipe_id)
    return recipe.family_id or recipe.id


def _version_summary(session: Session, version: RecipeVersion) -> VersionSummary:
    questions: dict[int, QuestionInfo] = {q.id: q for q in list_questions(session, version.id)}
    answers = session.scalar(
        select(func.count(TastingForm.id))
        .join(Tasting, Tasting.id == TastingForm.tasting_id)
        .where(Tasting.recipe_id == version.id)
    )
    replies = session.scalars(
        select(TastingReply)
        .join(TastingForm, TastingForm.id == TastingReply.form_id)
        .join(Tasting, Tasting.id == TastingForm.tasting_id)
        .where(Tasting.recipe_id == version.id)
    ).all()
    scores: dict[str, list[int]] = {}
    picks: dict[str, list[int]] = {}
    for reply in replies:
        question = questions.get(reply.question_id)
        if question is None:
            continue
        if question.kind == QuestionKind.SCALE and reply.score is not None:
            scores.setdefault(question.key, []).append(reply.score)
        elif question.kind == QuestionKind.CHOICE and reply.choice is not None:
            picks.setdefault(question.key, []).append(reply.choice)
    shares = {}
    for question in questions.values():
        chosen = picks.get(question.key)
        if question.kind == QuestionKind.CHOICE and chosen:
            shares[question.key] = tuple(
                100.0 * chosen.count(i) / len(chosen) for i in range(len(question.options))
            )
    return VersionSummary(
        version,
        answers or 0,
        {key: sum(values) / len(values) for key, values in scores.items()},
        shares,
    )


def tasting_summary(session: Session, recipe_id: int) -> list[VersionSummary]:
    """Every version of `recipe_id`'s family, oldest first: forms counted, mean per score."""
    return [
        _version_summary(session, version)
        for version in family_versions(session, _family_id(session, recipe_id))
    ]


def compare_versions(session: Session, recipe_id: int, on: dt.date) -> Comparison:
    """The family's versions side by side: results, and unit cost, price and margin on `on`."""
    versions = family_versions(session, _family_id(session, recipe_id))
    summaries = [_version_summary(session, v) for v in versions]
    costs = costing.recipe_costs(session, [v.id for v in versions], on)
    target = costing.target_food_cost(session)
    results = []
    for summary in summaries:
        recipe = session.get(Recipe, summary.recipe.id)
        check = costing.check_price(
            costs[recipe.id].per_unit_exact, recipe.price_cents, recipe.vat_rate_bp, target
        )
        percent = check.margin_percent
        results.append(
            VersionResult(
                summary,
                check.cost_cents,
                recipe.price_cents,
                check.margin_cents,
                float(percent) if percent is not None else None,
            )
        )
    scales: dict[str, str] = {}
    choices: dict[str, tuple[str, tuple[str, ...]]] = {}
    for version in reversed(versions):  # the newest words name a question
        for question in list_questions(session, version.id):
            if question.kind == QuestionKind.SCALE:
                scales.setdefault(question.key, question.text)
            elif question.kind == QuestionKind.CHOICE:
                choices.setdefault(question.key, (question.text, question.options))
    return Comparison(
        tuple(scales.items()),
        tuple((key, text, options) for key, (text, options) in choices.items()),
        tuple(results),
    )


def tasted_families(session: Session) -> list[RecipeVersion]:
    """One entry (the newest version) per recipe family that has at least one tasting."""
    rows = session.scalars(
        select(Recipe).join(Tasting, Tasting.recipe_id == Recipe.id).distinct()
    ).all()
    newest: dict[int, Recipe] = {}
    for row in rows:
        family = row.family_id or row.id
        if family not in newest or newest[family].version < row.version:
            newest[family] = row
    return sorted(
        (RecipeVersion(r.id, r.family_id or r.id, r.name, r.version) for r in newest.values()),
        key=lambda v: sort_key(v.name),
    )
