"""Outcomes after the programme: refused without consent (nothing saved), recorded with it,
deleted when she withdraws it, follow-ups due on the right days, and covered by the personal-data
export and erasure."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.models.outcomes import Outcome
from app.services.errors import ValidationError
from app.services.outcomes import consent, records
from app.services.outcomes.due import months_after
from app.services.people import cohorts, members
from app.services.safety import personal_data

D = dt.date


@pytest.fixture
def cohort(session):
    made = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
    )
    hang = members.create_person(session, members.PersonInput("Hằng", "Nguyễn Thị"), made.id)
    zineb = members.create_person(session, members.PersonInput("Zineb", "Ouali"), made.id)
    return made.id, hang.id, zineb.id


def outcome_count(session) -> int:
    return session.scalar(select(func.count()).select_from(Outcome))


def test_without_consent_nothing_is_saved(session, cohort):
    cohort_id, hang, _ = cohort
    with pytest.raises(ValidationError) as raised:
        records.record_outcome(session, hang, cohort_id, "end", "job", "", D(2022, 12, 16))
    assert raised.value.field == "consent" and "Rien n'est enregistré" in raised.value.message
    assert outcome_count(session) == 0


def test_recorded_replaced_then_deleted_when_consent_is_withdrawn(session, cohort):
    cohort_id, hang, zineb = cohort
    consent.give_consent(session, hang, D(2022, 12, 16), "à la dernière matinée")
    records.record_outcome(session, hang, cohort_id, "end", "looking", "", D(2022, 12, 16))
    records.record_outcome(session, hang, cohort_id, "end", "internship", "WOW", D(2022, 12, 20))
    assert [
        (o.checkpoint, o.situation, o.note) for o in records.outcomes_of(session, [cohort_id])
    ] == [("end", "internship", "WOW")]
    with pytest.raises(ValidationError):
        records.record_outcome(session, hang, cohort_id, "end", "astronaut", "", D(2022, 12, 20))
    with pytest.raises(ValidationError):
        consent.withdraw_consent(session, zineb, D(2023, 1, 5))  # never gave it
    assert consent.withdraw_consent(session, hang, D(2023, 1, 5)) == 1
    assert outcome_count(session) == 0
    assert consent.consent_of(session, hang).withdrawn_on == D(2023, 1, 5)
    with pytest.raises(ValidationError):
        records.record_outcome(session, hang, cohort_id, "month_3", "job", "", D(2023, 3, 16))
    consent.give_consent(session, hang, D(2023, 3, 1))
    assert consent.has_consent(session, hang)


def test_follow_ups_fall_due_at_the_end_then_3_6_and_12_months(session, cohort):
    cohort_id, hang, zineb = cohort
    consent.give_consent(session, hang, D(2022, 12, 1))
    assert records.due_follow_ups(session, D(2022, 12, 15)) == []
    due = records.due_follow_ups(session, D(2022, 12, 16))
    assert [(d.name, d.checkpoint, d.due_on) for d in due] == [
        ("Hằng Nguyễn Thị", "end", D(2022, 12, 16))
    ]
    records.record_outcome(session, hang, cohort_id, "end", "training", "", D(2022, 12, 16))
    assert records.due_follow_ups(session, D(2023, 3, 15)) == []
    due = records.due_follow_ups(session, D(2023, 6, 16))
    assert [(d.checkpoint, d.due_on) for d in due] == [
        ("month_3", D(2023, 3, 16)),
        ("month_6", D(2023, 6, 16)),
    ]
    assert "Hằng" in due[0].sentence and "Coopérative 2" in due[0].sentence


@given(st.dates(D(2000, 1, 1), D(2090, 12, 31)), st.sampled_from([0, 3, 6, 12]))
def test_months_after_keeps_the_day_or_the_month_end(day, months):
    later = months_after(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day and (later + dt.timedelta(days=1)).day == 1)


def test_personal_data_export_and_erasure_cover_outcomes(session, cohort):
    cohort_id, hang, _ = cohort
    consent.give_consent(session, hang, D(2022, 12, 16))
    records.record_outcome(
        session, hang, cohort_id, "end", "own_project", "traiteur", D(2022, 12, 16)
    )
    data = personal_data.collect_person_data(session, hang, dt.datetime(2023, 1, 1, 12, 0))
    rows = {linked.table: linked.rows for linked in data.linked}
    assert rows["outcome"][0]["situation"] == "own_project"
    assert rows["outcome_consent"][0]["given_on"] in (D(2022, 12, 16), "2022-12-16")
    personal_data.erase_person(session, hang)
    assert outcome_count(session) == 0
    assert consent.consent_of(session, hang) is None


def test_the_today_screen_counts_the_same_follow_ups(session, cohort):
    from app.services.today import first_screen

    cohort_id, hang, zineb = cohort
    consent.give_consent(session, hang, D(2022, 12, 1))
    consent.give_consent(session, zineb, D(2022, 12, 1))
    records.record_outcome(session, zineb, cohort_id, "end", "job", "", D(2022, 12, 16))
    for day in (D(2022, 12, 15), D(2022, 12, 16), D(2023, 3, 16), D(2024, 1, 1)):
        expected = len(records.due_follow_ups(session, day))
        assert first_screen.follow_ups_due(session, day) == expected
        assert first_screen.today(session, cohort_id, day).follow_ups_due == expected
    assert first_screen.follow_ups_due(session, D(2024, 1, 1)) == 4 + 3  # Hằng 4, Zineb 3
