"""Tasting sessions: a recipe version tasted on a date at a place. Creating one prepares the
version's questions (copied from the previous version when it has none)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.menus import Recipe
from app.models.tastings import Tasting, TastingForm
from app.services.errors import ValidationError
from app.services.tastings.questions import prepare_questions
from app.services.text_match import sort_key
from app.services.validation import limited_text


@dataclass(frozen=True)
class RecipeVersion:
    id: int
    family_id: int
    name: str
    version: int

    @property
    def label(self) -> str:
        return fill(tr("{name} (v{version})", "tasting"), name=self.name, version=self.version)


@dataclass(frozen=True)
class TastingInfo:
    id: int
    recipe: RecipeVersion
    tasted_on: dt.date
    place: str
    form_count: int


def version_of(row: Recipe) -> RecipeVersion:
    return RecipeVersion(row.id, row.family_id or row.id, row.name, row.version)


def list_recipe_versions(session: Session) -> list[RecipeVersion]:
    rows = sorted(
        session.scalars(select(Recipe).order_by(Recipe.version)), key=lambda r: sort_key(r.name)
    )
    return [version_of(r) for r in rows]


def family_versions(session: Session, family_id: int) -> list[RecipeVersion]:
    rows = session.scalars(
        select(Recipe)
        .where(func.coalesce(Recipe.family_id, Recipe.id) == family_id)
        .order_by(Recipe.version)
    ).all()
    return [version_of(r) for r in rows]


def create_tasting(
    session: Session, recipe_id: int | None, tasted_on: dt.date | None, place: str = ""
) -> TastingInfo:
    recipe = session.get(Recipe, recipe_id) if recipe_id is not None else None
    if recipe is None:
        raise ValidationError("recipe", tr("Choisissez une recette et sa version.", "tasting"))
    if tasted_on is None:
        raise ValidationError("tasted_on", tr("Indiquez la date de la dégustation.", "tasting"))
    row = Tasting(recipe_id=recipe.id, tasted_on=tasted_on, place=limited_text(place, "place", 120))
    session.add(row)
    prepare_questions(session, recipe.id)
    session.flush()
    return TastingInfo(row.id, version_of(recipe), row.tasted_on, row.place, 0)


def list_tastings(session: Session, family_id: int | None = None) -> list[TastingInfo]:
    counts = (
        select(TastingForm.tasting_id, func.count(TastingForm.id).label("n"))
        .group_by(TastingForm.tasting_id)
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
    return [TastingInfo(t.id, version_of(r), t.tasted_on, t.place, n) for t, r, n in rows]
