"""Members, cohorts and the cooperative through the service layer."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models.people import Membership, Person
from app.services.errors import ValidationError
from app.services.people import cohorts, cooperative
from app.services.people import members as people
from app.services.people.cohorts import CohortInput
from app.services.people.members import PersonInput


@pytest.fixture
def cohort(session):
    return cohorts.create_cohort(
        session, CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )


def count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def test_create_member_joins_cohort_on_its_start(session, cohort):
    person = people.create_person(
        session,
        PersonInput("  Hằng ", " Nguyễn  Thị ", country_code="vn", phone="+32 470 12 34 56"),
        cohort.id,
    )
    assert person.first_name == "Hằng"
    assert person.last_name == "Nguyễn Thị"
    assert person.country_code == "VN"
    assert person.joined_on == dt.date(2022, 9, 12)
    assert [p.id for p in people.list_people(session, cohort.id)] == [person.id]
    assert person.country_label("fr") == "Viêt Nam"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonInput(""), "first_name"),
        (PersonInput("   "), "first_name"),
        (PersonInput("Amina", country_code="XY"), "country_code"),
        (PersonInput("Amina", phone="04 abc 12 34"), "phone"),
        (PersonInput("Amina", role="boss"), "role"),
        (PersonInput("A" * 81), "first_name"),
    ],
)
def test_bad_person_is_refused_and_nothing_saved(session, cohort, data, field):
    with pytest.raises(ValidationError) as info:
        people.create_person(session, data, cohort.id)
    assert info.value.field == field
    assert count(session, Person) == 0
    assert count(session, Membership) == 0


def test_same_person_twice_in_a_cohort_is_refused(session, cohort):
    people.create_person(session, PersonInput("Amina", "Lukusa"), cohort.id)
    with pytest.raises(ValidationError, match="fait déjà partie") as info:
        people.create_person(session, PersonInput("amina", "LUKUSA"), cohort.id)
    assert info.value.field == "first_name"
    assert count(session, Person) == 1
    # The same first name with another last name is someone else.
    people.create_person(session, PersonInput("Amina", "Kamara"), cohort.id)
    assert count(session, Person) == 2


def test_search_and_deactivate(session, cohort):
    amina = people.create_person(
        session, PersonInput("Amina", "Lukusa", languages="lingala"), cohort.id
    )
    people.create_person(session, PersonInput("Olga", "Petrova", languages="russe"), cohort.id)
    assert [p.first_name for p in people.list_people(session, cohort.id, "LING")] == ["Amina"]
    assert [p.first_name for p in people.list_people(session, cohort.id, "pet olg")] == ["Olga"]
    people.set_active(session, amina.id, False)
    assert [p.first_name for p in people.list_people(session, cohort.id)] == ["Olga"]
    everyone = people.list_people(session, cohort.id, include_inactive=True)
    assert [p.first_name for p in everyone] == ["Amina", "Olga"]


def test_search_ignores_accents_and_case_and_the_list_sorts_as_people_read(session, cohort):
    """SQLite's LIKE folds ASCII only: "elodie" did not find "Élodie", and "Élodie" came after
    "Zoé"."""
    for first, last, country in [
        ("Zoé", "Martin", "BE"),
        ("Élodie", "Dupont", "FR"),
        ("Hằng", "Nguyễn Thị", "VN"),
        ("Amina", "El Ḥaddād", "MA"),
    ]:
        people.create_person(session, PersonInput(first, last, country_code=country), cohort.id)

    def names(typed: str) -> list[str]:
        return [p.first_name for p in people.list_people(session, cohort.id, typed)]

    assert names("") == ["Amina", "Élodie", "Hằng", "Zoé"]
    assert names("ELODIE") == ["Élodie"]
    assert names("nguyen hang") == ["Hằng"]
    assert names("haddad") == ["Amina"]
    assert names("fr") == ["Élodie"]  # the country's code, taken whole
    assert names("f") == []  # ...not a piece of it


def test_update_checks_duplicates_and_keeps_others(session, cohort):
    people.create_person(session, PersonInput("Amina", "Lukusa"), cohort.id)
    olga = people.create_person(session, PersonInput("Olga", "Petrova"), cohort.id)
    with pytest.raises(ValidationError):
        people.update_person(session, olga.id, PersonInput("Amina", "Lukusa"))
    updated = people.update_person(
        session, olga.id, PersonInput("Olga", "Petrova", phone="0470 12 34 56")
    )
    assert updated.phone == "0470 12 34 56"


def test_leave_cohort_dates(session, cohort):
    amina = people.create_person(session, PersonInput("Amina"), cohort.id)
    with pytest.raises(ValidationError):
        people.leave_cohort(session, amina.id, cohort.id, dt.date(2022, 9, 1))
    left = people.leave_cohort(session, amina.id, cohort.id, dt.date(2022, 10, 1))
    assert left.left_on == dt.date(2022, 10, 1)


def test_cohort_validation(session, cohort):
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(session, CohortInput("C3", dt.date(2023, 5, 1), dt.date(2023, 4, 1)))
    assert info.value.field == "end_date"
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(
            session, CohortInput("coopérative 2", dt.date(2023, 1, 1), dt.date(2023, 4, 1))
        )
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(session, CohortInput("", dt.date(2023, 1, 1), dt.date(2023, 4, 1)))
    assert info.value.field == "name"
    assert [c.name for c in cohorts.list_cohorts(session)] == ["Coopérative 2"]
    assert cohorts.find_cohort(session, "COOPÉRATIVE 2").id == cohort.id


def test_cohort_defaults_are_the_programme(session, cohort):
    assert (cohort.planned_mornings, cohort.planned_hours) == (36, 108)


def test_cooperative_save_and_producer_line(session):
    assert cooperative.get_cooperative(session) is None
    info = cooperative.save_cooperative(
        session,
        cooperative.CooperativeInfo(name="Coopér'Actives", address="Rue X 1\n4020 Liège"),
    )
    assert info.producer_line == "Produit par Coopér'Actives, Rue X 1, 4020 Liège"
    with pytest.raises(ValidationError) as error:
        cooperative.save_cooperative(
            session, cooperative.CooperativeInfo(name="X", email="pas-un-mail")
        )
    assert error.value.field == "email"
    assert cooperative.get_cooperative(session).name == "Coopér'Actives"


def test_delete_person_only_without_history(session, cohort):
    amina = people.create_person(session, PersonInput("Amina"), cohort.id)
    people.delete_person(session, amina.id)
    assert count(session, Person) == 0


def test_the_default_producer_line_is_in_the_labels_language_not_the_interfaces(session):
    from app import i18n

    previous = i18n._translate
    i18n.install_translator(lambda context, text: "⟦" + text + "⟧")  # any other interface
    try:
        info = cooperative.save_cooperative(
            session,
            cooperative.CooperativeInfo(
                name="Coop", address="Rue X 1\n4020 Liège", label_language="nl"
            ),
        )
    finally:
        i18n.install_translator(previous)
    assert info.producer_line == "Gemaakt door Coop, Rue X 1, 4020 Liège"


def test_the_cooperative_is_saved_from_an_arabic_interface(session):
    # The default producer line is filled in while the interface isolates values (right to
    # left): the stored line holds none of those marks, which every stored text refuses.
    from app import i18n

    i18n.set_right_to_left(True)
    try:
        info = cooperative.save_cooperative(
            session, cooperative.CooperativeInfo(name="Coop", address="Rue X 1\n4020 Liège")
        )
        session.commit()
    finally:
        i18n.set_right_to_left(False)
    assert info.producer_line == "Produit par Coop, Rue X 1, 4020 Liège"
