"""Tasting questionnaires: averages per recipe version, scores outside 1 to 5 refused."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.menus import Recipe
from app.services.errors import ValidationError
from app.services.evaluations import tastings


def energy_balls(session):
    ids = []
    for version in (1, 2):
        row = Recipe(
            name="Energy balls", version=version, yield_count=20, family_id=ids[0] if ids else None
        )
        session.add(row)
        session.flush()
        if not ids:
            row.family_id = row.id
        ids.append(row.id)
    session.flush()
    return ids


def test_averages_per_version_by_hand(session):
    v1, v2 = energy_balls(session)
    first = tastings.create_tasting(session, v1, dt.date(2022, 10, 14), "Marché")
    second = tastings.create_tasting(session, v1, dt.date(2022, 10, 21))
    later = tastings.create_tasting(session, v2, dt.date(2022, 11, 9))
    tastings.add_answer(session, first.id, tastings.AnswerInput(3, 2, 3, 3, True))
    tastings.add_answer(session, second.id, tastings.AnswerInput(5, 4, 3, 1, False, "Trop sec"))
    for _ in range(3):
        tastings.add_answer(session, later.id, tastings.AnswerInput(5, 5, 4, 4, True))
    averages = tastings.version_averages(session, v1)
    assert [a.recipe.version for a in averages] == [1, 2]
    one, two = averages
    assert (one.answers, one.taste, one.texture, one.look, one.price) == (2, 4.0, 3.0, 3.0, 2.0)
    assert one.would_buy_percent == 50.0
    assert (two.answers, two.taste, two.would_buy_percent) == (3, 5.0, 100.0)
    assert [t.answer_count for t in tastings.list_tastings(session, v1)] == [1, 1, 3]
    assert [f.version for f in tastings.tasted_families(session)] == [2]


@pytest.mark.parametrize(
    "answer, field",
    [
        (tastings.AnswerInput(7, 3, 3, 3, True), "taste"),
        (tastings.AnswerInput(3, 0, 3, 3, True), "texture"),
        (tastings.AnswerInput(3, 3, None, 3, True), "look"),
        (tastings.AnswerInput(3, 3, 3, 3, None), "would_buy"),
    ],
)
def test_bad_answers_save_nothing(session, answer, field):
    v1, _ = energy_balls(session)
    tasting = tastings.create_tasting(session, v1, dt.date(2022, 10, 14))
    with pytest.raises(ValidationError) as error:
        tastings.add_answer(session, tasting.id, answer)
    assert error.value.field == field
    assert tastings.list_answers(session, tasting.id) == []


def test_tasting_needs_a_recipe_and_a_date(session):
    v1, _ = energy_balls(session)
    with pytest.raises(ValidationError, match="recette"):
        tastings.create_tasting(session, None, dt.date(2022, 10, 14))
    with pytest.raises(ValidationError, match="date"):
        tastings.create_tasting(session, v1, None)
    assert tastings.list_tastings(session) == []
