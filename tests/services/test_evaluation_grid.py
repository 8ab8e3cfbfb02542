"""The observation grid: medians, disagreements, agreement, the two-evaluator rule, bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models.evaluations import EvalRating
from app.services.errors import Field, ValidationError
from app.services.evaluations import campaigns, framework, grid
from tests.services.evaluation_setup import small_cohort


def competence_ids(session, cohort_id):
    return {c.name: c.id for c in framework.get_framework(session, cohort_id).competences}


@pytest.fixture
def campaign(session):
    setup = small_cohort(session)
    info = campaigns.create_campaign(
        session, setup.cohort_id, "grid", "Vente finale", dt.date(2022, 12, 5)
    )
    campaigns.set_evaluators(session, info.id, [setup.staff["Pierre"], setup.staff["Isabelle"]])
    return setup, info


def rate(session, info, evaluator, member, day, **levels):
    ids = competence_ids(session, info.cohort_id)
    ratings = [
        grid.RatingInput(ids[name.replace("_", " ")], level) for name, level in levels.items()
    ]
    grid.save_sheet(session, info.id, evaluator, member, day, ratings)


def test_framework_seeded_with_four_categories_and_scale(session):
    setup = small_cohort(session)
    current = framework.get_framework(session, setup.cohort_id)
    assert set(current.by_category()) == {
        "entrepreneurial",
        "cooperative",
        "culinary",
        "professional",
    }
    names = [c.name for c in current.competences]
    assert {"Initiative", "Écoute", "Hygiène en cuisine", "Ponctualité"} <= set(names)
    assert [level.label for level in current.scale] == [
        "À découvrir",
        "À travailler",
        "En progrès",
        "Acquis",
    ]
    assert current.max_level == 4


def test_medians_disagreements_and_agreement_by_hand(session, campaign):
    setup, info = campaign
    pierre, isabelle, amina = setup.staff["Pierre"], setup.staff["Isabelle"], setup.members["Amina"]
    for day, (p, i) in enumerate(((2, 4), (3, 3), (4, 4)), start=1):
        rate(session, info, pierre, amina, day, Initiative=p)
        rate(session, info, isabelle, amina, day, Initiative=i)
    # Day 1 also "Résolution de problèmes": both 1 (rewrites day 1 sheets with both ratings).
    rate(session, info, pierre, amina, 1, Initiative=2, Résolution_de_problèmes=1)
    rate(session, info, isabelle, amina, 1, Initiative=4, Résolution_de_problèmes=1)

    result = grid.results(session, info.id)
    ids = competence_ids(session, info.cohort_id)
    amina_result = next(m for m in result.members if m.member_id == amina)
    # Initiative: 2,3,4 and 4,3,4 -> sorted 2,3,3,4,4,4 -> median 3.5
    assert amina_result.competence_medians[ids["Initiative"]] == 3.5
    assert amina_result.competence_medians[ids["Résolution de problèmes"]] == 1.0
    # Entrepreneurial: 1,1,2,3,3,4,4,4 -> 3.0; other categories not rated.
    assert amina_result.category_medians["entrepreneurial"] == 3.0
    assert amina_result.category_medians["culinary"] is None
    assert amina_result.rating_count == 8
    assert amina_result.comments == {}
    # One pair two levels apart: day 1, Initiative, 2 (Pierre) vs 4 (Isabelle).
    assert [
        (d.day, d.competence_name, d.first_level, d.second_level) for d in result.disagreements
    ] == [(1, "Initiative", 2, 4)]
    # Pairs (2,4), (1,1), (3,3), (4,4): exact 3/4, within one 3/4.
    # Kappa (linear): observed 2; expected (6*1 + 4*1 + 6*2) / 4 = 5.5 -> 1 - 2/5.5 = 7/11.
    assert result.overall.pairs == 4
    assert result.overall.exact_percent == 75.0
    assert result.overall.within_one_percent == 75.0
    assert result.overall.kappa == pytest.approx(7 / 11)
    assert [(a, b) for a, b, _ in result.by_pair] == [("Pierre", "Isabelle")]


def test_finalising_needs_two_evaluators_who_rated(session, campaign):
    setup, info = campaign
    rate(session, info, setup.staff["Pierre"], setup.members["Amina"], 1, Initiative=3)
    with pytest.raises(ValidationError) as error:
        grid.finalise(session, info.id)
    assert error.value.field == "evaluators"
    assert not campaigns.get_campaign(session, info.id).finalised
    rate(session, info, setup.staff["Isabelle"], setup.members["Amina"], 1, Initiative=3)
    grid.finalise(session, info.id)
    assert campaigns.get_campaign(session, info.id).finalised
    with pytest.raises(ValidationError):
        rate(session, info, setup.staff["Pierre"], setup.members["Amina"], 2, Initiative=3)


def test_one_evaluator_only_is_refused(session):
    setup = small_cohort(session)
    info = campaigns.create_campaign(
        session, setup.cohort_id, "grid", "Vente", dt.date(2022, 12, 5)
    )
    campaigns.set_evaluators(session, info.id, [setup.staff["Pierre"]])
    with pytest.raises(ValidationError, match="au moins 2"):
        grid.finalise(session, info.id)


def test_an_evaluated_member_cannot_be_evaluator(session, campaign):
    setup, info = campaign
    with pytest.raises(ValidationError, match="Amina"):
        campaigns.set_evaluators(session, info.id, [setup.staff["Pierre"], setup.members["Amina"]])
    assert campaigns.get_campaign(session, info.id).evaluator_ids == (
        setup.staff["Pierre"],
        setup.staff["Isabelle"],
    )


def count_ratings(session):
    return session.scalar(select(func.count(EvalRating.id)))


def test_bad_ratings_save_nothing(session, campaign):
    setup, info = campaign
    pierre, amina = setup.staff["Pierre"], setup.members["Amina"]
    with pytest.raises(ValidationError, match="entre 1 et 4"):
        rate(session, info, pierre, amina, 1, Initiative=3, Écoute=5)
    with pytest.raises(ValidationError, match="entre 1 et 4"):
        rate(session, info, pierre, amina, 1, Initiative=0)
    with pytest.raises(ValidationError, match="elle-même"):
        rate(session, info, pierre, pierre, 1, Initiative=3)
    with pytest.raises(ValidationError, match="jour entre 1 et 3"):
        rate(session, info, pierre, amina, 4, Initiative=3)
    with pytest.raises(ValidationError):  # Sophie is not an evaluator of this campaign
        rate(session, info, setup.staff["Sophie"], amina, 1, Initiative=3)
    assert count_ratings(session) == 0


def test_competences_editable_per_cohort(session):
    setup = small_cohort(session)
    added = framework.add_competence(session, setup.cohort_id, "culinary", "Dressage des assiettes")
    with pytest.raises(ValidationError):
        framework.add_competence(session, setup.cohort_id, "culinary", "dressage des assiettes")
    framework.set_competence_active(
        session, competence_ids(session, setup.cohort_id)["Initiative"], False
    )
    names = [c.name for c in framework.get_framework(session, setup.cohort_id).competences]
    assert "Dressage des assiettes" in names and "Initiative" not in names
    assert framework.rename_competence(session, added.id, "Dressage").name == "Dressage"
    level = framework.update_scale_level(session, setup.cohort_id, 1, "Nouveau", "Pas encore vu.")
    assert level.label == "Nouveau"


def test_comments_kept_per_competence_and_need_a_level(session, campaign):
    setup, info = campaign
    ids = competence_ids(session, info.cohort_id)
    pierre, amina = setup.staff["Pierre"], setup.members["Amina"]
    with pytest.raises(ValidationError) as error:
        grid.save_sheet(
            session, info.id, pierre, amina, 1, [grid.RatingInput(ids["Entraide"], None, "Bien")]
        )
    assert error.value.where == Field("level", row=ids["Entraide"])
    grid.save_sheet(
        session,
        info.id,
        pierre,
        amina,
        1,
        [
            grid.RatingInput(ids["Entraide"], 4, "Aide au service"),
            grid.RatingInput(ids["Écoute"], 3),
        ],
    )
    member = next(m for m in grid.results(session, info.id).members if m.member_id == amina)
    assert member.comments == {ids["Entraide"]: ("Aide au service",)}
    assert member.category_medians["cooperative"] == 3.5
