"""The first-run service: everything created together, or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.errors import ValidationError
from app.services.people import cohorts, cooperative, members
from app.services.people.first_run import FirstRunInput, create_start, member_lines, split_name

COHORT = cohorts.CohortInput("Coopérative 1", dt.date(2022, 4, 4), dt.date(2022, 7, 1))


def test_split_name_and_lines():
    assert split_name("  Amina Diallo Bah ") == ("Amina", "Diallo Bah")
    assert split_name("Linh") == ("Linh", "")
    assert member_lines(" Amina \n\n  \nOlga\n") == ("Amina", "Olga")


def test_creates_cooperative_cohort_and_members(session):
    result = create_start(session, FirstRunInput("Coop", "Rue 1", COHORT, ("Amina Diallo", "Olga")))
    assert cooperative.get_cooperative(session).name == "Coop"
    listed = members.list_people(session, result.cohort_id)
    assert sorted((p.first_name, p.last_name) for p in listed) == [
        ("Amina", "Diallo"),
        ("Olga", ""),
    ]
    assert len(result.member_ids) == 2


def test_refuses_a_second_start_and_an_empty_name(db):
    with pytest.raises(ValidationError) as error, db.session() as session:
        create_start(session, FirstRunInput("  ", "", COHORT, ()))
    assert error.value.field == "name"
    with db.session() as session:
        create_start(session, FirstRunInput("Coop", "", COHORT, ()))
    with pytest.raises(ValidationError), db.session() as session:
        create_start(session, FirstRunInput("Autre", "", COHORT, ()))
    with db.session() as session:
        assert cooperative.get_cooperative(session).name == "Coop"
