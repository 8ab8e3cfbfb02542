"""Mornings, term generation around holidays and closures, copying a week, hours planned, done."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.people import cohorts
from app.services.schedule import hours as schedule_hours
from app.services.schedule import modules, term
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.services.schedule.term import TermPattern

D = dt.date
T = dt.time


@pytest.fixture
def cohort(session):
    return cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 1", D(2022, 4, 19), D(2022, 7, 8))
    )


NINE, NOON = T(9), T(12)


def add(session, cohort, day, kind="theory", start=NINE, end=NOON, **kw):
    return schedule.create_morning(session, cohort.id, MorningInput(day, start, end, kind, **kw))


def test_morning_hours_and_title(session, cohort):
    modules.ensure_default_catalogue(session)
    accounting = modules.module_by_name(session, modules.ACCOUNTING)
    morning = add(
        session, cohort, D(2022, 5, 2), start=T(9, 15), end=T(12), module_id=accounting.id
    )
    assert morning.hours == Decimal("2.75")
    assert morning.title == "Introduction à la comptabilité"
    assert add(session, cohort, D(2022, 5, 3), "kitchen").title == "Cuisine"


@pytest.mark.parametrize(
    ("day", "start", "end", "field", "words"),
    [
        (D(2022, 5, 2), T(12), T(9), "end_time", "finir avant"),
        (D(2022, 5, 2), T(10), T(10), "end_time", "finir avant"),
        (D(2022, 8, 1), T(9), T(12), "date", "en dehors de la cohorte"),
        (None, T(9), T(12), "date", "Indiquez la date"),
    ],
)
def test_bad_mornings_are_refused(session, cohort, day, start, end, field, words):
    with pytest.raises(ValidationError) as error:
        add(session, cohort, day, start=start, end=end)
    assert error.value.field == field
    assert words in error.value.message
    assert schedule.list_mornings(session, cohort.id) == []


def test_two_mornings_overlapping_in_one_cohort_are_refused(session, cohort):
    add(session, cohort, D(2022, 5, 2))
    with pytest.raises(ValidationError) as error:
        add(session, cohort, D(2022, 5, 2), start=T(11), end=T(13))
    assert error.value.field == "start_time"
    assert "9h à 12h" in error.value.message
    add(session, cohort, D(2022, 5, 2), start=T(12), end=T(13))  # touching is fine
    assert len(schedule.list_mornings(session, cohort.id)) == 2


def test_a_cancelled_morning_frees_its_time(session, cohort):
    first = add(session, cohort, D(2022, 5, 2))
    schedule.set_status(session, first.id, "cancelled")
    add(session, cohort, D(2022, 5, 2))
    assert [m.status for m in schedule.list_mornings(session, cohort.id)] == [
        "cancelled",
        "planned",
    ]


def test_move_keeps_the_length_and_checks_clashes(session, cohort):
    first = add(session, cohort, D(2022, 5, 2), start=T(9), end=T(11, 30))
    add(session, cohort, D(2022, 5, 3))
    moved = schedule.move_morning(session, first.id, D(2022, 5, 4), T(10))
    assert (moved.date, moved.start_time, moved.end_time) == (D(2022, 5, 4), T(10), T(12, 30))
    with pytest.raises(ValidationError):
        schedule.move_morning(session, first.id, D(2022, 5, 3))
    assert schedule.get_morning(session, first.id).date == D(2022, 5, 4)


def test_term_skips_holidays_and_closures(session, cohort):
    closure = term.add_closure(session, cohort.id, "09/05/2022", "10/05/2022", "Cuisine en travaux")
    assert closure.start_date == D(2022, 5, 9)
    pattern = TermPattern(D(2022, 5, 2), D(2022, 5, 31), weekdays=(0, 1, 2, 3))
    plan = term.generate_term(session, cohort.id, pattern)
    # May 2022, Monday to Thursday: 5 Mondays, 5 Tuesdays, 4 Wednesdays, 4 Thursdays = 18 days;
    # minus Ascension (Thursday 26 May) and the closure on 9 and 10 May = 15 mornings.
    assert len(plan.created) == 15
    skipped = dict(plan.skipped)
    assert set(skipped) == {D(2022, 5, 26), D(2022, 5, 9), D(2022, 5, 10)}
    assert "Ascension" in skipped[D(2022, 5, 26)]
    assert "Cuisine en travaux" in skipped[D(2022, 5, 9)]
    assert schedule_hours.progress(session, cohort.id).hours_planned == Decimal(45)
    # Generating again creates nothing: every day already has its morning.
    again = term.generate_term(session, cohort.id, pattern)
    assert again.created == [] and len(again.taken) == 15 and len(again.skipped) == 3


def test_term_refuses_bad_patterns(session, cohort):
    with pytest.raises(ValidationError) as error:
        term.plan_term(session, cohort.id, TermPattern(D(2022, 5, 31), D(2022, 5, 2)))
    assert error.value.field == "end"
    with pytest.raises(ValidationError) as error:
        term.plan_term(session, cohort.id, TermPattern(D(2022, 5, 2), D(2022, 5, 31), weekdays=()))
    assert error.value.field == "weekdays"


@pytest.mark.parametrize(
    ("start", "end", "field", "words"),
    [
        ("31/02/2022", "01/03/2022", "start_date", "n'existe pas"),
        ("10/05/2022", "09/05/2022", "end_date", "finir avant"),
        ("mardi", "", "start_date", "31/12/2022"),
    ],
)
def test_closure_with_an_impossible_date_is_refused(session, cohort, start, end, field, words):
    with pytest.raises(ValidationError) as error:
        term.add_closure(session, cohort.id, start, end, "x")
    assert error.value.field == field
    assert words in error.value.message
    assert term.list_closures(session, cohort.id) == []


def test_a_morning_on_a_closure_is_refused(session, cohort):
    term.add_closure(session, None, D(2022, 7, 4), D(2022, 7, 8), "Vacances")
    with pytest.raises(ValidationError) as error:
        add(session, cohort, D(2022, 7, 5))
    assert "Vacances" in error.value.message


def test_copy_week(session, cohort):
    add(session, cohort, D(2022, 5, 2), "theory")  # Monday
    add(session, cohort, D(2022, 5, 5), "kitchen")  # Thursday
    done = add(session, cohort, D(2022, 5, 4), "visit")
    schedule.set_status(session, done.id, "done")
    # Week of 23 May: Thursday 26 is Ascension.
    result = schedule.copy_week(session, cohort.id, D(2022, 5, 2), D(2022, 5, 25))
    assert [(m.date, m.kind, m.status) for m in result.created] == [
        (D(2022, 5, 23), "theory", "planned"),
        (D(2022, 5, 25), "visit", "planned"),
    ]
    assert [d for d, _ in result.skipped] == [D(2022, 5, 26)]
    with pytest.raises(ValidationError):
        schedule.copy_week(session, cohort.id, D(2022, 5, 9), D(2022, 5, 16))  # empty week


def test_progress_counts_planned_and_done_by_kind(session, cohort):
    a = add(session, cohort, D(2022, 5, 2), "theory")
    add(session, cohort, D(2022, 5, 3), "kitchen", start=T(9), end=T(13))
    c = add(session, cohort, D(2022, 5, 4), "sale")
    d = add(session, cohort, D(2022, 5, 5), "visit")
    schedule.set_status(session, a.id, "done")
    schedule.set_status(session, c.id, "done")
    schedule.set_status(session, d.id, "cancelled")
    result = schedule_hours.progress(session, cohort.id)
    by_kind = {k.kind: (k.planned, k.done) for k in result.kinds}
    assert by_kind["theory"] == (Decimal(3), Decimal(3))
    assert by_kind["kitchen"] == (Decimal(4), Decimal(0))
    assert by_kind["visit"] == (Decimal(0), Decimal(0))
    groups = {g.group: (g.planned, g.done, g.target) for g in result.groups}
    assert groups["practice"] == (Decimal(7), Decimal(3), Decimal(63))  # 108 - 45
    assert groups["theory"] == (Decimal(3), Decimal(3), Decimal(45))
    assert (
        result.mornings_planned,
        result.mornings_done,
        result.hours_planned,
        result.hours_done,
    ) == (3, 2, Decimal(10), Decimal(6))


def test_delete_refused_once_attendance_is_noted(session, cohort):
    from app.services.people import members
    from app.services.schedule import attendance

    member = members.create_person(session, members.PersonInput("Amina"), cohort.id)
    morning = add(session, cohort, D(2022, 5, 2))
    attendance.set_attendance(session, morning.id, member.id, "present")
    with pytest.raises(ValidationError):
        schedule.delete_morning(session, morning.id)
    other = add(session, cohort, D(2022, 5, 3))
    schedule.delete_morning(session, other.id)
    assert [m.id for m in schedule.list_mornings(session, cohort.id)] == [morning.id]


def test_iso_week():
    assert schedule.parse_iso_week("2022-W41") == D(2022, 10, 10)
    assert schedule.iso_week_name(D(2022, 10, 10)) == "2022-W41"
    with pytest.raises(ValidationError):
        schedule.parse_iso_week("2022-W60")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=st.dates(D(2022, 4, 1), D(2022, 7, 31)),
    length=st.integers(0, 60),
    weekdays=st.sets(st.integers(0, 6), min_size=1),
)
def test_plan_term_partitions_the_chosen_weekdays(session, cohort, start, length, weekdays):
    end = start + dt.timedelta(days=length)
    plan = term.plan_term(session, cohort.id, TermPattern(start, end, tuple(sorted(weekdays))))
    wanted = [start + dt.timedelta(days=i) for i in range(length + 1)]
    wanted = [d for d in wanted if d.weekday() in weekdays]
    assert sorted(plan.dates + plan.taken + [d for d, _ in plan.skipped]) == wanted
    for day in plan.dates:
        assert term.holiday_name(day) is None
        assert cohort.start_date <= day <= cohort.end_date
