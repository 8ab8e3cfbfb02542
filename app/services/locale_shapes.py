"""Dates, quantities and amounts in the four interface languages without Babel: what the window
writes (the day in full on Today, dates as figures, quantities, amounts through
app/services/money.py) from each locale's patterns, day and month names, decimal and thousands
signs and Babel's texts of a few amounts, so that neither the start (about 40 ms of CPU before
the first paint, bench/RESULTS.md, s24u) nor any tab imports Babel or holds its locale data
(about 5 MB for as long as the app runs, s24zc).

Those facts are Babel's (CLDR): `shape_from_babel` reads them the first time a locale is needed
and keeps them in the user cache folder (app/services/kept_babel.py: a small JSON file a locale,
named after Babel's data files, so another Babel makes them read again); later starts read that
file. A missing, unreadable or stale file only means Babel is asked again.
tests/services/test_locale_shapes.py checks that every text made here is Babel's own, over any
date and quantity. A locale that is not an interface locale, a pattern with a field this module
does not write, or a number it does not handle goes to Babel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from app.i18n import FORMAT_LOCALES
from app.services.kept_babel import kept

# The skeletons the interface formats dates with (app/i18n.py: `format_date`, `format_day_month`).
SKELETONS = ("yMMdd", "MMdd")


@dataclass(frozen=True)
class LocaleShape:
    """What a locale's dates and plain quantities are made of (CLDR, through Babel)."""

    full: str  # the pattern of a date in full ("EEEE d MMMM y")
    skeletons: tuple[tuple[str, str], ...]  # (skeleton, the pattern Babel matches it with)
    weekdays: tuple[str, ...]  # wide, in the format context, Monday first
    months: tuple[str, ...]  # wide, in the format context, January first
    weekdays_short: tuple[str, ...]  # abbreviated ("EEE"), in the format context, Monday first
    months_short: tuple[str, ...]  # abbreviated ("MMM"), in the format context, January first
    decimal: str  # the decimal sign (latin digits)
    group: str  # the thousands separator
    # Babel's texts of the amounts `AMOUNTS` (cents), with the euro sign and without
    # (app/services/money.py makes its amounts' shape from them).
    amounts: tuple[tuple[int, str, str], ...]


# The interface's locales: the others go to Babel.
INTERFACE_LOCALES = frozenset(FORMAT_LOCALES.values())
# The amounts (cents) whose Babel texts a shape keeps: the probe money reads a locale's shape from
# (1 234 567,89: both separators, and groups of three), then amounts it checks the shape on.
AMOUNT_PROBE = 123_456_789
AMOUNT_CHECKS = (0, 5, -5, 1_250, 123_456, -123_456, 100_000_000, -99_999_999)
AMOUNTS = (AMOUNT_PROBE, -AMOUNT_PROBE, *AMOUNT_CHECKS)

# The shapes read in this process (tests may put one in to try a pattern).
SHAPES: dict[str, LocaleShape] = {}


def shape(locale: str) -> LocaleShape | None:
    """`locale`'s shape: from this process, from the cache folder, else from Babel (and kept);
    None for a locale that is not an interface locale."""
    known = SHAPES.get(locale)
    if known is None and locale in INTERFACE_LOCALES:
        known = SHAPES[locale] = _kept_or_read(locale)
    return known


def _kept_or_read(locale: str) -> LocaleShape:
    return kept(locale, "", lambda: dataclasses.asdict(shape_from_babel(locale)), _from_fields)


def _from_fields(fields: dict) -> LocaleShape:
    """The shape a kept file holds (lists for tuples); ValueError when it is not whole."""
    read = LocaleShape(
        full=fields["full"],
        skeletons=tuple((k, v) for k, v in fields["skeletons"]),
        weekdays=tuple(fields["weekdays"]),
        months=tuple(fields["months"]),
        weekdays_short=tuple(fields["weekdays_short"]),
        months_short=tuple(fields["months_short"]),
        decimal=fields["decimal"],
        group=fields["group"],
        amounts=tuple((cents, sign, plain) for cents, sign, plain in fields["amounts"]),
    )
    if not _whole(read):
        raise ValueError("an incomplete kept shape")
    return read


def _whole(kept: LocaleShape) -> bool:
    """Seven day names, twelve month names, every probe amount, every pattern and name a text."""
    texts = (
        kept.full,
        kept.decimal,
        kept.group,
        *kept.weekdays,
        *kept.months,
        *kept.weekdays_short,
        *kept.months_short,
        *sum(kept.skeletons, ()),
        *(text for _, *both in kept.amounts for text in both),
    )
    return (
        len(kept.weekdays) == len(kept.weekdays_short) == 7
        and len(kept.months) == len(kept.months_short) == 12
        and tuple(cents for cents, _, _ in kept.amounts) == AMOUNTS
        and all(isinstance(text, str) for text in texts)
    )


def amount_texts(locale: str, symbol: bool) -> dict[int, str] | None:
    """Babel's texts of `AMOUNTS` in `locale` ({cents: text}), with the euro sign or without;
    None for a locale that is not an interface locale."""
    known = shape(locale)
    if known is None:
        return None
    return {cents: sign if symbol else plain for cents, sign, plain in known.amounts}


def full_date(day: dt.date, locale: str) -> str:
    """The date in full ("mercredi 2 décembre 2026"), as Babel's `format_date(day, "full")`."""
    known = shape(locale)
    fields = _compiled(known.full) if known is not None else None
    if fields is None:
        from babel.dates import format_date

        return format_date(day, "full", locale=locale)
    return _written(fields, known, day)


def skeleton_date(skeleton: str, day: dt.date, locale: str) -> str | None:
    """`day` in the pattern Babel matches `skeleton` with in `locale` ("02/12/2026" for "yMMdd"
    in French); None when this module does not know it (the caller asks Babel)."""
    known = shape(locale)
    pattern = dict(known.skeletons).get(skeleton) if known is not None else None
    fields = _compiled(pattern) if pattern is not None else None
    return _written(fields, known, day) if fields is not None else None


def pattern_date(pattern: str, day: dt.date, locale: str) -> str | None:
    """`day` written with the date pattern `pattern` ("EEEE d MMMM"), as Babel's
    `format_date(day, pattern)`; None when this module does not know the locale or a field of
    the pattern (the caller asks Babel)."""
    known = shape(locale)
    fields = _compiled(pattern) if known is not None else None
    return _written(fields, known, day) if fields is not None else None


def decimal_text(value: Decimal, places: int, locale: str) -> str | None:
    """`value` as Babel writes it with the pattern "0.###" (`places` decimals at most, rounded
    half to even, no zero at the end, no thousands separator; "-" before a negative value, even
    one rounded to zero); None when this module does not know the locale or the number (the
    caller asks Babel)."""
    known = shape(locale)
    if known is None or not value.is_finite():
        return None
    try:
        rounded = abs(value).normalize().quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:  # more digits than the decimal context holds: Babel says what
        return None
    whole, _, decimals = f"{rounded:f}".partition(".")
    decimals = decimals.rstrip("0")
    text = whole + (known.decimal + decimals if decimals else "")
    return "-" + text if value.is_signed() else text


def grouped_decimal_text(value: Decimal, places: int, locale: str) -> str | None:
    """`value` as Babel writes it with the pattern "#,##0.###" (`decimal_text` with the whole
    part in groups of three); None when this module does not know the locale or the number."""
    text = decimal_text(value, places, locale)
    if text is None:
        return None
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, decimals = digits.partition(shape(locale).decimal)
    return sign + f"{int(whole):,}".replace(",", shape(locale).group) + dot + decimals


# --- Patterns ---------------------------------------------------------------------------------
_TOKENS = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^'A-Za-z]+")
_WRITTEN_FIELDS = frozenset({"EEEE", "EEE", "d", "dd", "M", "MM", "MMMM", "MMM", "y", "yyyy"})


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


def _written(fields: tuple[str, ...], known: LocaleShape, day: dt.date) -> str:
    out = []
    for field in fields:
        if field.startswith("'"):
            out.append(field[1:])
        elif field == "EEEE":
            out.append(known.weekdays[day.weekday()])
        elif field == "MMMM":
            out.append(known.months[day.month - 1])
        elif field == "EEE":
            out.append(known.weekdays_short[day.weekday()])
        elif field == "MMM":
            out.append(known.months_short[day.month - 1])
        else:
            value = {"d": day.day, "M": day.month, "y": day.year}[field[0]]
            out.append(f"{value:0{len(field)}d}")
    return "".join(out)


def shape_from_babel(locale: str) -> LocaleShape:
    """`locale`'s shape read from Babel (what the cache folder keeps)."""
    from babel import Locale
    from babel.dates import match_skeleton
    from babel.numbers import get_decimal_symbol, get_group_symbol

    from app.services.money import babel_amount

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
        weekdays_short=tuple(parsed.days["format"]["abbreviated"][day] for day in range(7)),
        months_short=tuple(parsed.months["format"]["abbreviated"][month] for month in range(1, 13)),
        decimal=get_decimal_symbol(parsed),
        group=get_group_symbol(parsed),
        amounts=tuple(
            (cents, babel_amount(cents, locale, True), babel_amount(cents, locale, False))
            for cents in AMOUNTS
        ),
    )
