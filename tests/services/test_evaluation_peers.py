"""Self and peers: Johari quadrants by hand, adjective counts, complete self-assessment."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models.evaluations import EvalAdjectivePick, EvalSelfAnswer
from app.services.errors import ValidationError
from app.services.evaluations import campaigns, framework, peers
from tests.services.evaluation_setup import small_cohort


@pytest.fixture
def setup(session):
    setup = small_cohort(session)
    info = campaigns.create_campaign(
        session, setup.cohort_id, "self_peer", "Regards croisés", dt.date(2022, 12, 12)
    )
    words = {a.word: a.id for a in framework.list_adjectives(session)}
    competences = framework.get_framework(session, setup.cohort_id).competences
    return setup, info, words, competences


def answers(competences, has_it=True):
    return [peers.SelfAnswerInput(c.id, has_it) for c in competences]


def test_johari_quadrants_by_hand(session, setup):
    cohort, info, w, competences = setup
    amina, diane, hang = cohort.members["Amina"], cohort.members["Diane"], cohort.members["Hằng"]
    filler = [w["Calme"], w["Drôle"], w["Précise"]]
    peers.submit_entry(
        session,
        info.id,
        amina,
        answers(competences),
        {
            amina: [w["Fiable"], w["Créative"], w["Patiente"]],
            diane: filler,
            hang: filler,
        },
    )
    peers.submit_entry(
        session,
        info.id,
        diane,
        answers(competences),
        {
            amina: [w["Fiable"], w["Souriante"], w["Dynamique"]],
            diane: filler,
            hang: filler,
        },
    )
    peers.submit_entry(
        session,
        info.id,
        hang,
        answers(competences, False),
        {
            amina: [w["Fiable"], w["Souriante"], w["Organisée"], w["Calme"]],
            diane: filler,
            hang: filler,
        },
    )
    window = peers.johari(session, info.id, amina)
    assert window.open == (("Fiable", 2),)
    assert window.blind == (("Souriante", 2), ("Calme", 1), ("Dynamique", 1), ("Organisée", 1))
    assert window.hidden == ("Créative", "Patiente")
    assert window.peers_answered == 2
    assert [s.submitted for s in peers.entry_status(session, info.id)] == [True, True, True]
    assert all(not a.has_it for a in peers.self_answers(session, info.id, hang))


def count_rows(session):
    return (
        session.scalar(select(func.count(EvalSelfAnswer.id))),
        session.scalar(select(func.count(EvalAdjectivePick.id))),
    )


@pytest.mark.parametrize("how_many", [2, 7])
def test_too_few_or_too_many_adjectives_save_nothing(session, setup, how_many):
    cohort, info, w, competences = setup
    ids = list(w.values())
    picks = {m: ids[:3] for m in cohort.members.values()}
    picks[cohort.members["Diane"]] = ids[:how_many]
    with pytest.raises(ValidationError, match="de 3 à 6 adjectifs pour Diane") as error:
        peers.submit_entry(session, info.id, cohort.members["Amina"], answers(competences), picks)
    assert error.value.field == f"picks_{cohort.members['Diane']}"
    assert count_rows(session) == (0, 0)


def test_every_competence_must_be_answered(session, setup):
    cohort, info, w, competences = setup
    ids = list(w.values())
    picks = {m: ids[:3] for m in cohort.members.values()}
    partial = answers(competences)[:-1]
    with pytest.raises(ValidationError, match=competences[-1].name):
        peers.submit_entry(session, info.id, cohort.members["Amina"], partial, picks)
    with pytest.raises(ValidationError):  # a staff member is not an evaluated member
        peers.submit_entry(session, info.id, cohort.staff["Pierre"], answers(competences), picks)
    assert count_rows(session) == (0, 0)


def test_submitting_again_replaces_the_first_answer(session, setup):
    cohort, info, w, competences = setup
    ids = list(w.values())
    amina = cohort.members["Amina"]
    picks = {m: ids[:3] for m in cohort.members.values()}
    peers.submit_entry(session, info.id, amina, answers(competences), picks)
    picks[amina] = ids[3:7]
    peers.submit_entry(session, info.id, amina, answers(competences), picks)
    assert count_rows(session) == (len(competences), 3 + 3 + 4)
