"""Fridges and freezers with their limits, and the temperature read in each of them on a day.

A reading is a number of °C as a person types it ("4", "-18,5"); a value no thermometer of a
kitchen shows ("abc", 200) is refused at its field and nothing of the day is saved. A value out of
the appliance's limits is saved and asks for a corrective action (what was done about it): until
one is written, the day's checklist shows red. Writing the day's readings replaces what was typed
for that day (one reading per appliance and day), so undo writes the previous state back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.kitchen import Appliance, TemperatureReading
from app.models.people import Person
from app.services.errors import NotFound, ValidationError
from app.services.kitchen.limits import format_celsius, out_of_limits
from app.services.numerals import plain_digits
from app.services.validation import limited_text, required_text
from app.vocab import values
from app.vocab.kitchen import ApplianceKind, appliance_kind_label

# what a kitchen thermometer can show; outside, the number was mistyped
PLAUSIBLE_LOWEST = Decimal(-40)
PLAUSIBLE_HIGHEST = Decimal(30)
# usual limits (AFSCA guides): a fridge at most 4 °C, a freezer at most -18 °C
DEFAULT_LIMITS = {
    ApplianceKind.FRIDGE: (Decimal(0), Decimal(4)),
    ApplianceKind.FREEZER: (Decimal(-30), Decimal(-18)),
}
_NUMBER = re.compile(r"^[+-−]?\d+([.,]\d+)?$")


@dataclass(frozen=True)
class ApplianceInput:
    name: str
    kind: str
    min_text: str
    max_text: str
    active: bool = True


@dataclass(frozen=True)
class ApplianceInfo:
    id: int
    name: str
    kind: str
    min_c: Decimal
    max_c: Decimal
    active: bool

    @property
    def kind_label(self) -> str:
        return appliance_kind_label(self.kind)

    def as_input(self) -> ApplianceInput:
        return ApplianceInput(
            self.name,
            self.kind,
            format_celsius(self.min_c),
            format_celsius(self.max_c),
            self.active,
        )


@dataclass(frozen=True)
class ReadingInfo:
    """One appliance on one day: its limits and what was read (None: not read yet)."""

    appliance_id: int
    appliance_name: str
    min_c: Decimal
    max_c: Decimal
    date: dt.date
    value_c: Decimal | None
    corrective_action: str = ""
    recorded_by: str = ""

    @property
    def out_of_limits(self) -> bool:
        return out_of_limits(self.value_c, self.min_c, self.max_c)

    @property
    def needs_action(self) -> bool:
        return self.out_of_limits and not self.corrective_action


@dataclass(frozen=True)
class ReadingInput:
    """What was typed for one appliance: the value ("" = not read) and the action taken."""

    appliance_id: int
    value_text: str
    corrective_action: str = ""


def parse_celsius(text: str, field: str) -> Decimal:
    """A temperature typed by a person: '4', '-18,5', '3.5 °C'; refused when not a number or not
    one a kitchen thermometer shows."""
    cleaned = re.sub(r"\s|°|[cC]$", "", plain_digits(text or "")).replace("−", "-")
    if not _NUMBER.match(cleaned):
        raise ValidationError(
            field,
            fill(
                tr(
                    "« {text} » n'est pas une température. Écrivez par exemple 4 ou -18,5.",
                    "kitchen",
                ),
                text=(text or "").strip(),
            ),
        )
    value = Decimal(cleaned.replace(",", ".")).quantize(Decimal("0.1"))
    if not PLAUSIBLE_LOWEST <= value <= PLAUSIBLE_HIGHEST:
        raise ValidationError(
            field,
            fill(
                tr(
                    "{value} °C : un frigo ou un congélateur est entre -40 et 30 °C. "
                    "Relisez le thermomètre.",
                    "kitchen",
                ),
                value=format_celsius(value),
            ),
        )
    return value


def _info(row: Appliance) -> ApplianceInfo:
    return ApplianceInfo(
        row.id, row.name, row.kind, Decimal(row.min_c), Decimal(row.max_c), row.active
    )


def list_appliances(session: Session, include_inactive: bool = False) -> list[ApplianceInfo]:
    query = select(Appliance).order_by(Appliance.kind.desc(), Appliance.name)
    if not include_inactive:
        query = query.where(Appliance.active.is_(True))
    return [_info(row) for row in session.scalars(query)]


def _validated(session: Session, data: ApplianceInput, appliance_id: int | None) -> dict:
    name = required_text(data.name, "name", tr("le nom", "kitchen"), 80)
    clash = session.scalar(select(Appliance.id).where(Appliance.name == name))
    if clash is not None and clash != appliance_id:
        raise ValidationError("name", tr("Un appareil porte déjà ce nom.", "kitchen"))
    if data.kind not in values(ApplianceKind):
        raise ValidationError("kind", tr("Choisissez frigo ou congélateur.", "kitchen"))
    low = parse_celsius(data.min_text, "min_c")
    high = parse_celsius(data.max_text, "max_c")
    if low >= high:
        raise ValidationError(
            "max_c", tr("La limite haute doit être plus grande que la limite basse.", "kitchen")
        )
    return dict(name=name, kind=data.kind, min_c=low, max_c=high, active=data.active)


def create_appliance(session: Session, data: ApplianceInput) -> ApplianceInfo:
    row = Appliance(**_validated(session, data, None))
    session.add(row)
    session.flush()
    return _info(row)


def update_appliance(session: Session, appliance_id: int, data: ApplianceInput) -> ApplianceInfo:
    row = session.get(Appliance, appliance_id)
    if row is None:
        raise NotFound(appliance_id)
    for key, value in _validated(session, data, appliance_id).items():
        setattr(row, key, value)
    session.flush()
    return _info(row)


def readings_on(session: Session, date: dt.date) -> list[ReadingInfo]:
    """Every active appliance (and any other read that day) with that day's reading."""
    read = {
        row.appliance_id: row
        for row in session.scalars(
            select(TemperatureReading).where(TemperatureReading.date == date)
        )
    }
    result = []
    for appliance in session.scalars(
        select(Appliance).order_by(Appliance.kind.desc(), Appliance.name)
    ):
        row = read.get(appliance.id)
        if row is None and not appliance.active:
            continue
        result.append(_reading(session, appliance, date, row))
    return result


def _reading(session, appliance: Appliance, date: dt.date, row) -> ReadingInfo:
    who = ""
    if row is not None and row.recorded_by_id is not None:
        person = session.get(Person, row.recorded_by_id)
        who = person.first_name if person else ""
    return ReadingInfo(
        appliance.id,
        appliance.name,
        Decimal(appliance.min_c),
        Decimal(appliance.max_c),
        date,
        None if row is None else Decimal(row.value_c).quantize(Decimal("0.1")),
        "" if row is None else row.corrective_action,
        who,
    )


def record_readings(
    session: Session, date: dt.date, typed: list[ReadingInput], person_id: int | None
) -> list[ReadingInfo]:
    """The day's readings as typed (every value checked first: one bad value saves nothing);
    returns the day's readings as they were before, for undo."""
    before = readings_on(session, date)
    wanted = []
    for entry in typed:
        if session.get(Appliance, entry.appliance_id) is None:
            raise ValidationError(
                f"value_{entry.appliance_id}", tr("Cet appareil n'existe plus.", "kitchen")
            )
        action = limited_text(entry.corrective_action, f"action_{entry.appliance_id}", 500)
        value = (
            parse_celsius(entry.value_text, f"value_{entry.appliance_id}")
            if (entry.value_text or "").strip()
            else None
        )
        wanted.append((entry.appliance_id, value, action))
    write_day(session, date, wanted, person_id)
    return before


def write_day(
    session: Session,
    date: dt.date,
    wanted: list[tuple[int, Decimal | None, str]],
    person_id: int | None,
) -> None:
    """Make the day's readings of these appliances exactly `wanted` (value None: no reading)."""
    ids = [appliance_id for appliance_id, _value, _action in wanted]
    existing = {
        row.appliance_id: row
        for row in session.scalars(
            select(TemperatureReading).where(
                TemperatureReading.date == date, TemperatureReading.appliance_id.in_(ids)
            )
        )
    }
    for appliance_id, value, action in wanted:
        row = existing.get(appliance_id)
        if value is None:
            if row is not None:
                session.execute(delete(TemperatureReading).where(TemperatureReading.id == row.id))
            continue
        if row is None:
            session.add(
                TemperatureReading(
                    appliance_id=appliance_id,
                    date=date,
                    value_c=value,
                    corrective_action=action,
                    recorded_by_id=person_id,
                    recorded_at=dt.datetime.now().replace(microsecond=0),
                )
            )
        elif (
            Decimal(row.value_c).quantize(Decimal("0.1")) != value
            or row.corrective_action != action
        ):
            row.value_c = value
            row.corrective_action = action
            row.recorded_by_id = person_id
    session.flush()


def as_wanted(readings: list[ReadingInfo]) -> list[tuple[int, Decimal | None, str]]:
    """Readings as `write_day` takes them (to write a day back as it was)."""
    return [(r.appliance_id, r.value_c, r.corrective_action) for r in readings]


@dataclass(frozen=True)
class MonthSheet:
    appliance: ApplianceInfo
    year: int
    month: int
    days: tuple[ReadingInfo, ...]  # every day of the month, read or not


def month_sheet(session: Session, appliance_id: int, year: int, month: int) -> MonthSheet:
    """One appliance's readings over a month, a line per day (for the monthly record sheet)."""
    import calendar

    appliance = session.get(Appliance, appliance_id)
    if appliance is None:
        raise NotFound(appliance_id)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    rows = {
        row.date: row
        for row in session.scalars(
            select(TemperatureReading).where(
                TemperatureReading.appliance_id == appliance_id,
                TemperatureReading.date.between(first, last),
            )
        )
    }
    days = tuple(
        _reading(session, appliance, day, rows.get(day))
        for day in (first + dt.timedelta(days=n) for n in range(last.day))
    )
    return MonthSheet(_info(appliance), year, month, days)


def find_appliance(session: Session, name: str) -> ApplianceInfo:
    row = session.scalars(select(Appliance).where(Appliance.name == name)).first()
    if row is None:
        raise ValidationError(
            "appliance", fill(tr("Pas d'appareil « {name} ».", "kitchen"), name=name)
        )
    return _info(row)
