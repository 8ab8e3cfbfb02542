"""Demo tastings: Coopérative 2's energy balls v1, v2 and v3 tasted at four stands, with results
that improve as the group adapts the recipe. v3 asks one more question (the size the customers
prefer), added by the group to the questions copied from v2."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.models.menus import Recipe
from app.services.tastings import forms, questions, sessions
from app.vocab.tastings import QuestionKind

ENERGY_BALLS = "Energy balls dattes-cacao"
TASTINGS = (
    # version index, date, place, (base scores taste, texture, look, price), forms
    (0, dt.date(2022, 10, 14), "Le Monde des Possibles", (3, 2, 3, 3), 8),
    (1, dt.date(2022, 11, 9), "Marché de la Batte", (4, 3, 3, 3), 10),
    (1, dt.date(2022, 11, 18), "Épicerie coopérative", (4, 4, 3, 4), 6),
    (2, dt.date(2022, 12, 7), "Marché de Noël", (5, 4, 4, 4), 12),
)
COMMENTS = ("Un peu sec.", "Trop sucré.", "Très bon !", "Joli emballage.", "", "", "")
SIZE_QUESTION = questions.QuestionInput(
    QuestionKind.CHOICE, "Quelle taille préférez-vous ?", ("Petite boule", "Grosse boule")
)


def _energy_ball_versions(session: Session, context: DemoContext) -> list[int]:
    """The Menus seeder's energy balls v1..v3, or three minimal versions made here."""
    given = context.extra.get("energy_ball_versions")
    if given:
        return list(given)
    rows = session.scalars(
        select(Recipe).where(Recipe.name == ENERGY_BALLS).order_by(Recipe.version)
    ).all()
    if rows:
        return [r.id for r in rows]
    ids: list[int] = []
    for version in (1, 2, 3):
        row = Recipe(
            name=ENERGY_BALLS,
            version=version,
            family_id=ids[0] if ids else None,
            category="Snacks",
            yield_count=20,
            created_on=dt.date(2022, 9 + version, 1),
        )
        session.add(row)
        session.flush()
        if not ids:
            row.family_id = row.id
        ids.append(row.id)
    session.flush()
    return ids


def _typed(asked, base, buys: bool, rng: random.Random) -> dict[int, str]:
    """One customer's form as typed: scores around `base`, yes or no, sometimes a comment."""
    scores = iter(max(1, min(5, b + rng.choice((-1, 0, 0, 1)))) for b in base)
    typed = {}
    for question in asked:
        if question.kind == QuestionKind.SCALE:
            typed[question.id] = str(next(scores))
        elif question.default_key == "would_buy":
            typed[question.id] = "1" if buys else "2"
        elif question.kind == QuestionKind.CHOICE:
            typed[question.id] = rng.choice(("1", "2", "2"))
        else:
            typed[question.id] = rng.choice(COMMENTS)
    return typed


SEED_ORDER = 62  # after the menus (30), which make the energy balls' versions


def seed(session: Session, context: DemoContext) -> None:
    versions = _energy_ball_versions(session, context)
    rng = random.Random(7)
    for index, day, place, base, count in TASTINGS:
        tasting = sessions.create_tasting(session, versions[index], day, place)
        asked = questions.list_questions(session, versions[index])
        if index == 2 and len(asked) == 6:
            questions.add_question(session, versions[index], SIZE_QUESTION, position=4)
            asked = questions.list_questions(session, versions[index])
        buyers = round(count * (0.4 + 0.2 * index))
        for number in range(count):
            forms.add_form(session, tasting.id, _typed(asked, base, number < buyers, rng))
    context.extra["tasting_family_id"] = session.get(Recipe, versions[0]).family_id or versions[0]
