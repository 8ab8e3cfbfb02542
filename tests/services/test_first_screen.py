"""The reads of the window around the tabs (app/services/today/first_screen.py), in plain SQL,
agree with what the services wrote; the Today screen's reads are tested in test_delegate_day.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Numeric

from app.services.people import cohorts, cooperative, members
from app.services.people.cohorts import CohortInput
from app.services.people.cooperative import CooperativeInfo
from app.services.schedule import attendance, mornings
from app.services.today import first_screen


def test_the_cooperative_name_is_none_until_the_cooperative_is_described(session):
    assert first_screen.cooperative_name(session) is None
    cooperative.save_cooperative(session, CooperativeInfo("Coopér'Actives Liège"))
    assert first_screen.cooperative_name(session) == "Coopér'Actives Liège"


def test_cohort_choices_list_the_newest_first_like_the_cohort_service(session):
    first = cohorts.create_cohort(
        session, CohortInput("Coopérative 1", dt.date(2022, 5, 2), dt.date(2022, 7, 29))
    )
    second = cohorts.create_cohort(
        session, CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    same_start = cohorts.create_cohort(
        session, CohortInput("Coopérative 2 bis", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    expected = [
        (same_start.id, "Coopérative 2 bis"),  # same start: the one created last first
        (second.id, "Coopérative 2"),
        (first.id, "Coopérative 1"),
    ]
    assert first_screen.cohort_choices(session) == expected
    assert [(c.id, c.name) for c in cohorts.list_cohorts(session)] == expected


def test_the_window_opens_on_the_cohort_running_today_not_on_one_prepared_for_later(session):
    assert first_screen.cohort_of_the_day(session, dt.date(2022, 10, 3)) is None
    spring = cohorts.create_cohort(
        session, CohortInput("Coopérative 1", dt.date(2022, 5, 2), dt.date(2022, 7, 29))
    )
    autumn = cohorts.create_cohort(
        session, CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    later = cohorts.create_cohort(
        session, CohortInput("Coopérative 3", dt.date(2023, 1, 16), dt.date(2023, 4, 28))
    )
    by_day = {
        dt.date(2022, 4, 1): spring.id,  # before any: the first to come
        dt.date(2022, 6, 1): spring.id,
        dt.date(2022, 8, 15): spring.id,  # between two: the one that ended last
        dt.date(2022, 10, 3): autumn.id,  # the newest cohort starts later: the running one
        dt.date(2022, 12, 16): autumn.id,
        dt.date(2023, 1, 16): later.id,
        dt.date(2026, 12, 1): later.id,  # nothing noted anywhere: the latest begun
    }
    assert {day: first_screen.cohort_of_the_day(session, day) for day in by_day} == by_day
    # Once the autumn cohort's attendance is noted, it is the one that ran: long after every
    # cohort, the window opens on it rather than on one that was only prepared.
    member = members.create_person(session, members.PersonInput("Diane"), autumn.id).id
    morning = mornings.create_morning(
        session, autumn.id, mornings.MorningInput(dt.date(2022, 10, 3))
    )
    attendance.set_attendance(session, morning.id, member, "present")
    assert first_screen.cohort_of_the_day(session, dt.date(2026, 12, 1)) == autumn.id
    assert first_screen.cohort_of_the_day(session, dt.date(2023, 2, 1)) == later.id  # running


def test_no_delegate_without_a_cohort_or_a_plan(session):
    cohort = cohorts.create_cohort(
        session, CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    assert first_screen.delegate_name_on(session, None, dt.date(2022, 9, 12)) == ""
    assert first_screen.delegate_name_on(session, cohort.id, dt.date(2022, 9, 12)) == ""
    assert first_screen.day_of(session, cohort.id, dt.date(2022, 9, 12)) is None


def test_the_queries_share_one_instance_of_each_column_type():
    # SQLAlchemy adapts a type instance to the dialect once: a type named by its class in each
    # query was a new instance, adapted again at each query's first result (the first Today).
    one = first_screen._sql("SELECT 1 AS d, 2 AS n", d=Date, n=Numeric(12, 3))
    two = first_screen._sql(
        "SELECT 1 AS d, 2 AS n, 3 AS m WHERE :date", d=Date, n=Numeric(12, 3), m=Numeric(5, 1)
    )
    assert one.selected_columns.d.type is two.selected_columns.d.type
    assert one.selected_columns.n.type is two.selected_columns.n.type
    assert two.selected_columns.m.type is not two.selected_columns.n.type
    assert (two.selected_columns.m.type.precision, two.selected_columns.m.type.scale) == (5, 1)
    assert two.element._bindparams["date"].type is one.selected_columns.d.type  # :date bound
