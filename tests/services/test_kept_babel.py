"""Babel's facts kept in the cache folder (app/services/kept_babel.py): the countries' names are
read from Babel once, then from the kept file, and again from Babel when that file is unusable;
once the facts are kept, the interface writes its dates, amounts, quantities and country names
without importing Babel (its data for one locale held ≈ 5 MB for as long as the app ran)."""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from babel.dates import format_time
from hypothesis import given, settings
from hypothesis import strategies as st

from app.i18n import FORMAT_LOCALES, format_date, format_datetime, isolate
from app.services.people import countries


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COOPACTIVES_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "locales"


def read_names(locale: str = "fr") -> dict[str, str]:
    return countries.country_names.__wrapped__(locale)  # not the process's cached answer


def test_country_names_are_read_from_babel_once_then_from_the_cache_folder(cache, monkeypatch):
    names = read_names()
    assert names == countries.countries_from_babel("fr")
    assert names["BE"] == "Belgique" and names["CD"] == "Congo-Kinshasa"
    assert "EU" not in names and "150" not in names  # regions and pseudo-codes left out
    (kept,) = cache.glob("fr-countries-*.json")
    assert json.loads(kept.read_text(encoding="utf-8")) == names

    def babel_asked(locale):
        raise AssertionError("Babel asked: the kept file was not read")

    monkeypatch.setattr(countries, "countries_from_babel", babel_asked)
    assert read_names() == names


@pytest.mark.parametrize(
    "content", ["", "{not json", "[1, 2]", '{"BE": "Belgique"}', '{"BE": 1}', "null"]
)
def test_an_unusable_kept_country_list_means_babel_is_asked_again(cache, content):
    names = read_names()
    (kept,) = cache.glob("fr-countries-*.json")
    kept.write_text(content, encoding="utf-8")
    assert read_names() == names
    assert json.loads(kept.read_text(encoding="utf-8")) == names  # written again


WRITES = """
import datetime as dt, sys
from decimal import Decimal
from app.i18n import format_date, format_datetime
from app.services.labels.content import net_quantity_text
from app.services.schedule.mornings import format_day
from app.services.locale_shapes import full_date
from app.services.money import format_amount
from app.services.people.countries import country_name
texts = [
    format_amount(123456), format_amount(-5, symbol=False), net_quantity_text(Decimal(1500), "g"),
    net_quantity_text(Decimal(2500), "kg"), country_name("BE"), format_date(dt.date(2026, 12, 2)),
    full_date(dt.date(2026, 12, 2), "fr_BE"), format_day(dt.date(2026, 12, 2), "EEE d MMM y"),
    format_datetime(dt.datetime(2026, 12, 2, 9, 5)),
]
print(sorted(name for name in sys.modules if name.split(".")[0] == "babel"))
print(texts)
"""


def test_once_kept_the_interface_writes_without_babel(tmp_path):
    env = dict(os.environ, COOPACTIVES_CACHE_DIR=str(tmp_path / "cache"))

    def run() -> list[str]:
        command = [sys.executable, "-c", WRITES]
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        return done.stdout.splitlines()

    first_modules, first_texts = run()  # the very first start: Babel read, its facts kept
    assert first_modules != "[]"
    modules, texts = run()
    assert modules == "[]"
    assert texts == first_texts
    assert ast.literal_eval(texts) == [
        "1\u202f234,56\xa0€",
        "-0,05",
        "1,5 kg",
        "2\u202f500 kg",
        "Belgique",
        "02/12/2026",
        "mercredi 2 décembre 2026",
        "mer. 2 déc. 2026",
        "02/12/2026 09:05",
    ]


AWARE = st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5))]))


@settings(deadline=None)
@given(st.datetimes() | AWARE)
def test_a_time_is_babels(value):
    """`format_datetime` writes the time itself: Babel's "HH:mm" gives the same figures in every
    interface locale, naive or aware (its own hour, never converted)."""
    for locale in sorted(set(FORMAT_LOCALES.values())):
        assert format_datetime(value, locale) == isolate(
            f"{format_date(value, locale)} {format_time(value, 'HH:mm', locale=locale)}"
        )
