"""Sub-groups in the schedule: two sub-groups' mornings may overlap; who is expected at a morning
(one function, app/services/schedule/expected.py) drives attendance, hours and prerequisites per
member; a sub-group or a sub-group morning with no member is refused at its field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete

from app.models.schedule import SubgroupMember
from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.services.schedule import attendance, modules, prerequisites, subgroups
from app.services.schedule import mornings as schedule
from app.services.schedule.expected import expected_members_of_morning
from app.services.schedule.mornings import MorningInput

MON = dt.date(2022, 10, 10)
TUE, WED, THU, FRI = (MON + dt.timedelta(days=i) for i in range(1, 5))


def make_cohort(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 3", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    ids = {
        name: members.create_person(session, members.PersonInput(name), cohort.id).id
        for name in ("Amina", "Binta", "Chloé", "Dina")
    }
    it_a = subgroups.create_subgroup(
        session, cohort.id, "Informatique A", [ids["Amina"], ids["Binta"]]
    )
    it_b = subgroups.create_subgroup(
        session, cohort.id, "Informatique B", [ids["Chloé"], ids["Dina"]]
    )
    return cohort.id, ids, it_a.id, it_b.id


def morning(session, cohort_id, day, subgroup_id=None, start=9, end=12, **kw):
    data = MorningInput(day, dt.time(start), dt.time(end), subgroup_id=subgroup_id, **kw)
    return schedule.create_morning(session, cohort_id, data)


def test_a_sub_group_with_no_member_or_a_twin_name_is_refused(session):
    cohort_id, _ids, _a, _b = make_cohort(session)
    with pytest.raises(ValidationError) as error:
        subgroups.create_subgroup(session, cohort_id, "Comptabilité", [])
    assert error.value.field == "members"
    with pytest.raises(ValidationError) as error:
        subgroups.create_subgroup(session, cohort_id, "informatique a", [1])
    assert error.value.field == "name"
    assert [g.name for g in subgroups.list_subgroups(session, cohort_id)] == [
        "Informatique A",
        "Informatique B",
    ]


def test_two_sub_groups_overlap_but_a_sub_group_or_the_cohort_does_not_clash_with_itself(session):
    cohort_id, _ids, it_a, it_b = make_cohort(session)
    first = morning(session, cohort_id, TUE, it_a)
    second = morning(session, cohort_id, TUE, it_b)  # the other track, same hours
    assert (first.subgroup_name, second.subgroup_name) == ("Informatique A", "Informatique B")
    with pytest.raises(ValidationError) as error:
        morning(session, cohort_id, TUE, it_a, start=10, end=11)
    assert error.value.field == "start_time"
    with pytest.raises(ValidationError) as error:
        morning(session, cohort_id, TUE)  # the whole cohort is busy in both tracks
    assert error.value.field == "start_time"
    # Editing keeps the sub-group (it travels in the morning's input).
    moved = schedule.update_morning(
        session, first.id, MorningInput(**{**first.as_input().__dict__, "place": "Salle 2"})
    )
    assert moved.subgroup_id == it_a


def test_a_sub_group_morning_with_no_member_is_refused(session):
    cohort_id, _ids, it_a, _b = make_cohort(session)
    session.execute(delete(SubgroupMember).where(SubgroupMember.subgroup_id == it_a))
    session.expire_all()
    with pytest.raises(ValidationError) as error:
        morning(session, cohort_id, TUE, it_a)
    assert error.value.field == "subgroup_id"
    assert schedule.list_mornings(session, cohort_id) == []


def test_expected_members_attendance_and_hours_count_per_sub_group(session):
    cohort_id, ids, it_a, it_b = make_cohort(session)
    whole = morning(session, cohort_id, MON)
    track_a = morning(session, cohort_id, TUE, it_a)
    track_b = morning(session, cohort_id, TUE, it_b, start=9, end=11)
    names = lambda ms: [m.name for m in ms]  # noqa: E731
    assert names(expected_members_of_morning(session, whole.id)) == [
        "Amina",
        "Binta",
        "Chloé",
        "Dina",
    ]
    assert names(expected_members_of_morning(session, track_a.id)) == ["Amina", "Binta"]
    assert sorted(attendance.mark_all_present(session, track_a.id)) == sorted(
        [ids["Amina"], ids["Binta"]]
    )
    with pytest.raises(ValidationError) as error:
        attendance.set_attendance(session, track_a.id, ids["Chloé"], "present")
    assert error.value.field == "person"
    # said of "this person", not "elle": a sub-group may have men
    assert error.value.message == (
        "Cette matinée est pour un sous-groupe : cette personne n'en fait pas partie."
    )
    with pytest.raises(ValidationError):
        attendance.record_attendance(session, track_b.id, {ids["Amina"]: "present"})
    attendance.mark_all_present(session, whole.id)
    attendance.record_attendance(
        session, track_b.id, {ids["Chloé"]: "present", ids["Dina"]: "absent"}
    )
    hours = attendance.hours_attended(session, cohort_id)
    # Amina: 3 h (whole) + 3 h (track A); Chloé: 3 h + 2 h (track B); Dina missed track B.
    assert hours == {
        ids["Amina"]: Decimal("6.00"),
        ids["Binta"]: Decimal("6.00"),
        ids["Chloé"]: Decimal("5.00"),
        ids["Dina"]: Decimal("3.00"),
    }
    dina = attendance.member_summary(session, cohort_id, ids["Dina"])
    assert (dina.mornings_noted, dina.mornings_attended, dina.planned_total) == (
        2,
        1,
        Decimal("5.00"),
    )
    grid = attendance.attendance_grid(session, cohort_id)
    by_id = {m.id: m for m in grid.members}
    track_a_info = next(m for m in grid.mornings if m.id == track_a.id)
    assert grid.expected(track_a_info, by_id[ids["Binta"]])
    assert not grid.expected(track_a_info, by_id[ids["Dina"]])


def test_prerequisites_count_per_member_from_her_sub_group(session):
    cohort_id, _ids, it_a, it_b = make_cohort(session)
    computing = modules.create_module(session, "Informatique")
    accounts = modules.create_module(session, "Comptabilité")
    prerequisites.add_prerequisite(session, computing.id, module_id=accounts.id)
    morning(session, cohort_id, TUE, it_a, module_id=computing.id)
    morning(session, cohort_id, THU, it_b, module_id=computing.id)
    ready = morning(session, cohort_id, WED, it_a, module_id=accounts.id)
    too_soon = morning(session, cohort_id, WED, it_b, module_id=accounts.id)
    issues = prerequisites.check_prerequisites(session, cohort_id)
    assert [(i.morning_id, i.required_on) for i in issues] == [(too_soon.id, THU)]
    assert ready.id not in {i.morning_id for i in issues}
    # A morning of the whole cohort needs both tracks to have had it: on Friday they have.
    whole_fri = morning(session, cohort_id, FRI, module_id=accounts.id)
    issues = prerequisites.check_prerequisites(session, cohort_id)
    assert whole_fri.id not in {i.morning_id for i in issues}
    whole_wed = morning(session, cohort_id, WED, start=13, end=16, module_id=accounts.id)
    issues = prerequisites.check_prerequisites(session, cohort_id)
    assert (whole_wed.id, THU) in {(i.morning_id, i.required_on) for i in issues}


def test_a_sub_group_is_renamed_once_validated_and_keeps_its_members(session):
    cohort_id, ids, it_a, _b = make_cohort(session)
    for bad, field in (("   ", "name"), ("informatique b", "name")):
        with pytest.raises(ValidationError) as error:
            subgroups.rename_subgroup(session, it_a, bad)
        assert error.value.field == field
    assert subgroups.get_subgroup(session, it_a).name == "Informatique A"
    renamed = subgroups.rename_subgroup(session, it_a, "  Comptabilité ")
    assert (renamed.name, renamed.member_ids) == (
        "Comptabilité",
        tuple(sorted([ids["Amina"], ids["Binta"]])),
    )
    # Another cohort may use the same name.
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 4", dt.date(2023, 1, 16), dt.date(2023, 4, 28))
    )
    dina = members.create_person(session, members.PersonInput("Dina B"), other.id).id
    assert subgroups.create_subgroup(session, other.id, "Comptabilité", [dina]).name


def test_a_sub_group_with_mornings_is_not_deleted_and_the_refusal_counts_them(session):
    cohort_id, _ids, it_a, it_b = make_cohort(session)
    morning(session, cohort_id, TUE, it_a)
    morning(session, cohort_id, WED, it_a)
    with pytest.raises(ValidationError) as error:
        subgroups.delete_subgroup(session, it_a)
    assert error.value.field == "subgroup_id"
    assert error.value.message.startswith("Ce sous-groupe a encore des matinées au programme : 2.")
    assert [g.id for g in subgroups.list_subgroups(session, cohort_id)] == [it_a, it_b]
    assert [m.subgroup_id for m in schedule.list_mornings(session, cohort_id)] == [it_a, it_a]
    subgroups.delete_subgroup(session, it_b)  # no morning: deleted
    assert [g.id for g in subgroups.list_subgroups(session, cohort_id)] == [it_a]


def test_the_cohort_progress_counts_a_members_programme_not_both_tracks(session):
    from app.services.schedule import hours as schedule_hours

    cohort_id, _ids, it_a, it_b = make_cohort(session)
    morning(session, cohort_id, MON)  # 3 h for everyone
    morning(session, cohort_id, TUE, it_a)  # 3 h for Amina and Binta
    morning(session, cohort_id, TUE, it_b, start=9, end=11)  # 2 h for Chloé and Dina, same time
    progress = schedule_hours.progress(session, cohort_id)
    # Amina and Binta have 6 h, Chloé and Dina 5 h: the cohort's member has 5,50 h in 2 mornings
    # (adding both tracks would say 8 h in 3 mornings).
    assert (progress.hours_planned, progress.mornings_planned) == (Decimal("5.50"), 2)
    (theory,) = [k for k in progress.kinds if k.kind == "theory"]
    assert theory.planned == Decimal("5.50")
    # Each member's own hours follow her sub-group.
    for each in schedule.list_mornings(session, cohort_id):
        attendance.mark_all_present(session, each.id)
    assert {s.name: s.hours_total for s in attendance.member_summaries(session, cohort_id)} == {
        "Amina": Decimal(6),
        "Binta": Decimal(6),
        "Chloé": Decimal(5),
        "Dina": Decimal(5),
    }


def test_the_programme_report_counts_a_module_given_to_both_sub_groups_once(session):
    from app.services.programme.report import programme_report

    cohort_id, _ids, it_a, it_b = make_cohort(session)
    computing = modules.create_module(session, "Informatique")
    accounts = modules.create_module(session, "Comptabilité")
    # Informatique: one morning per half of the cohort (= one cohort morning), then one for all.
    morning(session, cohort_id, TUE, it_a, module_id=computing.id, status="done")
    morning(session, cohort_id, TUE, it_b, module_id=computing.id, status="done")
    morning(session, cohort_id, WED, module_id=computing.id, status="done")
    # Comptabilité: only half of the cohort had it (half a cohort morning, rounded to 1).
    morning(session, cohort_id, THU, it_a, module_id=accounts.id, status="done")
    # Mentoring, 3 h, once for each half: one cohort morning of 3 hours.
    morning(session, cohort_id, FRI, it_a, kind="mentoring", status="done")
    morning(session, cohort_id, FRI, it_b, kind="mentoring", status="done")
    report = programme_report(session, [cohort_id])
    assert dict(report.modules) == {"Informatique": 2, "Comptabilité": 1}
    assert (report.mentoring_mornings, report.mentoring_hours) == (1, Decimal("3.00"))
