"""A cohort's mornings as an iCalendar file (RFC 5545) that phone calendars import.

Times are local to Brussels (TZID Europe/Brussels with its VTIMEZONE); each morning has a stable
UID so importing the file again updates the events instead of doubling them. Cancelled mornings
are exported with STATUS:CANCELLED.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.services.people.cohorts import get_cohort
from app.services.schedule.mornings import list_mornings

TIMEZONE = "Europe/Brussels"
UID_DOMAIN = "cooperactives.local"


def cohort_calendar(session: Session, cohort_id: int, stamp: dt.datetime | None = None) -> bytes:
    """The .ics bytes for every morning of the cohort."""
    from icalendar import Calendar, Event

    cohort = get_cohort(session, cohort_id)
    zone = ZoneInfo(TIMEZONE)
    stamp = stamp or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Coopér'Actives Cuisine//Horaire//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", cohort.name)
    calendar.add("x-wr-timezone", TIMEZONE)
    for morning in list_mornings(session, cohort_id):
        event = Event()
        event.add("uid", f"morning-{morning.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", dt.datetime.combine(morning.date, morning.start_time, zone))
        event.add("dtend", dt.datetime.combine(morning.date, morning.end_time, zone))
        summary = (
            f"{morning.module_name} ({morning.kind_label})"
            if morning.module_name
            else morning.kind_label
        )
        event.add("summary", summary)
        if morning.place:
            event.add("location", morning.place)
        lines = []
        if morning.facilitator_name:
            lines.append(fill(tr("Avec : {name}", "schedule"), name=morning.facilitator_name))
        if morning.notes:
            lines.append(morning.notes)
        if lines:
            event.add("description", "\n".join(lines))
        event.add("categories", [morning.kind_label])
        event.add("status", "CANCELLED" if morning.status == "cancelled" else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
