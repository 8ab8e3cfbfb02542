"""Dates and quantities written without Babel (app/services/locale_shapes.py) are Babel's own
texts, in every interface locale; the locale facts they come from are read from Babel once and kept
in the cache folder, read back from there, and asked from Babel again when the file is unusable."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from app.i18n import FORMAT_LOCALES
from app.services import locale_shapes
from app.services.kept_babel import kept_path
from app.services.locale_shapes import (
    INTERFACE_LOCALES,
    SHAPES,
    SKELETONS,
    decimal_text,
    full_date,
    grouped_decimal_text,
    pattern_date,
    shape_from_babel,
    skeleton_date,
)
from app.services.schedule.mornings import format_day

LOCALES = sorted(set(FORMAT_LOCALES.values()))
DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31))


def babel_decimal(value: Decimal, places: int, locale: str) -> str:
    return format_decimal(value, format="0." + "#" * places if places else "0", locale=locale)


def test_every_interface_locale_has_babels_shape():
    assert sorted(INTERFACE_LOCALES) == LOCALES
    for locale in LOCALES:
        assert locale_shapes.shape(locale) == shape_from_babel(locale)


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    """A cache folder of this test's own, and no shape read yet in this process."""
    monkeypatch.setenv("COOPACTIVES_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(locale_shapes, "SHAPES", {})
    return tmp_path / "cache" / "locales"


def test_a_shape_is_read_from_babel_once_then_from_the_cache_folder(empty_cache, monkeypatch):
    assert locale_shapes.shape("nl_BE") == shape_from_babel("nl_BE")
    kept = list(empty_cache.glob("nl_BE-*.json"))
    assert len(kept) == 1 and not list(empty_cache.glob("*.tmp"))

    def babel_asked(locale):
        raise AssertionError(f"Babel asked for {locale}: the kept file was not read")

    monkeypatch.setattr(locale_shapes, "SHAPES", {})  # a later start: nothing read in-process
    monkeypatch.setattr(locale_shapes, "shape_from_babel", babel_asked)
    assert full_date(dt.date(2026, 12, 2), "nl_BE") == "woensdag 2 december 2026"
    assert decimal_text(Decimal("2.5"), 3, "nl_BE") == "2,5"


SHORT_WEEK = (
    '{"full": "EEEE", "skeletons": [], "weekdays": ["lundi"], "months": [], "decimal": ","}'
)


@pytest.mark.parametrize("content", ["", "{not json", '{"full": "EEEE"}', "[1, 2]", SHORT_WEEK])
def test_an_unusable_kept_file_means_babel_is_asked_again(empty_cache, monkeypatch, content):
    locale_shapes.shape("fr_BE")
    (kept,) = empty_cache.glob("fr_BE-*.json")
    kept.write_text(content, encoding="utf-8")
    monkeypatch.setattr(locale_shapes, "SHAPES", {})
    assert locale_shapes.shape("fr_BE") == shape_from_babel("fr_BE")
    assert locale_shapes.shape("fr_BE") == locale_shapes._kept_or_read("fr_BE")  # written again


def test_another_babel_is_read_again(empty_cache, monkeypatch):
    """The kept file is named after Babel's data files: when they change (another Babel), the
    old file is not read."""
    locale_shapes.shape("en_BE")
    first = kept_path("en_BE", "")
    real_stat = Path.stat

    def newer(path, *args, **kwargs):
        result = real_stat(path, *args, **kwargs)
        if path.name == "global.dat":
            fields = (*result[:6], result.st_size + 1, *result[7:10])  # a larger file
            return os.stat_result(fields, {"st_mtime_ns": result.st_mtime_ns})
        return result

    monkeypatch.setattr(Path, "stat", newer)
    assert kept_path("en_BE", "") != first


def test_a_cache_folder_that_cannot_be_written_still_gives_babels_shape(empty_cache):
    empty_cache.parent.mkdir(parents=True)
    empty_cache.write_text("a file where the folder should be")
    assert locale_shapes.shape("ar_MA") == shape_from_babel("ar_MA")


@settings(deadline=None)
@given(DAYS)
def test_a_date_in_full_is_babels(day):
    for locale in LOCALES:
        assert full_date(day, locale) == format_date(day, "full", locale=locale)


@settings(deadline=None)
@given(DAYS)
def test_a_date_in_figures_is_babels(day):
    for locale in LOCALES:
        for skeleton in SKELETONS:
            assert skeleton_date(skeleton, day, locale) == format_skeleton(
                skeleton, day, locale=locale
            )


def test_the_examples_read_as_expected():
    day = dt.date(2026, 12, 2)
    assert full_date(day, "fr_BE") == "mercredi 2 décembre 2026"
    assert full_date(day, "en_BE") == "Wednesday, 2 December 2026"
    assert full_date(day, "ar_MA") == "الأربعاء، 2 دجنبر 2026"
    assert skeleton_date("yMMdd", dt.date(2026, 3, 4), "fr_BE") == "04/03/2026"
    assert skeleton_date("yMMdd", dt.date(2026, 3, 4), "nl_BE") == "4/3/2026"
    assert decimal_text(Decimal("1.2500"), 3, "fr_BE") == "1,25"
    assert decimal_text(Decimal("2.5"), 0, "nl_BE") == "2"  # half to even
    assert decimal_text(Decimal("-0.0001"), 3, "fr_BE") == "-0"  # Babel keeps the sign


QUANTITIES = st.decimals(allow_nan=False, allow_infinity=False, places=6).filter(
    lambda value: abs(value) < 10**12
) | st.decimals(min_value=-(10**15), max_value=10**15, allow_nan=False, allow_infinity=False)


@settings(deadline=None)
@given(QUANTITIES, st.integers(0, 3))
def test_a_quantity_is_babels(value, places):
    for locale in LOCALES:
        text = decimal_text(value, places, locale)
        assert text is not None
        assert text == babel_decimal(value, places, locale)


@settings(deadline=None)
@given(QUANTITIES)
def test_a_grouped_quantity_is_babels(value):
    """A label's net quantity ("1 500 g", "1,5 kg"): Babel's "#,##0.###", thousands grouped."""
    for locale in LOCALES:
        text = grouped_decimal_text(value, 3, locale)
        assert text is not None
        assert text == format_decimal(value, format="#,##0.###", locale=locale)


def test_grouped_examples():
    assert grouped_decimal_text(Decimal("1234567.5"), 3, "fr_BE") == "1\u202f234\u202f567,5"
    assert grouped_decimal_text(Decimal("-1500"), 3, "en_BE") == "-1.500"  # Belgian English
    assert grouped_decimal_text(Decimal("999.9996"), 3, "nl_BE") == "1.000"
    assert grouped_decimal_text(Decimal("1E+30"), 3, "fr_BE") is None


def test_a_number_too_long_for_the_decimal_context_is_left_to_babel():
    huge = Decimal("1E+30")
    assert decimal_text(huge, 3, "fr_BE") is None
    assert decimal_text(Decimal("NaN"), 3, "fr_BE") is None


@pytest.mark.parametrize("locale", ["de_DE", "ar", "en"])
def test_another_locale_goes_to_babel(locale):
    day = dt.date(2026, 12, 2)
    assert full_date(day, locale) == format_date(day, "full", locale=locale)
    assert skeleton_date("yMMdd", day, locale) is None
    assert decimal_text(Decimal("1.5"), 3, locale) is None


def test_a_pattern_with_a_field_not_written_here_goes_to_babel(monkeypatch):
    shape = locale_shapes.shape("fr_BE")
    odd = locale_shapes.LocaleShape(
        "EEE d MMM y 'à' HH'h'",
        (("yMMdd", "dd.MM.yy"),),
        shape.weekdays,
        shape.months,
        shape.weekdays_short,
        shape.months_short,
        ",",
        shape.group,
        shape.amounts,
    )
    monkeypatch.setitem(SHAPES, "fr_BE", odd)
    day = dt.date(2026, 12, 2)
    assert full_date(day, "fr_BE") == format_date(day, "full", locale="fr_BE")
    assert skeleton_date("yMMdd", day, "fr_BE") is None


def test_quoted_texts_are_written_as_they_are():
    shape = locale_shapes.shape("en_BE")
    parts = locale_shapes._compiled("d 'of' MMMM, y 'o''clock' ''")
    assert locale_shapes._written(parts, shape, dt.date(2026, 12, 2)) == (
        "2 of December, 2026 o'clock '"
    )


# The patterns the app writes its dates with (app/services/schedule/mornings.py `format_day`).
PATTERNS = [
    "EEEE d MMMM",
    "d MMMM y",
    "d MMMM",
    "EEEE d MMMM y",
    "EEEE d/MM",
    "MMMM y",
    "EEE d MMM y",  # Rotation's lists and the printed rotation
]


@settings(max_examples=200)
@given(day=DAYS, pattern=st.sampled_from(PATTERNS), locale=st.sampled_from(LOCALES))
def test_a_date_in_a_pattern_is_babels(day, pattern, locale):
    assert pattern_date(pattern, day, locale) == format_date(day, pattern, locale=locale)


def test_a_pattern_field_not_written_here_or_another_locale_goes_to_babel():
    day = dt.date(2026, 12, 2)
    assert pattern_date("LLLL y", day, "fr_BE") is None  # the month standing alone
    assert pattern_date("EEEE d MMMM", day, "de_DE") is None
    assert format_day(day, "LLLL y") == format_date(day, "LLLL y", locale="fr_BE")
    assert format_day(day) == "mercredi 2 décembre"


def test_a_cache_folder_that_cannot_be_made_still_gives_babels_shape(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("COOPACTIVES_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(locale_shapes, "SHAPES", {})
    assert locale_shapes.shape("nl_BE") == shape_from_babel("nl_BE")
    assert full_date(dt.date(2026, 12, 2), "nl_BE") == "woensdag 2 december 2026"
