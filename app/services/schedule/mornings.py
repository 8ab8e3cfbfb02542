"""The cohort's mornings: add / edit / move / cancel a morning, a week's mornings, copying a week,
and the colours and icons of the kinds of mornings (their names: `morning_kinds.py`).

The module catalogue lives in `modules.py`, term generation in `term.py` (with closures and
Belgian holidays), attendance in `attendance.py`, prerequisites in `prerequisites.py`, hours
planned and done in `schedule_hours.py`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.i18n import clock_time, fill, time_range, tr
from app.i18n import format_date as date_text
from app.models.people import Cohort, Person
from app.models.schedule import Attendance, Module, Morning, Subgroup
from app.services.errors import NotFound, ValidationError
from app.services.schedule.morning_kinds import morning_title
from app.services.schedule.morning_people import (
    VisitHost,
    check_directory_links,
    mentor_name,
    visit_host,
)
from app.services.validation import limited_text
from app.vocab import values
from app.vocab.schedule import (
    MorningKind,
    MorningStatus,
    module_label,
    morning_kind_label,
    morning_status_label,
)

DEFAULT_START = dt.time(9, 0)
DEFAULT_END = dt.time(12, 0)
HOURS = Decimal("0.01")

# One icon (a DejaVu Sans glyph) per kind, the same on screen and on the kitchen wall (the kinds'
# colours are in app/printing/palette.py).
KIND_ICONS: dict[str, str] = {
    "theory": "\u270e",  # ✎
    "practice": "\u2692",  # ⚒
    "kitchen": "\u2668",  # ♨
    "visit": "\u2691",  # ⚑
    "sale": "\u20ac",  # €
    "mentoring": "\u263a",  # ☺
    "evaluation": "\u2714",  # ✔
    "other": "\u2605",  # ★
}


def format_day(day: dt.date, fmt: str = "EEEE d MMMM", locale: str | None = None) -> str:
    """A date for people in the interface language (or `locale`): "lundi 10 octobre" (from the
    locale's shape where it has every field of `fmt`: the Schedule's first show loads no Babel)."""
    from app.i18n import format_locale
    from app.services.locale_shapes import pattern_date

    locale = locale or format_locale()
    shaped = pattern_date(fmt, day, locale)
    if shaped is not None:
        return shaped
    from babel.dates import format_date

    return format_date(day, fmt, locale=locale)


def duration_hours(start: dt.time, end: dt.time) -> Decimal:
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return (Decimal(minutes) / Decimal(60)).quantize(HOURS)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def parse_iso_week(text: str, field_name: str = "week") -> dt.date:
    """ "2022-W41" (or "2022-41") -> the Monday of that ISO week."""
    match = re.fullmatch(r"\s*(\d{4})-?W?(\d{1,2})\s*", text or "", re.IGNORECASE)
    if match:
        try:
            return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            pass
    raise ValidationError(
        field_name, tr("Semaine inconnue : écrivez par exemple 2022-W41.", "schedule")
    )


def iso_week_name(monday: dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


# --- data the UI receives --------------------------------------------------------------------
@dataclass(frozen=True)
class MorningInput:
    date: dt.date | None
    start_time: dt.time = DEFAULT_START
    end_time: dt.time = DEFAULT_END
    kind: str = "theory"
    module_id: int | None = None
    facilitator_id: int | None = None
    place: str = ""
    notes: str = ""
    status: str = "planned"
    subgroup_id: int | None = None  # None: the whole cohort
    # From the directory: a mentoring morning's mentor, a visit's host; where the group meets.
    mentor_id: int | None = None
    host_organisation_id: int | None = None
    meeting_point: str = ""


@dataclass(frozen=True)
class MorningInfo:
    id: int
    cohort_id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    kind: str
    module_id: int | None
    module_name: str
    facilitator_id: int | None
    facilitator_name: str
    place: str
    notes: str
    status: str
    subgroup_id: int | None = None
    subgroup_name: str = ""
    mentor_id: int | None = None
    mentor_name: str = ""
    host_organisation_id: int | None = None
    host: VisitHost | None = None
    meeting_point: str = ""

    @property
    def hours(self) -> Decimal:
        return duration_hours(self.start_time, self.end_time)

    @property
    def kind_label(self) -> str:
        return morning_kind_label(self.kind)

    @property
    def status_label(self) -> str:
        return morning_status_label(self.status)

    @property
    def title(self) -> str:
        """What the morning is about: its module, or its kind when it has none."""
        return morning_title(self.module_name, self.kind)

    @property
    def time_range(self) -> str:
        return time_range(self.start_time, self.end_time)

    def as_input(self) -> MorningInput:
        return MorningInput(
            date=self.date,
            start_time=self.start_time,
            end_time=self.end_time,
            kind=self.kind,
            module_id=self.module_id,
            facilitator_id=self.facilitator_id,
            place=self.place,
            notes=self.notes,
            status=self.status,
            subgroup_id=self.subgroup_id,
            mentor_id=self.mentor_id,
            host_organisation_id=self.host_organisation_id,
            meeting_point=self.meeting_point,
        )


def _person_name(person: Person | None) -> str:
    return f"{person.first_name} {person.last_name}".strip() if person else ""


def _info(row: Morning, session: Session) -> MorningInfo:
    facilitator = session.get(Person, row.facilitator_id) if row.facilitator_id else None
    return MorningInfo(
        id=row.id,
        cohort_id=row.cohort_id,
        date=row.date,
        start_time=row.start_time,
        end_time=row.end_time,
        kind=row.kind,
        module_id=row.module_id,
        module_name=module_label(row.module.name) if row.module else "",
        facilitator_id=row.facilitator_id,
        facilitator_name=_person_name(facilitator),
        place=row.place,
        notes=row.notes,
        status=row.status,
        subgroup_id=row.subgroup_id,
        subgroup_name=_subgroup_name(session, row.subgroup_id),
        mentor_id=row.mentor_id,
        mentor_name=mentor_name(session, row.mentor_id),
        host_organisation_id=row.host_organisation_id,
        host=visit_host(session, row.host_organisation_id),
        meeting_point=row.meeting_point,
    )


def _subgroup_name(session: Session, subgroup_id: int | None) -> str:
    if subgroup_id is None:
        return ""
    row = session.get(Subgroup, subgroup_id)
    return row.name if row else ""


# --- mornings ------------------------------------------------------------------------------------
def _cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise ValidationError("cohort", tr("Cette cohorte n'existe plus.", "schedule"))
    return cohort


def get_cohort_dates(session: Session, cohort_id: int) -> tuple[dt.date, dt.date]:
    cohort = _cohort(session, cohort_id)
    return cohort.start_date, cohort.end_date


def overlapping(
    session: Session,
    cohort_id: int,
    day: dt.date,
    start: dt.time,
    end: dt.time,
    except_id: int | None = None,
    subgroup_id: int | None = None,
) -> Morning | None:
    """A morning of the cohort (not cancelled) that shares some time with start-end on that day
    and the same people: two different sub-groups' mornings may overlap, a morning of the whole
    cohort overlaps with any other."""
    query = select(Morning).where(
        Morning.cohort_id == cohort_id,
        Morning.date == day,
        Morning.status != "cancelled",
        Morning.start_time < end,
        Morning.end_time > start,
        Morning.id != (except_id or -1),
    )
    if subgroup_id is not None:
        query = query.where(or_(Morning.subgroup_id.is_(None), Morning.subgroup_id == subgroup_id))
    return session.scalars(query).first()


def _validated(
    session: Session, cohort: Cohort, data: MorningInput, morning_id: int | None
) -> MorningInput:
    from app.services.schedule.term import closure_on

    if data.date is None:
        raise ValidationError("date", tr("Indiquez la date.", "schedule"))
    if data.start_time is None or data.end_time is None:
        raise ValidationError("start_time", tr("Indiquez l'heure de début et de fin.", "schedule"))
    if data.end_time <= data.start_time:
        raise ValidationError(
            "end_time", tr("La matinée ne peut pas finir avant de commencer.", "schedule")
        )
    if data.kind not in values(MorningKind):
        raise ValidationError("kind", tr("Choisissez un type dans la liste.", "schedule"))
    if data.status not in values(MorningStatus):
        raise ValidationError("status", tr("Choisissez un état dans la liste.", "schedule"))
    if not cohort.start_date <= data.date <= cohort.end_date:
        raise ValidationError(
            "date",
            fill(
                tr("Cette date est en dehors de la cohorte (du {start} au {end}).", "schedule"),
                start=date_text(cohort.start_date),
                end=date_text(cohort.end_date),
            ),
        )
    if data.module_id is not None and session.get(Module, data.module_id) is None:
        raise ValidationError("module_id", tr("Ce module n'existe plus.", "schedule"))
    if data.facilitator_id is not None and session.get(Person, data.facilitator_id) is None:
        raise ValidationError("facilitator_id", tr("Cette personne n'existe plus.", "schedule"))
    check_directory_links(session, data.mentor_id, data.host_organisation_id)
    if data.subgroup_id is not None:
        subgroup = session.get(Subgroup, data.subgroup_id)
        if subgroup is None or subgroup.cohort_id != cohort.id:
            raise ValidationError(
                "subgroup_id", tr("Ce sous-groupe n'existe pas dans la cohorte.", "schedule")
            )
        if not subgroup.members:
            raise ValidationError(
                "subgroup_id",
                tr("Ce sous-groupe n'a aucune membre : personne ne viendrait.", "schedule"),
            )
    if data.status != "cancelled":
        closure = closure_on(session, cohort.id, data.date)
        if closure is not None:
            raise ValidationError(
                "date",
                fill(
                    tr("Le {date} est un jour de fermeture : {reason}.", "schedule"),
                    date=date_text(data.date),
                    reason=closure.reason or tr("fermé", "schedule"),
                ),
            )
        clash = overlapping(
            session,
            cohort.id,
            data.date,
            data.start_time,
            data.end_time,
            morning_id,
            data.subgroup_id,
        )
        if clash is not None:
            raise ValidationError(
                "start_time",
                fill(
                    tr("La cohorte a déjà une matinée ce jour-là de {start} à {end}.", "schedule"),
                    start=clock_time(clash.start_time),
                    end=clock_time(clash.end_time),
                ),
            )
    return MorningInput(
        date=data.date,
        start_time=data.start_time,
        end_time=data.end_time,
        kind=data.kind,
        module_id=data.module_id,
        facilitator_id=data.facilitator_id,
        place=limited_text(data.place, "place", 160),
        notes=limited_text(data.notes, "notes", 2000),
        status=data.status,
        subgroup_id=data.subgroup_id,
        mentor_id=data.mentor_id,
        host_organisation_id=data.host_organisation_id,
        meeting_point=limited_text(data.meeting_point, "meeting_point", 200),
    )


def create_morning(session: Session, cohort_id: int, data: MorningInput) -> MorningInfo:
    cohort = _cohort(session, cohort_id)
    clean = _validated(session, cohort, data, None)
    row = Morning(cohort_id=cohort_id, **clean.__dict__)
    session.add(row)
    session.flush()
    return _info(row, session)


def _row(session: Session, morning_id: int) -> Morning:
    row = session.get(Morning, morning_id)
    if row is None:
        raise NotFound(morning_id)
    return row


def get_morning(session: Session, morning_id: int) -> MorningInfo:
    return _info(_row(session, morning_id), session)


def update_morning(session: Session, morning_id: int, data: MorningInput) -> MorningInfo:
    row = _row(session, morning_id)
    clean = _validated(session, _cohort(session, row.cohort_id), data, morning_id)
    for key, value in clean.__dict__.items():
        setattr(row, key, value)
    session.flush()
    return _info(row, session)


def move_morning(
    session: Session, morning_id: int, new_date: dt.date | None, new_start: dt.time | None = None
) -> MorningInfo:
    """Move a morning to another day (and start time), keeping its length."""
    current = get_morning(session, morning_id)
    start = new_start or current.start_time
    minutes = (current.end_time.hour * 60 + current.end_time.minute) - (
        current.start_time.hour * 60 + current.start_time.minute
    )
    end_minutes = start.hour * 60 + start.minute + minutes
    if end_minutes >= 24 * 60:
        raise ValidationError("start_time", tr("La matinée finirait après minuit.", "schedule"))
    end = dt.time(end_minutes // 60, end_minutes % 60)
    data = current.as_input()
    return update_morning(
        session,
        morning_id,
        MorningInput(**{**data.__dict__, "date": new_date, "start_time": start, "end_time": end}),
    )


def set_status(session: Session, morning_id: int, status: str) -> MorningInfo:
    current = get_morning(session, morning_id)
    return update_morning(
        session, morning_id, MorningInput(**{**current.as_input().__dict__, "status": status})
    )


def delete_morning(session: Session, morning_id: int) -> MorningInfo:
    """Remove a morning with no attendance yet; once attendance is noted, cancel it instead."""
    row = _row(session, morning_id)
    if session.scalars(select(Attendance.id).where(Attendance.morning_id == morning_id)).first():
        raise ValidationError(
            "morning",
            tr("Des présences sont notées pour cette matinée : annulez-la plutôt.", "schedule"),
        )
    info = _info(row, session)
    session.delete(row)
    session.flush()
    return info


def list_mornings(
    session: Session,
    cohort_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    include_cancelled: bool = True,
) -> list[MorningInfo]:
    """The cohort's mornings in date order, optionally between two dates (both included)."""
    query = select(Morning).where(Morning.cohort_id == cohort_id)
    if start is not None:
        query = query.where(Morning.date >= start)
    if end is not None:
        query = query.where(Morning.date <= end)
    if not include_cancelled:
        query = query.where(Morning.status != "cancelled")
    rows = session.scalars(query.order_by(Morning.date, Morning.start_time, Morning.id)).all()
    return [_info(row, session) for row in rows]


def week_mornings(session: Session, cohort_id: int, monday: dt.date) -> list[MorningInfo]:
    monday = monday_of(monday)
    return list_mornings(session, cohort_id, monday, monday + dt.timedelta(days=6))


@dataclass
class CopyResult:
    created: list[MorningInfo] = field(default_factory=list)
    skipped: list[tuple[dt.date, str]] = field(default_factory=list)


def copy_week(
    session: Session, cohort_id: int, from_monday: dt.date, to_monday: dt.date
) -> CopyResult:
    """Copy a week's mornings (not cancelled) to another week, day for day, as planned mornings.

    Days that fall on a holiday, a closure, outside the cohort or on another morning are skipped
    and listed with the reason. Attendance is not copied.
    """
    from app.services.schedule.term import belgian_holidays

    from_monday, to_monday = monday_of(from_monday), monday_of(to_monday)
    if from_monday == to_monday:
        raise ValidationError(
            "week", tr("Choisissez une autre semaine que celle copiée.", "schedule")
        )
    _cohort(session, cohort_id)
    source = [m for m in week_mornings(session, cohort_id, from_monday) if m.status != "cancelled"]
    if not source:
        raise ValidationError("week", tr("Cette semaine n'a aucune matinée à copier.", "schedule"))
    result = CopyResult()
    shift = to_monday - from_monday
    for morning in source:
        day = morning.date + shift
        holiday = belgian_holidays(day.year).get(day)
        if holiday:
            result.skipped.append((day, fill(tr("jour férié : {name}", "schedule"), name=holiday)))
            continue
        data = MorningInput(**{**morning.as_input().__dict__, "date": day, "status": "planned"})
        try:
            with session.begin_nested():
                result.created.append(create_morning(session, cohort_id, data))
        except ValidationError as error:
            result.skipped.append((day, error.message))
    return result
