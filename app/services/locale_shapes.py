"""Dates and quantities in the four interface languages without Babel: what the first window
writes (the day in full on Today, dates as figures, quantities) from the locales' patterns, names
and decimal sign written down here, so that the start neither imports Babel nor loads its locale
data (about 40 ms of CPU before the first paint, bench/RESULTS.md, s24u).

`SHAPES` is a copy of Babel's CLDR data for the interface locales (`shape_from_babel` reads it
again); tests/services/test_locale_shapes.py checks that the copy is still Babel's and that every
text made here is Babel's own, over any date and quantity. A locale not in `SHAPES`, a pattern
with a field this module does not write, or a number it does not handle goes to Babel.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

# The skeletons the interface formats dates with (app/i18n.py: `format_date`, `format_day_month`).
SKELETONS = ("yMMdd", "MMdd")


@dataclass(frozen=True)
class LocaleShape:
    """What a locale's dates and plain quantities are made of (CLDR, through Babel)."""

    full: str  # the pattern of a date in full ("EEEE d MMMM y")
    skeletons: tuple[tuple[str, str], ...]  # (skeleton, the pattern Babel matches it with)
    weekdays: tuple[str, ...]  # wide, in the format context, Monday first
    months: tuple[str, ...]  # wide, in the format context, January first
    decimal: str  # the decimal sign (latin digits)


SHAPES: dict[str, LocaleShape] = {
    "fr_BE": LocaleShape(
        full="EEEE d MMMM y",
        skeletons=(("yMMdd", "dd/MM/y"), ("MMdd", "dd/MM")),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        months=(
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
        decimal=",",
    ),
    "en_BE": LocaleShape(
        full="EEEE, d MMMM y",
        skeletons=(("yMMdd", "d/M/y"), ("MMdd", "dd/MM")),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        months=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        decimal=",",
    ),
    "nl_BE": LocaleShape(
        full="EEEE d MMMM y",
        skeletons=(("yMMdd", "d/M/y"), ("MMdd", "d/M")),
        weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        months=(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        decimal=",",
    ),
    "ar_MA": LocaleShape(
        full="EEEE، d MMMM y",
        skeletons=(("yMMdd", "d\u200f/M\u200f/y"), ("MMdd", "dd\u200f/MM")),
        weekdays=("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        months=(
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "ماي",
            "يونيو",
            "يوليوز",
            "غشت",
            "شتنبر",
            "أكتوبر",
            "نونبر",
            "دجنبر",
        ),
        decimal=",",
    ),
}


def full_date(day: dt.date, locale: str) -> str:
    """The date in full ("mercredi 2 décembre 2026"), as Babel's `format_date(day, "full")`."""
    shape = SHAPES.get(locale)
    fields = _compiled(shape.full) if shape is not None else None
    if fields is None:
        from babel.dates import format_date

        return format_date(day, "full", locale=locale)
    return _written(fields, shape, day)


def skeleton_date(skeleton: str, day: dt.date, locale: str) -> str | None:
    """`day` in the pattern Babel matches `skeleton` with in `locale` ("02/12/2026" for "yMMdd"
    in French); None when this module does not know it (the caller asks Babel)."""
    shape = SHAPES.get(locale)
    pattern = dict(shape.skeletons).get(skeleton) if shape is not None else None
    fields = _compiled(pattern) if pattern is not None else None
    return _written(fields, shape, day) if fields is not None else None


def decimal_text(value: Decimal, places: int, locale: str) -> str | None:
    """`value` as Babel writes it with the pattern "0.###" (`places` decimals at most, rounded
    half to even, no zero at the end, no thousands separator; "-" before a negative value, even
    one rounded to zero); None when this module does not know the locale or the number (the
    caller asks Babel)."""
    shape = SHAPES.get(locale)
    if shape is None or not value.is_finite():
        return None
    try:
        rounded = abs(value).normalize().quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:  # more digits than the decimal context holds: Babel says what
        return None
    whole, _, decimals = f"{rounded:f}".partition(".")
    decimals = decimals.rstrip("0")
    text = whole + (shape.decimal + decimals if decimals else "")
    return "-" + text if value.is_signed() else text


# --- Patterns ---------------------------------------------------------------------------------
_TOKENS = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^'A-Za-z]+")
_WRITTEN_FIELDS = frozenset({"EEEE", "d", "dd", "M", "MM", "MMMM", "y", "yyyy"})


@cache
def _compiled(pattern: str) -> tuple[str, ...] | None:
    """The pattern's parts: fields ("EEEE", "dd"…) and literal texts (marked with a leading
    quote); None when it holds a field this module does not write."""
    parts = []
    for match in _TOKENS.finditer(pattern):
        token = match.group(0)
        if match.group(1) is None:
            literal = token[1:-1].replace("''", "'") if token.startswith("'") else token
            parts.append("'" + (literal or "'"))
        elif token in _WRITTEN_FIELDS:
            parts.append(token)
        else:
            return None
    return tuple(parts)


def _written(fields: tuple[str, ...], shape: LocaleShape, day: dt.date) -> str:
    out = []
    for field in fields:
        if field.startswith("'"):
            out.append(field[1:])
        elif field == "EEEE":
            out.append(shape.weekdays[day.weekday()])
        elif field == "MMMM":
            out.append(shape.months[day.month - 1])
        else:
            value = {"d": day.day, "M": day.month, "y": day.year}[field[0]]
            out.append(f"{value:0{len(field)}d}")
    return "".join(out)


def shape_from_babel(locale: str) -> LocaleShape:
    """`locale`'s shape read from Babel (what `SHAPES` copies)."""
    from babel import Locale
    from babel.dates import match_skeleton
    from babel.numbers import get_decimal_symbol

    parsed = Locale.parse(locale)
    skeletons = []
    for skeleton in SKELETONS:
        known = parsed.datetime_skeletons
        matched = skeleton if skeleton in known else match_skeleton(skeleton, known)
        skeletons.append((skeleton, known[matched].pattern))
    return LocaleShape(
        full=parsed.date_formats["full"].pattern,
        skeletons=tuple(skeletons),
        weekdays=tuple(parsed.days["format"]["wide"][day] for day in range(7)),
        months=tuple(parsed.months["format"]["wide"][month] for month in range(1, 13)),
        decimal=get_decimal_symbol(parsed),
    )
