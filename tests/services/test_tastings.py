"""Tastings: questions per version (copied from the previous version), forms checked before
anything is written, and results per version with hand-computed means."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.models.menus import Recipe
from app.models.tastings import TastingForm, TastingReply
from app.services.errors import ValidationError
from app.services.tastings import forms, questions, sessions, summary
from app.services.tastings.questions import QuestionInput
from app.vocab.tastings import QuestionKind

DAY = dt.date(2022, 10, 14)


def _family(session, count: int = 3) -> list[int]:
    ids: list[int] = []
    for version in range(1, count + 1):
        row = Recipe(
            name="Cake", version=version, yield_count=10, family_id=ids[0] if ids else None
        )
        session.add(row)
        session.flush()
        if not ids:
            row.family_id = row.id
        ids.append(row.id)
    return ids


def _by_key(session, recipe_id: int) -> dict[str, int]:
    return {q.key: q.id for q in questions.list_questions(session, recipe_id)}


def test_a_first_tasting_gets_the_six_first_questions(session):
    v1 = _family(session, 1)[0]
    sessions.create_tasting(session, v1, DAY, "Marché")
    asked = questions.list_questions(session, v1)
    assert [(q.kind, q.text) for q in asked] == [
        ("scale", "Goût"),
        ("scale", "Texture"),
        ("scale", "Aspect"),
        ("scale", "Prix"),
        ("choice", "Achèteriez-vous ce produit ?"),
        ("text", "Commentaire"),
    ]
    assert asked[4].options == ("Oui", "Non")


def test_a_new_version_copies_the_previous_versions_questions(session):
    v1, v2, v3 = _family(session)
    questions.prepare_questions(session, v1)
    extra = questions.add_question(
        session, v1, QuestionInput("choice", "Quelle taille ?", ("Petite", "Grande")), position=0
    )
    assert extra.position == 0
    sessions.create_tasting(session, v3, DAY)  # v2 was never tasted: v3 copies v1
    copied = questions.list_questions(session, v3)
    assert [q.text for q in copied][:2] == ["Quelle taille ?", "Goût"]
    assert copied[0].options == ("Petite", "Grande")
    assert questions.list_questions(session, v2) == []


def test_rewording_moving_and_restoring_a_question(session):
    v1 = _family(session, 1)[0]
    asked = questions.prepare_questions(session, v1)
    taste = asked[0]
    reworded = questions.update_question(session, taste.id, QuestionInput("scale", "Le goût ?"))
    assert reworded.text == "Le goût ?" and reworded.default_key is None
    questions.move_question(session, taste.id, +1)
    assert [q.text for q in questions.list_questions(session, v1)][:2] == ["Texture", "Le goût ?"]
    questions.restore_question(session, taste)
    again = questions.list_questions(session, v1)[1]
    assert (again.text, again.default_key) == ("Goût", "taste")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (QuestionInput("scale", "  "), "text"),
        (QuestionInput("choice", "Taille ?", ("Petite",)), "options"),
        (QuestionInput("slider", "Taille ?"), "kind"),
    ],
)
def test_a_question_without_words_or_options_is_refused(session, data, field):
    v1 = _family(session, 1)[0]
    with pytest.raises(ValidationError) as error:
        questions.add_question(session, v1, data)
    assert error.value.field == field
    assert questions.list_questions(session, v1) == []


def test_a_score_out_of_scale_names_its_question_and_saves_nothing(session):
    v1 = _family(session, 1)[0]
    tasting = sessions.create_tasting(session, v1, DAY)
    keys = _by_key(session, v1)
    typed = {keys["taste"]: "4", keys["texture"]: "7", keys["comment"]: "Bon"}
    with pytest.raises(ValidationError) as error:
        forms.add_form(session, tasting.id, typed)
    assert error.value.field == forms.question_field(keys["texture"])
    assert "Texture" in error.value.message and "1" in error.value.message
    assert session.scalar(select(func.count(TastingForm.id))) == 0
    assert session.scalar(select(func.count(TastingReply.id))) == 0


def test_a_choice_is_typed_by_its_number_or_its_words(session):
    v1 = _family(session, 1)[0]
    tasting = sessions.create_tasting(session, v1, DAY)
    keys = _by_key(session, v1)
    first = forms.add_form(session, tasting.id, {keys["would_buy"]: "2", keys["taste"]: "5"})
    second = forms.add_form(session, tasting.id, {keys["would_buy"]: "oui"})
    assert (first.number, second.number) == (1, 2)
    assert first.replies == {keys["would_buy"]: "Non", keys["taste"]: "5"}
    assert second.replies == {keys["would_buy"]: "Oui"}
    with pytest.raises(ValidationError) as error:
        forms.add_form(session, tasting.id, {keys["would_buy"]: "3"})
    assert error.value.field == forms.question_field(keys["would_buy"])
    with pytest.raises(ValidationError) as error:
        forms.add_form(session, tasting.id, {})
    assert error.value.field == "form"


def test_results_per_version_with_cost_and_margin(session):
    v1, v2, _v3 = _family(session)
    session.get(Recipe, v2).price_cents = 250
    t1 = sessions.create_tasting(session, v1, DAY)
    t2 = sessions.create_tasting(session, v2, DAY)
    k1, k2 = _by_key(session, v1), _by_key(session, v2)
    for taste, buy in (("2", "2"), ("3", "1")):
        forms.add_form(session, t1.id, {k1["taste"]: taste, k1["would_buy"]: buy})
    for taste in ("4", "5", "5"):
        forms.add_form(session, t2.id, {k2["taste"]: taste, k2["would_buy"]: "1"})
    by_version = summary.tasting_summary(session, v2)
    assert [(s.recipe.version, s.answers) for s in by_version] == [(1, 2), (2, 3), (3, 0)]
    assert by_version[0].means == {"taste": 2.5}
    assert by_version[1].means["taste"] == pytest.approx(14 / 3)
    assert by_version[0].shares["would_buy"] == (50.0, 50.0)
    assert by_version[1].shares["would_buy"] == (100.0, 0.0)
    compared = summary.compare_versions(session, v1, DAY)
    assert compared.scales[0] == ("taste", "Goût")
    assert [r.price_cents for r in compared.versions] == [0, 250, 0]
    # no ingredients: cost 0, so the margin is the price without VAT (6 %): 250 / 1.06 = 235.8
    assert compared.versions[1].margin_cents == 236


@given(st.text(max_size=4))
def test_only_the_digits_one_to_five_are_scores(typed):
    question = questions.QuestionInfo(1, 1, 0, QuestionKind.SCALE, "Goût", (), "taste")
    try:
        value = forms._score(question, typed)
    except ValidationError:
        assert typed.strip() not in {"1", "2", "3", "4", "5"}
    else:
        assert typed.strip() == str(value) and 1 <= value <= 5
