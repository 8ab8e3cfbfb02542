"""Attendance: statuses, hours attended per member and kind, rate, the 3-in-a-row alert."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.services.schedule import attendance
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput

D = dt.date


@pytest.fixture
def setup(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("C", D(2022, 9, 12), D(2022, 12, 16))
    )
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("Autre", D(2022, 9, 12), D(2022, 12, 16))
    )
    diane = members.create_person(session, members.PersonInput("Diane"), cohort.id)
    rania = members.create_person(session, members.PersonInput("Rania"), cohort.id)
    outsider = members.create_person(session, members.PersonInput("Olga"), other.id)
    kinds = ["theory", "kitchen", "theory", "sale", "theory"]
    mornings = [
        schedule.create_morning(
            session, cohort.id, MorningInput(D(2022, 9, 12) + dt.timedelta(days=i), kind=k)
        )
        for i, k in enumerate(kinds)
    ]
    return cohort, diane, rania, outsider, mornings


def test_hours_attended_count_present_and_late(session, setup):
    cohort, diane, rania, _, mornings = setup
    for morning, status in zip(mornings, ["present", "late", "excused", "present", "absent"]):
        attendance.set_attendance(session, morning.id, diane.id, status)
    attendance.set_attendance(session, mornings[0].id, rania.id, "absent")
    hours = attendance.hours_attended(session, cohort.id)
    assert hours == {diane.id: Decimal(9), rania.id: Decimal(0)}
    summary = attendance.member_summary(session, cohort.id, diane.id)
    assert summary.hours_by_kind["theory"] == Decimal(3)
    assert summary.hours_by_kind["kitchen"] == Decimal(3)
    assert summary.hours_by_kind["sale"] == Decimal(3)
    assert (summary.mornings_noted, summary.mornings_attended, summary.rate) == (5, 3, Decimal(60))
    assert not summary.needs_follow_up
    grid = attendance.attendance_grid(session, cohort.id)  # read once, as the Schedule tab does
    assert attendance.member_summaries(session, cohort.id, grid) == (
        attendance.member_summaries(session, cohort.id)
    )


def test_noting_attendance_marks_the_morning_done(session, setup):
    cohort, diane, _, _, mornings = setup
    before = attendance.set_attendance(session, mornings[0].id, diane.id, "present")
    assert before is None
    assert schedule.get_morning(session, mornings[0].id).status == "done"
    assert attendance.set_attendance(session, mornings[0].id, diane.id, "late") == "present"
    assert attendance.set_attendance(session, mornings[0].id, diane.id, None) == "late"
    assert attendance.attendance_grid(session, cohort.id).status(mornings[0].id, diane.id) is None


def test_three_missed_in_a_row_raise_a_gentle_alert(session, setup):
    cohort, diane, rania, _, mornings = setup
    for morning, status in zip(mornings, ["present", "absent", "excused", "absent", "present"]):
        attendance.set_attendance(session, morning.id, rania.id, status)
    for morning, status in zip(mornings, ["absent", "absent", "present", "absent", "absent"]):
        attendance.set_attendance(session, morning.id, diane.id, status)
    alerts = attendance.follow_up_alerts(session, cohort.id)
    assert alerts == ["Rania a manqué 3 matinées de suite : prenez de ses nouvelles."]


def test_attendance_for_a_person_outside_the_cohort_is_refused(session, setup):
    cohort, _, _, outsider, mornings = setup
    with pytest.raises(ValidationError) as error:
        attendance.set_attendance(session, mornings[0].id, outsider.id, "present")
    assert error.value.field == "person"
    assert attendance.attendance_grid(session, cohort.id).cells == {}
    assert schedule.get_morning(session, mornings[0].id).status == "planned"


def test_unknown_status_and_cancelled_morning_are_refused(session, setup):
    _, diane, _, _, mornings = setup
    with pytest.raises(ValidationError):
        attendance.set_attendance(session, mornings[0].id, diane.id, "sleeping")
    schedule.set_status(session, mornings[1].id, "cancelled")
    with pytest.raises(ValidationError):
        attendance.set_attendance(session, mornings[1].id, diane.id, "present")


def test_mark_all_present_only_fills_the_gaps(session, setup):
    cohort, diane, rania, _, mornings = setup
    attendance.set_attendance(session, mornings[0].id, diane.id, "absent")
    assert attendance.mark_all_present(session, mornings[0].id) == [rania.id]
    grid = attendance.attendance_grid(session, cohort.id)
    assert grid.status(mornings[0].id, diane.id) == "absent"
    assert grid.status(mornings[0].id, rania.id) == "present"


def test_record_attendance_checks_everyone_before_writing(session, setup):
    cohort, diane, rania, outsider, mornings = setup
    with pytest.raises(ValidationError):
        attendance.record_attendance(
            session, mornings[0].id, {diane.id: "present", outsider.id: "present"}
        )
    assert attendance.attendance_grid(session, cohort.id).cells == {}
    attendance.record_attendance(session, mornings[0].id, {diane.id: "late", rania.id: "absent"})
    assert attendance.hours_attended(session, cohort.id) == {
        diane.id: Decimal(3),
        rania.id: Decimal(0),
    }
    assert schedule.get_morning(session, mornings[0].id).status == "done"


def test_attendance_after_she_left_is_refused(session, setup):
    cohort, diane, _, _, mornings = setup
    members.leave_cohort(session, diane.id, cohort.id, D(2022, 9, 13))
    attendance.set_attendance(session, mornings[1].id, diane.id, "present")  # 13/09, her last day
    with pytest.raises(ValidationError) as error:
        attendance.set_attendance(session, mornings[2].id, diane.id, "present")
    assert "ce jour-là" in error.value.message
    with pytest.raises(ValidationError):
        attendance.record_attendance(session, mornings[3].id, {diane.id: "absent"})


STATUS = st.sampled_from([None, "present", "late", "excused", "absent"])


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(statuses=st.lists(STATUS, min_size=5, max_size=5))
def test_hours_and_rate_follow_the_statuses(session, setup, statuses):
    cohort, diane, _, _, mornings = setup
    for morning, status in zip(mornings, statuses):
        attendance.set_attendance(session, morning.id, diane.id, status)
    summary = attendance.member_summary(session, cohort.id, diane.id)
    attended = sum(1 for s in statuses if s in ("present", "late"))
    noted = sum(1 for s in statuses if s is not None)
    assert summary.hours_total == Decimal(3 * attended)
    # planned: the mornings she was expected at, whatever she did there
    assert summary.planned_total == Decimal(3 * noted) >= summary.hours_total
    assert sum(summary.hours_by_kind.values()) == summary.hours_total
    assert attendance.hours_attended(session, cohort.id)[diane.id] == summary.hours_total
    assert summary.rate == (
        None if noted == 0 else (Decimal(100) * attended / noted).quantize(Decimal(1))
    )
    assert summary.missed_in_a_row <= noted - attended


def test_the_grid_from_the_mornings_read_by_the_caller_is_the_same(session, setup):
    """The Schedule tab passes the mornings it listed, cancelled ones included: the grid leaves
    them out as when it reads the mornings itself."""
    cohort, diane, rania, _outsider, mornings = setup
    attendance.set_attendance(session, mornings[0].id, diane.id, "present")
    attendance.set_attendance(session, mornings[2].id, rania.id, "absent")
    schedule.set_status(session, mornings[1].id, "cancelled")
    listed = schedule.list_mornings(session, cohort.id)
    read_here = attendance.attendance_grid(session, cohort.id)
    passed = attendance.attendance_grid(session, cohort.id, listed)
    assert [m.id for m in passed.mornings] == [mornings[i].id for i in (0, 2, 3, 4)]
    assert passed == read_here
    assert passed.cells == {
        (mornings[0].id, diane.id): "present",
        (mornings[2].id, rania.id): "absent",
    }
