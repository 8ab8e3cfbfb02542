"""The rotation read once per cohort (`rotation_plan.read_plan`, then `as_of` each day) gives
exactly what the rotation gave when it was read again, query by query, for each day
(tests/services/rotation_reference.py): on the demo, after departures, deactivations and
unavailability, and on generated cohorts."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo.delegate import DEMO_TODAY
from app.services.delegate import rotation
from app.services.delegate.rotation_plan import read_plan
from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.vocab.people import Gender
from tests.services.rotation_departures import depart
from tests.services.rotation_reference import reference_candidates, reference_rotation

START = dt.date(2022, 9, 12)  # a Monday
END = dt.date(2022, 9, 30)


def days_that_matter(session, cohort_id, every: int) -> list[dt.date | None]:
    """No day, and days where the result changes (between two planned days nothing does): the
    day before the first planned day, every `every`th one and the day after the last."""
    dates = [d.date for d in reference_rotation(session, cohort_id).days]
    if not dates:
        return [None, START]
    one = dt.timedelta(days=1)
    return [None, dates[0] - one, *dates[::every], dates[-1] + one]


def assert_same_as_before(session, cohort_id, every: int = 1) -> int:
    """Both readings agree on the days that matter; returns how many were compared."""
    plan = read_plan(session, cohort_id)
    assert rotation.candidates(session, cohort_id) == reference_candidates(session, cohort_id)
    days = days_that_matter(session, cohort_id, every)
    for today in days:
        before = reference_rotation(session, cohort_id, today)
        assert rotation.get_rotation(session, cohort_id, today) == before, today
        assert plan.as_of(today) == before, today
    return len(days)


def test_the_demo_reads_as_before(demo_db):
    with demo_db.session() as session:
        compared = [
            assert_same_as_before(session, c.id, every=4) for c in cohorts.list_cohorts(session)
        ]
    assert sorted(compared)[-2] > 10  # two cohorts with a plan (the third has none)


def test_departures_and_unavailability_read_as_before(demo_db):
    with demo_db.session() as session:
        cohort_id, upcoming, ids = depart(session)
        her_day = next(d.date for d in upcoming if d.delegate_id == ids[3])
        rotation.add_unavailability(session, cohort_id, ids[3], on_date=her_day)
        info = rotation.get_rotation(session, cohort_id, DEMO_TODAY)
        # the four of them are warned about, and only from today on
        assert {d.delegate_id for d in info.days if d.warning} == set(ids[:4])
        assert all(d.date >= DEMO_TODAY for d in info.days if d.warning)
        assert_same_as_before(session, cohort_id, every=3)


NAMES = ("Amina", "Diane", "Nadia", "Rania", "Samira", "Fatou")
CHANGES = st.lists(
    st.tuples(
        st.sampled_from(("leave", "deactivate", "weekday", "date", "absent", "manual", "moved")),
        st.integers(0, 5),  # whom
        st.integers(0, 18),  # which day (from START)
    ),
    max_size=6,
)


def generated_cohort(session, genders, joins, weekdays):
    cohort = cohorts.create_cohort(session, cohorts.CohortInput("Coopérative G", START, END))
    ids = []
    for name, gender, join in zip(NAMES, genders, joins, strict=False):
        person = members.create_person(session, members.PersonInput(name, gender=gender))
        members.add_to_cohort(session, person.id, cohort.id, START + dt.timedelta(days=join))
        ids.append(person.id)
    rotation.plan_cohort(session, cohort.id, START, weekdays=weekdays)
    return cohort.id, ids


def apply(session, cohort_id, ids, change) -> None:
    kind, whom, offset = change
    person_id, day = ids[whom % len(ids)], START + dt.timedelta(days=offset)
    try:
        if kind == "leave":  # the People tab: her days are not given to others
            members.leave_cohort(session, person_id, cohort_id, day)
        elif kind == "deactivate":
            members.set_active(session, person_id, False)
        elif kind == "weekday":
            rotation.add_unavailability(session, cohort_id, person_id, weekday=offset % 7)
        elif kind == "date":
            rotation.add_unavailability(session, cohort_id, person_id, on_date=day)
        elif kind == "absent":
            rotation.mark_absent(session, cohort_id, day, "malade", START)
        elif kind == "manual":
            rotation.set_delegate(session, cohort_id, day, person_id, "", START)
        else:  # the Rotation tab: her days go to others
            rotation.member_leaves(session, cohort_id, person_id, day)
    except ValidationError:
        pass


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    genders=st.lists(st.sampled_from(list(Gender)), min_size=2, max_size=6),
    joins=st.lists(st.sampled_from((0, 0, 0, 4, 9)), min_size=6, max_size=6),
    weekdays=st.sampled_from(((0, 1, 2, 3, 4), (0, 2, 4), (1, 3))),
    changes=CHANGES,
)
def test_generated_cohorts_read_as_before(db, genders, joins, weekdays, changes):
    with db.session() as session:
        cohort_id, ids = generated_cohort(session, genders, joins, weekdays)
        for change in changes:
            apply(session, cohort_id, ids, change)
        assert_same_as_before(session, cohort_id)
        session.rollback()
