"""The .ics file parses back with the mornings at Brussels time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from app.services.people import cohorts
from app.services.schedule import calendar as calendar_export
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput


def test_ics_parses_back(session):
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    first = schedule.create_morning(
        session,
        cohort.id,
        MorningInput(dt.date(2022, 10, 10), kind="kitchen", place="Cuisine partagée"),
    )
    second = schedule.create_morning(
        session,
        cohort.id,
        MorningInput(dt.date(2022, 11, 3), dt.time(13, 30), dt.time(16), "visit"),
    )
    schedule.set_status(session, second.id, "cancelled")
    data = calendar_export.cohort_calendar(session, cohort.id)
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [
        f"morning-{first.id}@cooperactives.local",
        f"morning-{second.id}@cooperactives.local",
    ]
    brussels = ZoneInfo("Europe/Brussels")
    start = events[0].decoded("dtstart")
    assert start == dt.datetime(2022, 10, 10, 9, 0, tzinfo=brussels)
    assert start.utcoffset() == dt.timedelta(hours=2)  # summer time
    assert events[1].decoded("dtstart").utcoffset() == dt.timedelta(hours=1)  # winter time
    assert str(events[0]["summary"]) == "Cuisine"
    assert str(events[0]["location"]) == "Cuisine partagée"
    assert str(events[1]["status"]) == "CANCELLED"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert b"DTSTART;TZID=Europe/Brussels:20221010T090000" in data
