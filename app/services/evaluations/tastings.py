"""Customer tasting questionnaires: for a recipe version and a date, each customer scores taste,
texture, look and price perception from 1 to 5, says whether she would buy, and may comment.

Recipes belong to the Menus area (app/models/menus.py): they are read here, never changed.
Averages are per recipe version, over every tasting of that version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.evaluations import Tasting, TastingAnswer
from app.models.menus import Recipe
from app.services.errors import NotFound, ValidationError
from app.services.validation import limited_text

SCORES = ("taste", "texture", "look", "price")
MIN_SCORE, MAX_SCORE = 1, 5


def score_label(score: str) -> str:
    return {
        "taste": tr("Goût", "evaluation"),
        "texture": tr("Texture", "evaluation"),
        "look": tr("Aspect", "evaluation"),
        "price": tr("Prix", "evaluation"),
    }.get(score, score)


@dataclass(frozen=True)
class RecipeVersion:
    id: int
    family_id: int
    name: str
    version: int

    @property
    def label(self) -> str:
        return fill(tr("{name} (v{version})", "evaluation"), name=self.name, version=self.version)


@dataclass(frozen=True)
class TastingInfo:
    id: int
    recipe: RecipeVersion
    tasted_on: dt.date
    place: str
    answer_count: int


@dataclass(frozen=True)
class AnswerInput:
    taste: int | None
    texture: int | None
    look: int | None
    price: int | None
    would_buy: bool | None
    comment: str = ""


@dataclass(frozen=True)
class AnswerInfo:
    id: int
    taste: int
    texture: int
    look: int
    price: int
    would_buy: bool
    comment: str


@dataclass(frozen=True)
class VersionAverages:
    recipe: RecipeVersion
    answers: int
    taste: float | None
    texture: float | None
    look: float | None
    value_score: float | None  # "price" perception, 1 to 5: a score, not money
    would_buy_percent: float | None

    @property
    def price(self) -> float | None:
        """The average price-perception score, under the name the questionnaire uses."""
        return self.value_score

    def score(self, name: str) -> float | None:
        return getattr(self, name)


def _version(row: Recipe) -> RecipeVersion:
    return RecipeVersion(row.id, row.family_id or row.id, row.name, row.version)


def list_recipe_versions(session: Session) -> list[RecipeVersion]:
    rows = session.scalars(select(Recipe).order_by(func.lower(Recipe.name), Recipe.version)).all()
    return [_version(r) for r in rows]


def create_tasting(
    session: Session, recipe_id: int | None, tasted_on: dt.date | None, place: str = ""
) -> TastingInfo:
    recipe = session.get(Recipe, recipe_id) if recipe_id is not None else None
    if recipe is None:
        raise ValidationError("recipe", tr("Choisissez une recette et sa version.", "evaluation"))
    if tasted_on is None:
        raise ValidationError("tasted_on", tr("Indiquez la date de la dégustation.", "evaluation"))
    row = Tasting(recipe_id=recipe.id, tasted_on=tasted_on, place=limited_text(place, "place", 120))
    session.add(row)
    session.flush()
    return TastingInfo(row.id, _version(recipe), row.tasted_on, row.place, 0)


def list_tastings(session: Session, family_id: int | None = None) -> list[TastingInfo]:
    counts = (
        select(TastingAnswer.tasting_id, func.count(TastingAnswer.id).label("n"))
        .group_by(TastingAnswer.tasting_id)
        .subquery()
    )
    query = (
        select(Tasting, Recipe, func.coalesce(counts.c.n, 0))
        .join(Recipe, Recipe.id == Tasting.recipe_id)
        .outerjoin(counts, counts.c.tasting_id == Tasting.id)
    )
    if family_id is not None:
        query = query.where(func.coalesce(Recipe.family_id, Recipe.id) == family_id)
    rows = session.execute(query.order_by(Tasting.tasted_on, Tasting.id)).all()
    return [TastingInfo(t.id, _version(r), t.tasted_on, t.place, n) for t, r, n in rows]


def _check(answer: AnswerInput) -> AnswerInput:
    for name in SCORES:
        value = getattr(answer, name)
        if value is None or not isinstance(value, int) or not MIN_SCORE <= value <= MAX_SCORE:
            raise ValidationError(
                name,
                fill(
                    tr("{what} : donnez une note de 1 à 5.", "evaluation"), what=score_label(name)
                ),
            )
    if answer.would_buy is None:
        raise ValidationError(
            "would_buy", tr("Indiquez si la personne achèterait le produit.", "evaluation")
        )
    return AnswerInput(
        answer.taste,
        answer.texture,
        answer.look,
        answer.price,
        bool(answer.would_buy),
        limited_text(answer.comment, "comment", 1000),
    )


def add_answer(session: Session, tasting_id: int, answer: AnswerInput) -> AnswerInfo:
    if session.get(Tasting, tasting_id) is None:
        raise ValidationError("tasting", tr("Cette dégustation n'existe plus.", "evaluation"))
    clean = _check(answer)
    row = TastingAnswer(tasting_id=tasting_id, **clean.__dict__)
    session.add(row)
    session.flush()
    return _answer(row)


def _answer(row: TastingAnswer) -> AnswerInfo:
    return AnswerInfo(
        row.id, row.taste, row.texture, row.look, row.price, row.would_buy, row.comment
    )


def list_answers(session: Session, tasting_id: int) -> list[AnswerInfo]:
    rows = session.scalars(
        select(TastingAnswer)
        .where(TastingAnswer.tasting_id == tasting_id)
        .order_by(TastingAnswer.id)
    ).all()
    return [_answer(r) for r in rows]


def delete_answer(session: Session, answer_id: int) -> AnswerInfo:
    """Remove one answer (typed by mistake); returns it so the UI can undo."""
    row = session.get(TastingAnswer, answer_id)
    if row is None:
        raise NotFound(answer_id)
    info = _answer(row)
    session.delete(row)
    session.flush()
    return info


def version_averages(session: Session, family_id: int) -> list[VersionAverages]:
    """Average scores of each version of a recipe family, oldest version first."""
    versions = session.scalars(
        select(Recipe)
        .where(func.coalesce(Recipe.family_id, Recipe.id) == family_id)
        .order_by(Recipe.version)
    ).all()
    result = []
    for recipe in versions:
        answers = session.scalars(
            select(TastingAnswer)
            .join(Tasting, Tasting.id == TastingAnswer.tasting_id)
            .where(Tasting.recipe_id == recipe.id)
        ).all()
        n = len(answers)

        def mean(values: list[int]) -> float | None:
            return sum(values) / len(values) if values else None

        result.append(
            VersionAverages(
                recipe=_version(recipe),
                answers=n,
                taste=mean([a.taste for a in answers]),
                texture=mean([a.texture for a in answers]),
                look=mean([a.look for a in answers]),
                value_score=mean([a.price for a in answers]),
                would_buy_percent=(100.0 * sum(a.would_buy for a in answers) / n) if n else None,
            )
        )
    return result


def tasted_families(session: Session) -> list[RecipeVersion]:
    """One entry (the newest version) per recipe family that has at least one tasting."""
    rows = (
        session.execute(select(Recipe).join(Tasting, Tasting.recipe_id == Recipe.id).distinct())
        .scalars()
        .all()
    )
    families: dict[int, RecipeVersion] = {}
    for row in rows:
        version = _version(row)
        if (
            version.family_id not in families
            or families[version.family_id].version < version.version
        ):
            families[version.family_id] = version
    return sorted(families.values(), key=lambda v: v.name.lower())
