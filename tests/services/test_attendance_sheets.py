"""Who is expected on each morning of a week (the signed sheets), and the attendance spreadsheet:
hand-built cohort, expectations computed by hand."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from app.services.errors import ValidationError
from app.services.people import cohorts, members
from app.services.schedule import attendance
from app.services.schedule import mornings as schedule
from app.services.schedule.attendance_export import attendance_csv, attendance_rows
from app.services.schedule.attendance_sheets import week_sheets
from app.services.schedule.mornings import MorningInput

D = dt.date


@pytest.fixture
def week(session):
    """Coopérative 2: Amal from the start, Binta who left on Tuesday 11/10, Chantal who joined on
    Wednesday 12/10; mornings on Monday (3 h), Tuesday (4 h), Thursday (2 h 30, then cancelled
    one on Friday)."""
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
    )
    amal = members.create_person(session, members.PersonInput("Amal", "Sayed"), cohort.id)
    binta = members.create_person(session, members.PersonInput("Binta", "Diallo"), cohort.id)
    members.leave_cohort(session, binta.id, cohort.id, D(2022, 10, 11))
    chantal = members.create_person(
        session, members.PersonInput("Chantal", "Mbuyi"), cohort.id, joined_on=D(2022, 10, 12)
    )
    plan = [
        (D(2022, 10, 10), dt.time(9), dt.time(12), "theory"),
        (D(2022, 10, 11), dt.time(9), dt.time(13), "kitchen"),
        (D(2022, 10, 13), dt.time(9, 30), dt.time(12), "sale"),
        (D(2022, 10, 14), dt.time(9), dt.time(12), "theory"),
    ]
    made = [
        schedule.create_morning(session, cohort.id, MorningInput(day, start, end, kind))
        for day, start, end, kind in plan
    ]
    schedule.set_status(session, made[3].id, "cancelled")
    return cohort.id, made, (amal.id, binta.id, chantal.id)


def test_one_sheet_per_morning_with_the_members_in_the_cohort_that_day(session, week):
    cohort_id, made, _ = week
    sheets = week_sheets(session, cohort_id, D(2022, 10, 13))  # any day of the week
    assert [sheet.morning.date for sheet in sheets] == [
        D(2022, 10, 10),
        D(2022, 10, 11),
        D(2022, 10, 13),
    ]
    assert [[m.name for m in sheet.members] for sheet in sheets] == [
        ["Amal Sayed", "Binta Diallo"],
        ["Amal Sayed", "Binta Diallo"],  # her last day
        ["Amal Sayed", "Chantal Mbuyi"],
    ]


def test_a_week_without_a_morning_is_refused(session, week):
    cohort_id, _, _ = week
    with pytest.raises(ValidationError) as raised:
        week_sheets(session, cohort_id, D(2022, 10, 17))
    assert raised.value.field == "week"
    assert "Aucune matinée" in raised.value.message


def test_all_present_marks_the_expected_members_only(session, week):
    cohort_id, made, (amal, binta, chantal) = week
    assert sorted(attendance.mark_all_present(session, made[2].id)) == [amal, chantal]


def test_the_spreadsheet_has_members_by_mornings_hours_and_rate(session, week):
    cohort_id, made, (amal, binta, chantal) = week
    attendance.set_attendance(session, made[0].id, amal, "present")
    attendance.set_attendance(session, made[1].id, amal, "late")
    attendance.set_attendance(session, made[2].id, amal, "absent")
    attendance.set_attendance(session, made[0].id, binta, "excused")
    rows = attendance_rows(session, cohort_id)
    assert rows == [
        [
            "Membre",
            "2022-10-10 Théorie (3 h)",
            "2022-10-11 Cuisine (4 h)",
            "2022-10-13 Vente (2,5 h)",
            "Heures suivies",
            "Heures prévues",
            "Taux de présence (%)",
        ],
        # 3 + 4 attended of 3 + 4 + 2,5 noted; 2 of 3 mornings
        ["Amal Sayed", "Présente", "En retard", "Absente", "7", "9,5", "67"],
        ["Binta Diallo", "Excusée", "", "", "0", "3", "0"],
        ["Chantal Mbuyi", "", "", "", "0", "0", ""],
    ]


def test_the_file_opens_in_a_belgian_spreadsheet(session, week):
    cohort_id, made, (amal, _, _) = week
    attendance.set_attendance(session, made[2].id, amal, "present")
    data = attendance_csv(session, cohort_id)
    assert data.startswith("\ufeff".encode())  # the byte-order mark Excel needs for UTF-8
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    read = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert read == attendance_rows(session, cohort_id)
    assert read[1][-3:] == ["2,5", "2,5", "100"]
