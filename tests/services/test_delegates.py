"""The stored rotation: planning from the schedule or weekdays, re-planning, swaps, absences,
departures, unavailability, and the history of changes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models.rotation import RotationChange
from app.models.schedule import Morning
from app.services.delegate import rotation
from app.services.errors import ValidationError
from app.services.people import cohorts, members

START = dt.date(2022, 9, 12)  # a Monday


def make_cohort(session, names=("Amina", "Diane", "Nadia", "Rania"), end=dt.date(2022, 9, 30)):
    cohort = cohorts.create_cohort(session, cohorts.CohortInput("Coopérative 2", START, end))
    ids = {}
    for name in names:
        ids[name] = members.create_person(session, members.PersonInput(name), cohort.id).id
    return cohort.id, ids


def by_date(info):
    return {d.date: d for d in info.days}


def test_weekdays_without_schedule_skip_public_holidays(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("C", dt.date(2022, 10, 31), dt.date(2022, 11, 4))
    )
    days = rotation.working_days(session, cohort.id, (0, 1, 2, 3, 4))
    # 1 November (All Saints) is a Belgian public holiday
    assert [d.date.day for d in days] == [31, 2, 3, 4]
    assert not any(d.from_schedule for d in days)


def test_schedule_mornings_are_the_working_days_and_sale_days(session):
    cohort_id, _ids = make_cohort(session)
    for day, kind in ((12, "theory"), (14, "kitchen"), (14, "sale"), (20, "theory")):
        session.add(Morning(cohort_id=cohort_id, date=dt.date(2022, 9, day), kind=kind))
    session.flush()
    days = rotation.working_days(session, cohort_id, (0,))
    assert [(d.date.day, d.is_sale, d.from_schedule) for d in days] == [
        (12, False, True),
        (14, True, True),
        (20, False, True),
    ]


def test_plan_is_fair_and_respects_wednesday_childcare(session):
    cohort_id, ids = make_cohort(session)
    rotation.add_unavailability(session, cohort_id, ids["Amina"], weekday=2, reason="crèche")
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 2, 3, 4))
    # 15 working days for 4 members: 4, 4, 4, 3
    assert len(info.days) == 15
    assert sorted(f.turns for f in info.fairness) == [3, 4, 4, 4]
    assert info.spread == 1 and info.gaps == 0 and info.back_to_back == 0
    for day in info.days:
        if day.date.weekday() == 2:
            assert day.delegate_id != ids["Amina"]
    changes = rotation.list_changes(session, cohort_id)
    assert changes[0].kind == "plan"


def test_nobody_available_is_flagged_with_the_reason(session):
    cohort_id, ids = make_cohort(session, names=("Amina", "Diane"))
    for name in ("Amina", "Diane"):
        rotation.add_unavailability(session, cohort_id, ids[name], on_date=dt.date(2022, 9, 13))
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    gap = by_date(info)[dt.date(2022, 9, 13)]
    assert gap.delegate_id is None
    assert "Amina" in gap.problem and "Diane" in gap.problem
    assert info.gaps == 1


def test_replan_keeps_past_and_published_days(session):
    cohort_id, ids = make_cohort(session)
    first = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    rotation.publish(session, cohort_id)
    # a later change of mind: Nadia can never come on Thursdays
    rotation.add_unavailability(session, cohort_id, ids["Nadia"], weekday=3)
    kept = rotation.plan_cohort(session, cohort_id, dt.date(2022, 9, 19), weekdays=(0, 1, 3))
    assert [d.delegate_id for d in kept.days] == [d.delegate_id for d in first.days]
    replanned = rotation.plan_cohort(
        session, cohort_id, dt.date(2022, 9, 19), weekdays=(0, 1, 3), keep_published=False
    )
    before = by_date(first)
    for day in replanned.days:
        if day.date < dt.date(2022, 9, 19):
            assert day.delegate_id == before[day.date].delegate_id
        elif day.date.weekday() == 3:
            assert day.delegate_id != ids["Nadia"]


def test_a_replanning_is_undone_by_putting_the_plan_back(session):
    cohort_id, _ids = make_cohort(session)
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    rotation.publish(session, cohort_id)
    first = rotation.get_rotation(session, cohort_id).days
    # Planned again on other weekdays (other dates), published days included.
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 2), keep_published=False)
    rotation.put_plan_back(session, cohort_id, first, undo=True)
    again = rotation.get_rotation(session, cohort_id).days
    assert again == first  # the same days, delegates, deputies, publication and problems
    assert [c.kind for c in rotation.list_changes(session, cohort_id)][:3] == [
        "plan",
        "plan",
        "plan",
    ]


def test_swap_two_days_with_reason_and_history(session):
    cohort_id, _ids = make_cohort(session)
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    day = info.days[0]
    other = next(d for d in info.days if d.delegate_id not in (None, day.delegate_id))
    mine, theirs = rotation.swap_days(
        session, cohort_id, day.date, other.delegate_id, "rendez-vous médical", START, other.date
    )
    assert mine.delegate_id == other.delegate_id and theirs.delegate_id == day.delegate_id
    for swapped in (mine, theirs):  # a deputy who became delegate is replaced by another one
        assert swapped.deputy_id is not None and swapped.deputy_id != swapped.delegate_id
    after = rotation.get_rotation(session, cohort_id)
    assert [f.turns for f in after.fairness] == [f.turns for f in info.fairness]
    change = rotation.list_changes(session, cohort_id)[0]
    assert (change.kind, change.reason, change.date, change.other_date) == (
        "swap",
        "rendez-vous médical",
        day.date,
        other.date,
    )
    assert change.before_name == day.delegate_name and change.after_name == other.delegate_name


def test_swap_refuses_oneself_inactive_and_past(session):
    cohort_id, ids = make_cohort(session)
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    day = info.days[1]
    count = session.query(RotationChange).count()
    with pytest.raises(ValidationError) as error:
        rotation.swap_days(session, cohort_id, day.date, day.delegate_id, "", START)
    assert error.value.field == "other" and "elle-même" in error.value.message
    someone = next(i for i in ids.values() if i != day.delegate_id)
    members.set_active(session, someone, False)
    with pytest.raises(ValidationError) as error:
        rotation.swap_days(session, cohort_id, day.date, someone, "", START)
    assert "active" in error.value.message
    with pytest.raises(ValidationError) as error:
        rotation.swap_days(session, cohort_id, START, someone, "", dt.date(2022, 9, 20))
    assert "passé" in error.value.message
    assert session.query(RotationChange).count() == count


def test_absent_delegate_is_replaced_by_her_deputy_else_least_served(session):
    cohort_id, ids = make_cohort(session)
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    day = info.days[2]
    assert day.deputy_id is not None
    replaced = rotation.mark_absent(session, cohort_id, day.date, "enfant malade", START)
    assert replaced.delegate_id == day.deputy_id
    assert replaced.deputy_id not in (None, day.delegate_id, day.deputy_id)
    # a day whose deputy is unavailable: the least-served available member replaces
    day2 = info.days[4]
    rotation.add_unavailability(session, cohort_id, day2.deputy_id, on_date=day2.date)
    turns = {f.person_id: f.turns for f in rotation.get_rotation(session, cohort_id).fairness}
    replaced2 = rotation.mark_absent(session, cohort_id, day2.date, "", START)
    options = [p for p in ids.values() if p not in (day2.delegate_id, day2.deputy_id)]
    assert turns[replaced2.delegate_id] == min(turns[p] for p in options)
    kinds = [c.kind for c in rotation.list_changes(session, cohort_id)]
    assert kinds[:2] == ["absence", "absence"]


def test_member_who_leaves_has_her_future_days_reassigned(session):
    cohort_id, ids = make_cohort(session)
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    leave = dt.date(2022, 9, 19)
    moved = rotation.member_leaves(session, cohort_id, ids["Rania"], leave, "a trouvé un travail")
    info = rotation.get_rotation(session, cohort_id)
    assert moved
    for day in info.days:
        if day.date >= leave:
            assert ids["Rania"] not in (day.delegate_id, day.deputy_id)
            assert day.delegate_id is not None
    logged = [c for c in rotation.list_changes(session, cohort_id) if c.kind == "departure"]
    assert sorted(c.date for c in logged) == sorted(moved)
    # counts updated: the 9 working days are shared among all, Rania only before she left
    assert sum(f.turns for f in info.fairness) == len(info.days)


def test_unavailability_needs_a_date_or_a_weekday(session):
    cohort_id, ids = make_cohort(session)
    with pytest.raises(ValidationError) as error:
        rotation.add_unavailability(session, cohort_id, ids["Amina"])
    assert error.value.field == "when"
    assert rotation.list_unavailability(session, cohort_id) == []
    info = rotation.add_unavailability(session, cohort_id, ids["Amina"], weekday=2, reason="crèche")
    assert info.when == "chaque mercredi"
    rotation.remove_unavailability(session, info.id)
    assert session.scalars(select(RotationChange)).all() == []


def test_manual_choice_fills_a_gap(session):
    cohort_id, ids = make_cohort(session, names=("Amina", "Diane"))
    for name in ("Amina", "Diane"):
        rotation.add_unavailability(session, cohort_id, ids[name], on_date=dt.date(2022, 9, 13))
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    with pytest.raises(ValidationError):
        rotation.set_delegate(session, cohort_id, dt.date(2022, 9, 13), ids["Amina"], "", START)
    rotation.remove_unavailability(session, rotation.list_unavailability(session, cohort_id)[0].id)
    day = rotation.set_delegate(
        session, cohort_id, dt.date(2022, 9, 13), ids["Amina"], "revenue", START
    )
    assert day.delegate_name == "Amina" and day.problem == ""


def test_days_of_a_deactivated_member_are_flagged_until_replaced(session):
    cohort_id, ids = make_cohort(session)
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1, 3))
    today = dt.date(2022, 9, 19)
    members.set_active(session, ids["Diane"], False)
    info = rotation.get_rotation(session, cohort_id, today)
    flagged = [d for d in info.days if d.warning]
    assert flagged and all(d.delegate_id == ids["Diane"] and d.date >= today for d in flagged)
    assert "Diane" in flagged[0].warning and flagged[0].needs_attention
    past = [d for d in info.days if d.delegate_id == ids["Diane"] and d.date < today]
    assert all(not d.warning for d in past)  # history stays as it was
    for day in flagged:
        rotation.mark_absent(session, cohort_id, day.date, "désactivée", today)
    assert not any(d.warning for d in rotation.get_rotation(session, cohort_id, today).days)
