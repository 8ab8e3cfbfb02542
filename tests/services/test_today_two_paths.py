"""The Today screen read in plain SQL (`first_screen.today`, so that the window opens without the
models) and the same screen put together from the ORM services the Rotation and Schedule tabs use
(`rotation.get_rotation`, `mornings.list_mornings`) agree on every date of the demo cohorts: the
delegate, her deputy, the remark, the warning when she can no longer do it, sale day, the schedule
lines (titles and kind names), the next delegate and the lots soon out of date (the Stock window's
list, app/services/kitchen/stock.py).

The Rotation tab's `get_rotation(session, cohort, today)` is
`read_plan(session, cohort).as_of(today)`: the plan is read once per cohort here and seen from each
date (tests/services/test_rotation_plan.py shows that both equal the rotation read again for each
day).

(The checklist, open tasks and handovers have one implementation, in `first_screen`, which the
writing services also read: there is no second path to compare.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo.delegate import DEMO_TODAY
from app.services.delegate.rotation_plan import StoredPlan, read_plan
from app.services.people import cohorts
from app.services.schedule import mornings
from app.services.today import first_screen
from app.services.today.day_records import MorningLine
from tests.services.rotation_departures import depart
from tests.services.stock_fixtures import soon_from_the_lots


def screen_from_first_screen(session, cohort_id: int, date: dt.date) -> dict:
    info = first_screen.today(session, cohort_id, date)
    return {
        "working_day": info.working_day,
        "delegate": (info.delegate_id, info.delegate_name),
        "deputy": info.deputy_name,
        "problem": info.problem,
        "warning": info.warning,
        "is_sale": info.is_sale,
        "schedule": info.schedule,
        "next_day": info.next_day,
        "has_plan": info.has_plan,
        "soon_out_of_date": info.soon_out_of_date,
    }


def screen_from_services(session, cohort_id: int, date: dt.date, plan: StoredPlan) -> dict:
    """The same screen as the Rotation tab (with `date` as today) and the Schedule see it."""
    days = {d.date: d for d in plan.as_of(date).days}
    day = days.get(date)
    schedule = [
        MorningLine(m.start_time, m.end_time, m.kind, m.title, m.place)
        for m in mornings.list_mornings(session, cohort_id, date, date)
    ]
    following = min((d for d in days if d > date), default=None)
    return {
        "working_day": day is not None or bool(schedule),
        "delegate": (day.delegate_id, day.delegate_name) if day else (None, ""),
        "deputy": day.deputy_name if day else "",
        "problem": day.problem if day else "",
        "warning": day.warning if day else "",
        "is_sale": day.is_sale if day else any(m.kind == "sale" for m in schedule),
        "schedule": schedule,
        "next_day": days[following] if following else None,
        "has_plan": bool(days),
        "soon_out_of_date": soon_from_the_lots(session, cohort_id, date),
    }


def every_date(cohort) -> list[dt.date]:
    return [
        cohort.start_date + dt.timedelta(days=n)
        for n in range((cohort.end_date - cohort.start_date).days + 1)
    ]


def compare_every_date(session) -> list[str]:
    """Checks both paths on every date of every cohort; returns the warnings seen."""
    warnings = []
    for cohort in cohorts.list_cohorts(session):
        plan = read_plan(session, cohort.id)
        for date in every_date(cohort):
            expected = screen_from_services(session, cohort.id, date, plan)
            assert screen_from_first_screen(session, cohort.id, date) == expected, (
                cohort.name,
                date,
            )
            warnings += [expected["warning"]] if expected["warning"] else []
    return warnings


def test_both_paths_give_the_same_today_screen_on_every_demo_date(demo_db):
    with demo_db.session() as session:
        assert len(cohorts.list_cohorts(session)) >= 2
        compare_every_date(session)
        # the demo's energy balls of Coopérative 2 come soon out of date on some day
        cohort = cohorts.find_cohort(session, "Coopérative 2")
        assert any(
            first_screen.today(session, cohort.id, date).soon_out_of_date
            for date in every_date(cohort)
        )


@pytest.fixture
def departures(demo_db):
    """Three delegates of cohort 2 can no longer do their days (rotation_departures.depart)."""
    with demo_db.session() as session:
        cohort_id, upcoming, ids = depart(session)
        names = {d.delegate_id: d.delegate_name for d in upcoming}
        return cohort_id, [names[i] for i in ids[:3]]


def test_both_paths_warn_alike_when_a_delegate_left_or_cannot_come(demo_db, departures):
    cohort_id, (left, deactivated, not_on_thursdays) = departures
    with demo_db.session() as session:
        warnings = compare_every_date(session)
        today = first_screen.today(session, cohort_id, DEMO_TODAY)
    assert left in today.warning and today.delegate_name == left
    for name in (left, deactivated, not_on_thursdays):
        assert any(name in w for w in warnings), name
