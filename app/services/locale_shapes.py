"""Dates and quantities in the four interface languages without importing Babel at start: what
the first window writes (the day in full on Today, dates as figures, quantities) from each
locale's patterns, day and month names and decimal sign, so that the start neither imports Babel
nor loads its locale data (about 40 ms of CPU before the first paint, bench/RESULTS.md, s24u).

Those facts are Babel's (CLDR): `shape_from_babel` reads them the first time a locale is needed
and keeps them in the user cache folder (`app.config.cache_dir`, a small JSON file a locale,
named after the sizes and times of Babel's data files, so another Babel makes them read again);
later starts read that file. A missing, unreadable or stale file only means Babel is asked again.
tests/services/test_locale_shapes.py checks that every text made here is Babel's own, over any
date and quantity. A locale that is not an interface locale, a pattern with a field this module
does not write, or a number it does not handle goes to Babel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from app.i18n import FORMAT_LOCALES

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


# The interface's locales: the others go to Babel.
INTERFACE_LOCALES = frozenset(FORMAT_LOCALES.values())
# What a kept file holds, and how: another value makes every kept file stale.
_KEPT_FORMAT = 1

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
    path = _kept_path(locale)
    if path is not None:
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
            kept = LocaleShape(
                full=fields["full"],
                skeletons=tuple((k, v) for k, v in fields["skeletons"]),
                weekdays=tuple(fields["weekdays"]),
                months=tuple(fields["months"]),
                decimal=fields["decimal"],
            )
            if _whole(kept):
                return kept
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing, unreadable or of another shape: Babel says it again
    read = shape_from_babel(locale)
    if path is not None:
        _keep(path, read)
    return read


def _whole(kept: LocaleShape) -> bool:
    """Seven day names, twelve month names, every pattern and name a text."""
    texts = (kept.full, kept.decimal, *kept.weekdays, *kept.months, *sum(kept.skeletons, ()))
    return (
        len(kept.weekdays) == 7
        and len(kept.months) == 12
        and all(isinstance(text, str) for text in texts)
    )


def _kept_path(locale: str) -> Path | None:
    """The file keeping `locale`'s shape, named after Babel's data files (their sizes and times:
    another Babel, another name); None when Babel's files cannot be found (nothing is kept)."""
    try:
        spec = importlib.util.find_spec("babel")
        folder = Path(spec.submodule_search_locations[0])
        marks = [
            f"{stat.st_size}-{stat.st_mtime_ns}"
            for stat in (
                (folder / "global.dat").stat(),
                (folder / "locale-data" / f"{locale}.dat").stat(),
            )
        ]
        import hashlib

        from app.config import cache_dir

        digest = hashlib.sha256(f"{_KEPT_FORMAT} {' '.join(marks)}".encode()).hexdigest()[:16]
        return cache_dir() / "locales" / f"{locale}-{digest}.json"
    except (AttributeError, IndexError, OSError, TypeError, ValueError, ImportError):
        return None  # Babel's files not found, or no cache folder can be made: nothing kept


def _keep(path: Path, read: LocaleShape) -> None:
    """Write the file through a temporary one (a half-written file is never read); a folder that
    cannot be written only means Babel is asked again next time."""
    import tempfile

    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as file:
            written = file.name
            json.dump(dataclasses.asdict(read), file, ensure_ascii=False)
        os.replace(written, path)
    except OSError:
        if written is not None:
            Path(written).unlink(missing_ok=True)


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


def _written(fields: tuple[str, ...], known: LocaleShape, day: dt.date) -> str:
    out = []
    for field in fields:
        if field.startswith("'"):
            out.append(field[1:])
        elif field == "EEEE":
            out.append(known.weekdays[day.weekday()])
        elif field == "MMMM":
            out.append(known.months[day.month - 1])
        else:
            value = {"d": day.day, "M": day.month, "y": day.year}[field[0]]
            out.append(f"{value:0{len(field)}d}")
    return "".join(out)


def shape_from_babel(locale: str) -> LocaleShape:
    """`locale`'s shape read from Babel (what the cache folder keeps)."""
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
