"""A person's gender, optional: stored only when chosen, unstated reads as a woman, and the roles
shown for a person (delegate, deputy) take her or his gender; the programme report counts it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.people import Person
from app.services.delegate import rotation
from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.services.people.members import PersonInput
from app.services.programme.report import programme_report
from app.services.today import first_screen
from app.vocab.people import Gender, delegate_of_the_day, delegate_word, deputy_word
from tests.services.test_attendance_sheets import week  # noqa: F401 (fixture)

MONDAY = dt.date(2022, 9, 12)


def test_a_person_is_unstated_until_a_gender_is_chosen(session):
    amina = members.create_person(session, PersonInput("Amina"))
    assert amina.gender == Gender.UNSTATED
    karim = members.create_person(session, PersonInput("Karim", role="speaker", gender="man"))
    assert session.get(Person, karim.id).gender == "man"
    changed = members.update_person(session, amina.id, PersonInput("Amina", gender="woman"))
    assert changed.gender == "woman" and changed.as_input().gender == "woman"


def test_an_unknown_gender_is_refused_at_its_field_and_nothing_changes(session):
    amina = members.create_person(session, PersonInput("Amina"))
    with pytest.raises(ValidationError) as refused:
        members.update_person(session, amina.id, PersonInput("Amina", gender="other"))
    assert refused.value.field == "gender"
    assert session.get(Person, amina.id).gender == "unstated"


@pytest.mark.parametrize(
    ("gender", "words"),
    [
        ("woman", ("Déléguée", "Adjointe", "Déléguée du jour")),
        ("unstated", ("Déléguée", "Adjointe", "Déléguée du jour")),
        ("man", ("Délégué", "Adjoint", "Délégué du jour")),
    ],
)
def test_role_words_take_the_gender_and_unstated_is_feminine(gender, words):
    assert (delegate_word(gender), deputy_word(gender), delegate_of_the_day(gender)) == words


def test_the_day_carries_the_delegates_and_deputys_gender_on_both_paths(session):
    cohort = cohorts.create_cohort(session, cohorts.CohortInput("C2", MONDAY, dt.date(2022, 9, 30)))
    for name, gender in (("Diane", "woman"), ("Karim", "man"), ("Zineb", "unstated")):
        members.create_person(session, PersonInput(name, gender=gender), cohort.id)
    rotation.plan_cohort(session, cohort.id, MONDAY, weekdays=(0, 1, 3))
    by_name = {"Diane": "woman", "Karim": "man", "Zineb": "unstated", "": "unstated"}
    planned = rotation.get_rotation(session, cohort.id).days
    for day in planned:
        screen = first_screen.day_of(session, cohort.id, day.date)
        assert screen.delegate_gender == day.delegate_gender == by_name[day.delegate_name]
        assert screen.deputy_gender == day.deputy_gender == by_name[day.deputy_name]
    assert "man" in {day.delegate_gender for day in planned}
    today = first_screen.today(session, cohort.id, planned[0].date)
    assert today.delegate_gender == by_name[today.delegate_name]
    assert today.deputy_gender == by_name[today.deputy_name]


def test_the_programme_report_counts_genders_only_when_one_is_recorded(session, week):  # noqa: F811
    cohort_id, _made, (amal, binta, _chantal) = week
    assert programme_report(session, [cohort_id]).genders == ()
    members.update_person(session, amal, PersonInput("Amal", "Sayed", gender="woman"))
    members.update_person(session, binta, PersonInput("Binta", "Diallo", gender="man"))
    # three members: one woman, one man, one who said nothing (in the vocabulary's order)
    report = programme_report(session, [cohort_id])
    assert report.genders == (("woman", 1), ("man", 1), ("unstated", 1))
