"""Fridge and freezer temperatures: typed values ("-18,5" yes, "abc" and 200 °C no, nothing of the
day saved then), out of limits asking for a corrective action, the day written back for undo, the
Today screen's line and alarm, and the month's sheet read back from its PDF."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pdfplumber
import pytest

from app.models.kitchen import TemperatureReading
from app.printing.temperature_month import temperature_month_pdf
from app.services.errors import ValidationError
from app.services.kitchen import temperatures
from app.services.kitchen.temperatures import ApplianceInput, ReadingInput
from app.services.today import first_screen

DAY = dt.date(2022, 9, 27)


def two_appliances(session):
    fridge = temperatures.create_appliance(session, ApplianceInput("Frigo", "fridge", "0", "4"))
    freezer = temperatures.create_appliance(
        session, ApplianceInput("Congélateur", "freezer", "-30", "-18")
    )
    return fridge.id, freezer.id


def readings(session):
    return session.query(TemperatureReading).count()


def test_values_as_typed_are_kept_to_a_tenth(session):
    fridge, freezer = two_appliances(session)
    temperatures.record_readings(
        session, DAY, [ReadingInput(fridge, "3,5 °C"), ReadingInput(freezer, "-18,5")], None
    )
    day = {r.appliance_id: r for r in temperatures.readings_on(session, DAY)}
    assert day[fridge].value_c == Decimal("3.5") and not day[fridge].out_of_limits
    assert day[freezer].value_c == Decimal("-18.5") and not day[freezer].out_of_limits


@pytest.mark.parametrize(
    ("typed", "message"),
    [("abc", "n'est pas une température"), ("200", "entre -40 et 30 °C"), ("4,,5", "n'est pas")],
)
def test_a_wrong_value_is_refused_at_its_field_and_nothing_is_saved(session, typed, message):
    fridge, freezer = two_appliances(session)
    with pytest.raises(ValidationError) as raised:
        temperatures.record_readings(
            session, DAY, [ReadingInput(fridge, "3"), ReadingInput(freezer, typed)], None
        )
    assert raised.value.field == f"value_{freezer}"
    assert message in raised.value.message
    assert readings(session) == 0


def test_out_of_limits_asks_for_an_action_until_one_is_written(session):
    fridge, freezer = two_appliances(session)
    temperatures.record_readings(session, DAY, [ReadingInput(fridge, "8")], None)
    info = first_screen.day_temperatures(session, DAY)
    assert [(t.name, t.value_c, t.needs_action) for t in info] == [
        ("Frigo", Decimal("8.0"), True),
        ("Congélateur", None, False),
    ]
    temperatures.record_readings(
        session, DAY, [ReadingInput(fridge, "8", "Porte refermée, relu 3 °C")], None
    )
    assert not any(t.needs_action for t in first_screen.day_temperatures(session, DAY))


def test_the_fridge_line_is_done_when_every_appliance_is_read(session):
    from app.services.people import cohorts

    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("C", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    fridge, freezer = two_appliances(session)

    def fridge_line():
        items = first_screen.day_checklist(session, cohort.id, DAY)
        return next(i for i in items if i.default_key == "fridge_temperatures")

    assert not fridge_line().done
    temperatures.record_readings(session, DAY, [ReadingInput(fridge, "3")], None)
    assert not fridge_line().done
    temperatures.record_readings(session, DAY, [ReadingInput(freezer, "-20")], None)
    assert fridge_line().done


def test_the_day_written_back_is_the_day_before(session):
    fridge, freezer = two_appliances(session)
    temperatures.record_readings(session, DAY, [ReadingInput(fridge, "3")], None)
    before = temperatures.record_readings(
        session, DAY, [ReadingInput(fridge, "5", "Réglé"), ReadingInput(freezer, "-20")], None
    )
    temperatures.write_day(session, DAY, temperatures.as_wanted(before), None)
    day = {r.appliance_id: r for r in temperatures.readings_on(session, DAY)}
    assert day[fridge].value_c == Decimal("3.0") and day[fridge].corrective_action == ""
    assert day[freezer].value_c is None
    assert readings(session) == 1


def test_an_appliance_needs_a_name_and_ordered_limits(session):
    two_appliances(session)
    for data, field in (
        (ApplianceInput("", "fridge", "0", "4"), "name"),
        (ApplianceInput("Frigo", "fridge", "0", "4"), "name"),
        (ApplianceInput("Frigo 2", "fridge", "4", "0"), "max_c"),
        (ApplianceInput("Frigo 2", "fridge", "zéro", "4"), "min_c"),
    ):
        with pytest.raises(ValidationError) as raised:
            temperatures.create_appliance(session, data)
        assert raised.value.field == field


def test_the_month_sheet_has_a_line_per_day_and_marks_what_was_out(session):
    fridge, _freezer = two_appliances(session)
    temperatures.record_readings(session, DAY, [ReadingInput(fridge, "8", "Porte refermée")], None)
    temperatures.record_readings(session, dt.date(2022, 9, 28), [ReadingInput(fridge, "3,5")], None)
    sheet = temperatures.month_sheet(session, fridge, 2022, 9)
    assert len(sheet.days) == 30
    with pdfplumber.open(io.BytesIO(temperature_month_pdf(sheet))) as document:
        text = " ".join(page.extract_text() for page in document.pages)
        rows = [row for page in document.pages for t in page.extract_tables() for row in t]
    assert "Températures — Frigo — septembre 2022" in text
    assert "de 0 à 4 °C" in text
    assert ["27/09/2022", "8 !", "", "Porte refermée"] in rows
    assert ["28/09/2022", "3,5", "", ""] in rows
    assert "Relevés : 2 · hors limites (« ! ») : 1" in text
