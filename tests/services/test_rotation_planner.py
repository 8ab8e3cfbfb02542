"""The pure rotation planner: hand-computed plans, and properties on random cohorts (hypothesis)
checked against a brute force over every possible plan of small cohorts."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.delegate.planner import (
    Candidate,
    FixedDay,
    PlanDay,
    back_to_back_count,
    plan_rotation,
)

MONDAY = dt.date(2022, 9, 12)


def working_days(count: int, sale_every: int = 0) -> list[PlanDay]:
    """Mondays to Fridays from MONDAY, every `sale_every`-th one a sale day."""
    days, date = [], MONDAY
    while len(days) < count:
        if date.weekday() < 5:
            days.append(
                PlanDay(date, bool(sale_every) and len(days) % sale_every == sale_every - 1)
            )
        date += dt.timedelta(days=1)
    return days


def test_four_members_ten_days_by_hand():
    # 10 days, 4 members: 10 = 3 + 3 + 2 + 2; Wednesday is childcare day for member 4.
    days = working_days(10)
    members = [
        Candidate(1),
        Candidate(2),
        Candidate(3),
        Candidate(4, unavailable_weekdays=frozenset({2})),
    ]
    plan = plan_rotation(days, members)
    assert sorted(plan.turns.values()) == [2, 2, 3, 3]
    assert plan.spread == 1
    assert plan.back_to_back == 0
    for a in plan.assignments:
        assert not (a.delegate_id == 4 and a.date.weekday() == 2)
        assert a.deputy_id is not None and a.deputy_id != a.delegate_id


def test_day_with_nobody_available_is_flagged_not_skipped():
    days = working_days(3)
    wednesday = days[2].date
    members = [
        Candidate(1, unavailable_dates=frozenset({wednesday})),
        Candidate(2, unavailable_weekdays=frozenset({2})),
    ]
    plan = plan_rotation(days, members)
    assert [a.date for a in plan.assignments] == [d.date for d in days]
    (gap,) = plan.gaps
    assert gap.date == wednesday and gap.delegate_id is None and gap.unavailable == (1, 2)
    assert plan.turns == {1: 1, 2: 1}


def test_fixed_days_are_kept_and_counted():
    days = working_days(6)
    fixed = [FixedDay(days[0].date, 1), FixedDay(days[1].date, 1)]
    plan = plan_rotation(days, [Candidate(1), Candidate(2), Candidate(3)], fixed)
    assert [a.delegate_id for a in plan.assignments[:2]] == [1, 1]
    assert plan.assignments[0].fixed and not plan.assignments[2].fixed
    # member 1 already has 2 turns: the 4 other days go 2 and 2 to members 2 and 3
    assert plan.turns == {1: 2, 2: 2, 3: 2}


def test_first_time_delegate_gets_an_experienced_deputy():
    days = working_days(2)
    plan = plan_rotation(days, [Candidate(1), Candidate(2), Candidate(3)], prior_turns={3: 2})
    first, second = plan.assignments
    assert first.delegate_id != 3 and first.deputy_id == 3  # the only one with experience
    # the second day's delegate is new too; her deputy has been delegate already (3 or day 1's)
    assert second.deputy_id in {3, first.delegate_id} - {second.delegate_id}


def test_sale_days_are_shared_fairly():
    days = working_days(12, sale_every=2)  # 6 sale days, 3 members: 2 each
    plan = plan_rotation(days, [Candidate(1), Candidate(2), Candidate(3)])
    assert plan.sale_turns == {1: 2, 2: 2, 3: 2}
    assert plan.turns == {1: 4, 2: 4, 3: 4}


# --- properties -------------------------------------------------------------------------------
@st.composite
def small_cohorts(draw):
    day_count = draw(st.integers(1, 7))
    member_count = draw(st.integers(1, 4))
    days = working_days(day_count, sale_every=draw(st.sampled_from([0, 2, 3])))
    members = []
    for person_id in range(1, member_count + 1):
        off_dates = draw(st.sets(st.sampled_from([d.date for d in days]), max_size=3))
        off_weekdays = draw(st.sets(st.integers(0, 4), max_size=2))
        members.append(
            Candidate(
                person_id,
                unavailable_dates=frozenset(off_dates),
                unavailable_weekdays=frozenset(off_weekdays),
            )
        )
    return days, members


def every_plan(days, members):
    """All complete plans (each day with an available member), as tuples of person ids."""
    options = [[m.person_id for m in members if m.available_on(d.date)] for d in days]
    choosable = [i for i, o in enumerate(options) if o]
    for combination in itertools.product(*(options[i] for i in choosable)):
        yield dict(zip(choosable, combination, strict=True))


def spread_of(choice, members, could):
    counts = {m.person_id: 0 for m in members if m.person_id in could}
    for person_id in choice.values():
        counts[person_id] += 1
    return max(counts.values()) - min(counts.values()) if counts else 0


@settings(max_examples=60, deadline=None)
@given(small_cohorts())
def test_unavailability_never_violated_and_spread_minimal(cohort):
    days, members = cohort
    plan = plan_rotation(days, members)
    by_id = {m.person_id: m for m in members}
    for a in plan.assignments:
        if a.delegate_id is None:
            assert not any(m.available_on(a.date) for m in members)  # a real gap, explained
            assert a.unavailable
        else:
            assert by_id[a.delegate_id].available_on(a.date)
        if a.deputy_id is not None:
            assert by_id[a.deputy_id].available_on(a.date) and a.deputy_id != a.delegate_id
    could = {m.person_id for m in members for d in days if m.available_on(d.date)}
    best = min(spread_of(choice, members, could) for choice in every_plan(days, members))
    assert plan.spread == best  # in particular ≤ 1 whenever a plan with spread ≤ 1 exists


@settings(max_examples=60, deadline=None)
@given(small_cohorts())
def test_no_back_to_back_when_avoidable(cohort):
    days, members = cohort
    plan = plan_rotation(days, members)
    if plan.back_to_back == 0:
        return
    # Among the plans that give every member the same turns (and sale turns), none avoids it.
    wanted = sorted((p, plan.turns[p], plan.sale_turns[p]) for p in plan.turns)
    for choice in every_plan(days, members):
        turns = {p: 0 for p in plan.turns}
        sales = {p: 0 for p in plan.turns}
        for i, p in choice.items():
            turns[p] += 1
            sales[p] += days[i].is_sale
        if sorted((p, turns[p], sales[p]) for p in turns) != wanted:
            continue
        ordered = [(days[i].date, p) for i, p in choice.items()]
        gaps = {d.date for i, d in enumerate(days) if i not in choice}
        pairs = sorted(ordered + [(g, None) for g in gaps])
        assert any(a[1] is not None and a[1] == b[1] for a, b in itertools.pairwise(pairs))


@settings(max_examples=40, deadline=None)
@given(small_cohorts(), st.randoms(use_true_random=False))
def test_deterministic_whatever_the_input_order(cohort, rnd):
    days, members = cohort
    first = plan_rotation(days, members)
    shuffled_days, shuffled_members = list(days), list(members)
    rnd.shuffle(shuffled_days)
    rnd.shuffle(shuffled_members)
    assert plan_rotation(shuffled_days, shuffled_members) == first


def test_no_back_to_back_on_a_full_session_without_constraints():
    days = working_days(36, sale_every=6)
    plan = plan_rotation(days, [Candidate(i) for i in range(1, 11)])
    assert plan.back_to_back == 0 == back_to_back_count(plan.assignments)
    assert sorted(plan.turns.values()) == [3, 3, 3, 3, 4, 4, 4, 4, 4, 4]


@settings(max_examples=40, deadline=None)
@given(small_cohorts(), st.data())
def test_kept_days_stay_and_count(cohort, data):
    days, members = cohort
    ids = [m.person_id for m in members]
    kept = data.draw(st.sets(st.sampled_from(range(len(days))), max_size=len(days)))
    fixed = [
        FixedDay(days[i].date, data.draw(st.sampled_from(ids)), None, days[i].is_sale)
        for i in sorted(kept)
    ]
    plan = plan_rotation(days, members, fixed)
    by_date = {a.date: a for a in plan.assignments}
    for f in fixed:
        assert by_date[f.date].delegate_id == f.delegate_id and by_date[f.date].fixed
    assert sorted(by_date) == sorted(d.date for d in days)
    counted = {p: 0 for p in plan.turns}
    for a in plan.assignments:
        if a.delegate_id in counted:
            counted[a.delegate_id] += 1
    assert counted == plan.turns
    for a in plan.assignments:
        if not a.fixed and a.delegate_id is not None:
            assert next(m for m in members if m.person_id == a.delegate_id).available_on(a.date)


def test_services_and_printing_do_not_import_qt():
    import subprocess
    import sys

    code = (
        "import sys, app.services.delegate.planner, app.services.delegate.rotation, "
        "app.services.delegate.handover, app.services.delegate.checklists, "
        "app.services.delegate.tasks, app.services.circles.circles, app.printing.rotation, "
        "app.demo.delegate, app.commands.delegate; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
