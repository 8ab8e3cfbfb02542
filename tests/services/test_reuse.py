"""Reuse a programme: a new cohort from a previous one, its mornings moved by whole weeks (a Monday
stays a Monday; a cancelled morning and a public holiday left out), its evaluation framework as it
was changed, and nobody: no member, no attendance. A name already used is refused at the field."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models.people import Cohort
from app.services.errors import ValidationError
from app.services.evaluations import framework
from app.services.people import members
from app.services.people.cohorts import get_cohort
from app.services.programme import reuse
from app.services.schedule import attendance
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from tests.services.test_attendance_sheets import week  # noqa: F401 (fixture)

D = dt.date


def test_the_week_shift_keeps_the_weekday():
    # from the week of Monday 12/9/2022 to the week of Wednesday 11/1/2023 (Monday 9/1): 17 weeks
    assert reuse.week_shift(D(2022, 9, 12), D(2023, 1, 11)) == dt.timedelta(weeks=17)
    assert reuse.week_shift(D(2022, 9, 14), D(2022, 9, 12)) == dt.timedelta(0)


def test_a_new_cohort_from_the_previous_one(session, week):  # noqa: F811
    cohort_id, made, (amal, _binta, _chantal) = week
    attendance.set_attendance(session, made[0].id, amal, "present")
    # Monday 12/12/2022 moves to Easter Monday 10/4/2023: left out
    schedule.create_morning(
        session, cohort_id, MorningInput(D(2022, 12, 12), dt.time(9), dt.time(12), "theory")
    )
    old = framework.get_framework(session, cohort_id, include_inactive=True)
    framework.rename_competence(session, old.competences[0].id, "Prendre des initiatives")
    framework.set_competence_active(session, old.competences[1].id, False)

    result = reuse.copy_cohort(session, cohort_id, "Coopérative 3", D(2023, 1, 11))

    new = get_cohort(session, result.cohort_id)
    assert (new.name, new.start_date, new.end_date) == (
        "Coopérative 3",
        D(2023, 1, 11),
        D(2023, 4, 16),
    )
    copied = schedule.list_mornings(session, result.cohort_id)
    # 10/10, 11/10, 13/10/2022 (Mon, Tue, Thu) + 17 weeks; the cancelled Friday is not copied
    assert [(m.date, m.start_time, m.end_time, m.kind) for m in copied] == [
        (D(2023, 2, 6), dt.time(9), dt.time(12), "theory"),
        (D(2023, 2, 7), dt.time(9), dt.time(13), "kitchen"),
        (D(2023, 2, 9), dt.time(9, 30), dt.time(12), "sale"),
    ]
    assert result.mornings_left_out == (D(2023, 4, 10),)
    assert result.counts["schedule"] == 3
    before = framework.get_framework(session, cohort_id, include_inactive=True)
    after = framework.get_framework(session, result.cohort_id, include_inactive=True)

    def shape(frame):
        return [(c.category, c.name, c.active) for c in frame.competences], [
            (s.level, s.label) for s in frame.scale
        ]

    assert shape(after) == shape(before)
    assert after.competences[0].name == "Prendre des initiatives"
    assert not after.competences[1].active
    assert result.counts["evaluation_framework"] == len(before.competences) + len(before.scale)
    assert members.list_people(session, result.cohort_id, include_inactive=True) == []
    assert attendance.member_summaries(session, result.cohort_id) == []


def test_a_name_already_used_is_refused_and_nothing_is_written(session, week):  # noqa: F811
    cohort_id, _made, _people = week
    count = session.scalar(select(func.count(Cohort.id)))
    with pytest.raises(ValidationError) as refused:
        reuse.copy_cohort(session, cohort_id, "coopérative 2", D(2023, 1, 9))
    assert refused.value.field == "name"
    with pytest.raises(ValidationError) as refused:
        reuse.copy_cohort(session, cohort_id, "Coopérative 3", None)
    assert refused.value.field == "start_date"
    assert session.scalar(select(func.count(Cohort.id))) == count


def test_a_copier_is_registered_once():
    assert list(reuse.COPIERS)[:2] == ["schedule", "evaluation_framework"]
    with pytest.raises(ValueError):
        reuse.register_copier("schedule", reuse.copy_schedule)


def test_from_the_command_line(db_path, capsys):
    from app.cli import main
    from app.db import Database
    from app.services.people import cohorts

    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
        )
        schedule.create_morning(session, cohort.id, MorningInput(D(2022, 9, 12)))
    database.close()
    arguments = ["--db", str(db_path), "cohort", "copy", "--from", "Coopérative 2"]
    assert main([*arguments, "--name", "Coopérative 3", "--start", "2023-01-09"]) == 0
    assert "Cohorte « Coopérative 3 » créée : 1 matinée reprise." in capsys.readouterr().out
    assert main([*arguments, "--name", "Coopérative 3", "--start", "2023-01-09"]) == 2
    assert "Une cohorte porte déjà ce nom." in capsys.readouterr().err
    database = Database.open(db_path)
    with database.session() as session:
        new = cohorts.find_cohort(session, "Coopérative 3")
        assert [m.date for m in schedule.list_mornings(session, new.id)] == [D(2023, 1, 9)]
    database.close()
