"""Thematic circles: a cohort's circles with their mandate and members (never empty), the starter
checklist, meetings, the lead in turn, suggested members from the history, copying to a new
cohort."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models.delegate import ChecklistItem, Circle
from app.services.circles import checklist, circles, lead, meetings, reuse, sheet, suggestions
from app.services.circles import tasks as circle_tasks
from app.services.circles.circles import CircleInput
from app.services.delegate import checklists, tasks
from app.services.delegate.tasks import TaskInput
from app.services.errors import ValidationError
from app.services.people import cohorts, members

MONDAY = dt.date(2022, 9, 12)


@pytest.fixture
def cohort(session):
    c = cohorts.create_cohort(session, cohorts.CohortInput("C2", MONDAY, dt.date(2022, 12, 16)))
    ids = {
        n: members.create_person(session, members.PersonInput(n), c.id).id
        for n in ("Diane", "Hằng", "Zineb", "Amina")
    }
    return c.id, ids


def _buying(session, cohort_id, ids, *names):
    return circles.create_circle(
        session,
        CircleInput(
            cohort_id,
            "Achats et stock",
            tuple(ids[n] for n in names),
            "Acheter jusqu'à 80 €",
            "Un nouveau fournisseur",
        ),
    )


def test_a_circle_without_member_is_refused_at_the_members_field(session, cohort):
    cohort_id, _ = cohort
    with pytest.raises(ValidationError) as error:
        circles.create_circle(session, CircleInput(cohort_id, "Achats", ()))
    assert error.value.field == "members"
    assert session.scalars(select(Circle)).all() == []


def test_name_required_unique_in_the_cohort_and_members_of_the_cohort(session, cohort):
    cohort_id, ids = cohort
    with pytest.raises(ValidationError) as error:
        circles.create_circle(session, CircleInput(cohort_id, "  ", (ids["Diane"],)))
    assert error.value.field == "name"
    _buying(session, cohort_id, ids, "Diane")
    with pytest.raises(ValidationError) as error:
        circles.create_circle(session, CircleInput(cohort_id, "achats ET stock", (ids["Diane"],)))
    assert error.value.field == "name"
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("C3", dt.date(2023, 1, 9), dt.date(2023, 3, 31))
    )
    stranger = members.create_person(session, members.PersonInput("Olga"), other.id).id
    with pytest.raises(ValidationError) as error:
        circles.create_circle(session, CircleInput(cohort_id, "Cuisine", (stranger,)))
    assert error.value.field == "members"
    # Another cohort may have a circle of the same name.
    twin = circles.create_circle(session, CircleInput(other.id, "Achats et stock", (stranger,)))
    assert [c.name for c in circles.list_circles(session, other.id)] == ["Achats et stock"]
    assert twin.cohort_id == other.id


def test_edit_mandate_and_members_refuses_emptying_the_circle(session, cohort):
    cohort_id, ids = cohort
    made = _buying(session, cohort_id, ids, "Zineb", "Diane")
    assert [name for _, name in made.members] == ["Diane", "Zineb"]
    assert (made.decides_alone, made.brings_to_group) == (
        "Acheter jusqu'à 80 €",
        "Un nouveau fournisseur",
    )
    edited = circles.update_circle(
        session,
        made.id,
        CircleInput(cohort_id, "Achats", (ids["Amina"],), "Acheter jusqu'à 50 €", ""),
    )
    assert (edited.name, edited.member_ids, edited.decides_alone) == (
        "Achats",
        (ids["Amina"],),
        "Acheter jusqu'à 50 €",
    )
    with pytest.raises(ValidationError) as error:
        circles.update_circle(session, made.id, CircleInput(cohort_id, "Achats", ()))
    assert error.value.field == "members"
    assert circles.get_circle(session, made.id).member_ids == (ids["Amina"],)


def test_the_lead_goes_round_in_turn(session, cohort):
    cohort_id, ids = cohort
    made = _buying(session, cohort_id, ids, "Zineb", "Diane", "Hằng")
    assert made.lead_id is None
    # Nobody led yet: by first name (Diane, Hằng, Zineb), then whoever led least and longest ago.
    order = [lead.pass_lead(session, made.id, MONDAY + dt.timedelta(weeks=w)) for w in range(4)]
    assert [t.person_id for t in order] == [ids["Diane"], ids["Hằng"], ids["Zineb"], ids["Diane"]]
    assert circles.get_circle(session, made.id).lead_name == "Diane"
    # A newcomer who never led comes next.
    circles.update_circle(
        session,
        made.id,
        CircleInput(cohort_id, made.name, (*made.member_ids, ids["Amina"])),
    )
    assert lead.next_lead(session, made.id) == ids["Amina"]
    lead.remove_turn(session, order[-1].id)
    assert circles.get_circle(session, made.id).lead_name == "Zineb"
    with pytest.raises(ValidationError) as error:
        lead.pass_lead(session, made.id, MONDAY, person_id=-1)
    assert error.value.field == "lead"


def test_checklist_meetings_and_tasks(session, cohort):
    cohort_id, ids = cohort
    made = _buying(session, cohort_id, ids, "Diane")
    first = checklist.add_item(session, made.id, "Lister les fournisseurs")
    second = checklist.add_item(session, made.id, "Ouvrir une fiche de stock")
    with pytest.raises(ValidationError) as error:
        checklist.add_item(session, made.id, " ")
    assert error.value.field == "text"
    assert (first.position, second.position) == (0, 1)
    ticked = checklist.set_done(session, second.id, True, MONDAY, ids["Diane"])
    assert (ticked.done, ticked.done_by_name) == (True, "Diane")
    assert not checklist.set_done(session, second.id, False, MONDAY).done

    with pytest.raises(ValidationError) as error:
        meetings.record_meeting(session, made.id, MONDAY, "  ")
    assert error.value.field == "minutes"
    meetings.record_meeting(session, made.id, MONDAY, "Prix comparés")
    later = meetings.record_meeting(session, made.id, MONDAY + dt.timedelta(days=7), "Stock")
    assert [m.minutes for m in meetings.meetings(session, made.id)] == ["Stock", "Prix comparés"]
    meetings.update_meeting(session, later.id, later.held_on, "Stock compté")
    assert meetings.meetings(session, made.id)[0].minutes == "Stock compté"

    late = circle_tasks.add_circle_task(
        session, made.id, "Commander les dattes", ids["Diane"], MONDAY, MONDAY
    )
    circle_tasks.add_circle_task(session, made.id, "Compter la farine", None, None, MONDAY)
    open_now = circle_tasks.open_circle_tasks(session, made.id)
    assert [t.text for t in open_now] == ["Commander les dattes", "Compter la farine"]
    assert late.circle_name == "Achats et stock" and late.is_late(MONDAY + dt.timedelta(days=1))
    tasks.delete_task(session, late.id)
    assert [t.text for t in circle_tasks.open_circle_tasks(session, made.id)] == [
        "Compter la farine"
    ]


def test_a_task_cannot_name_a_circle_of_another_cohort(session, cohort):
    cohort_id, ids = cohort
    made = _buying(session, cohort_id, ids, "Diane")
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("C3", dt.date(2023, 1, 9), dt.date(2023, 3, 31))
    )
    with pytest.raises(ValidationError) as error:
        tasks.add_task(session, other.id, TaskInput("x", circle_id=made.id), MONDAY)
    assert error.value.field == "circle"


def test_suggestions_count_what_each_did(session, cohort):
    cohort_id, ids = cohort
    # Diane bought twice (tasks), Zineb once; Hằng counted the till on two days (two cash lines
    # ticked on the first day count once), Amina did nothing of the kind.
    for text, who in (
        ("Acheter des dattes", "Diane"),
        ("Faire les courses", "Diane"),
        ("Acheter du sucre", "Zineb"),
        ("Balayer", "Amina"),
    ):
        task = tasks.add_task(session, cohort_id, TaskInput(text), MONDAY)
        tasks.set_done(session, task.id, True, MONDAY, ids[who])
    lines = {
        row.default_key: row.id
        for row in session.scalars(select(ChecklistItem)).all()
        if row.default_key
    }
    for day, key in (
        (MONDAY, "count_till"),
        (MONDAY, "prepare_float"),
        (dt.date(2022, 9, 13), "count_till"),
    ):
        checklists.tick(session, cohort_id, day, lines[key], True, ids["Hằng"])
    checklists.tick(session, cohort_id, MONDAY, lines["check_stock"], True, ids["Zineb"])

    found = suggestions.suggest_members(session, cohort_id, "Achats et stock")
    assert [(s.name, s.score) for s in found] == [("Diane", 2), ("Zineb", 2)]
    assert found[0].explanation() == "suggérée : a fait les achats 2 fois"

    cash = suggestions.suggest_members(session, cohort_id, "Caisse")
    assert [(s.name, s.score) for s in cash] == [("Hằng", 2)]
    assert cash[0].explanation() == "suggérée : a tenu la caisse 2 fois"

    # A circle's own tasks count too, and a name that speaks of no theme suggests from them only.
    made = circles.create_circle(session, CircleInput(cohort_id, "Jardin", (ids["Amina"],)))
    own = circle_tasks.add_circle_task(session, made.id, "Arroser", None, None, MONDAY)
    tasks.set_done(session, own.id, True, MONDAY, ids["Amina"])
    garden = suggestions.suggest_members(session, cohort_id, "Jardin", circle_id=made.id)
    assert [(s.name, s.explanation()) for s in garden] == [
        ("Amina", "suggérée : a fait 1 tâche du cercle")
    ]


def test_sheet_and_find_by_names(session, cohort):
    cohort_id, ids = cohort
    made = _buying(session, cohort_id, ids, "Diane", "Zineb")
    lead.pass_lead(session, made.id, MONDAY)
    for week in range(4):
        meetings.record_meeting(session, made.id, MONDAY + dt.timedelta(weeks=week), f"R{week}")
    assert sheet.find_circle(session, cohort_id, " ACHATS ET STOCK") == made.id
    with pytest.raises(ValidationError) as error:
        sheet.find_circle(session, cohort_id, "Cuisine")
    assert error.value.field == "circle"
    data = sheet.circle_sheet(session, made.id)
    assert (data.cohort_name, data.circle.lead_name, data.next_lead_name) == (
        "C2",
        "Diane",
        "Zineb",
    )
    assert [m.minutes for m in data.last_meetings] == ["R3", "R2", "R1"]


def test_copy_circles_keeps_mandate_and_checklist_undone(session, cohort):
    cohort_id, ids = cohort
    made = _buying(session, cohort_id, ids, "Diane")
    line = checklist.add_item(session, made.id, "Lister les fournisseurs")
    checklist.set_done(session, line.id, True, MONDAY, ids["Diane"])
    checklist.add_item(session, made.id, "Ouvrir une fiche de stock")
    meetings.record_meeting(session, made.id, MONDAY, "Prix")
    lead.pass_lead(session, made.id, MONDAY)
    new = cohorts.create_cohort(
        session, cohorts.CohortInput("C3", dt.date(2023, 1, 9), dt.date(2023, 3, 31))
    )
    assert reuse.copy_circles(session, cohort_id, new.id) == 1
    assert reuse.copy_circles(session, cohort_id, new.id) == 0  # already there: not twice
    (copy,) = session.scalars(select(Circle).where(Circle.cohort_id == new.id)).all()
    assert (copy.name, copy.decides_alone, copy.brings_to_group) == (
        "Achats et stock",
        "Acheter jusqu'à 80 €",
        "Un nouveau fournisseur",
    )
    lines = checklist.checklist(session, copy.id)
    assert [(x.text, x.done) for x in lines] == [
        ("Lister les fournisseurs", False),
        ("Ouvrir une fiche de stock", False),
    ]
    assert meetings.meetings(session, copy.id) == []
    assert lead.next_lead(session, copy.id) is None  # no members copied


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(size=st.integers(1, 4), passes=st.integers(1, 12))
def test_the_lead_is_shared_evenly_and_never_twice_in_a_row(session, cohort, size, passes):
    cohort_id, ids = cohort
    people = tuple(sorted(ids.values()))[:size]
    made = circles.create_circle(session, CircleInput(cohort_id, f"Cercle {size} {passes}", people))
    turns = [
        lead.pass_lead(session, made.id, MONDAY + dt.timedelta(days=day)).person_id
        for day in range(passes)
    ]
    counts = [turns.count(person) for person in people]
    assert max(counts) - min(counts) <= 1
    if size > 1:
        assert all(a != b for a, b in zip(turns, turns[1:]))
    circles.delete_circle(session, made.id)


def test_reusing_a_programme_brings_its_circles(session, cohort):
    """Nouvelle cohorte à partir de…: the circles come along through the reuse's copiers."""
    from app.services.programme import reuse as programme_reuse

    cohort_id, ids = cohort
    _buying(session, cohort_id, ids, "Diane", "Zineb")
    result = programme_reuse.copy_cohort(session, cohort_id, "C3", dt.date(2023, 1, 9))
    assert result.counts["circles"] == 1
    (copy,) = session.scalars(select(Circle).where(Circle.cohort_id == result.cohort_id)).all()
    assert copy.name == "Achats et stock" and copy.decides_alone == "Acheter jusqu'à 80 €"
