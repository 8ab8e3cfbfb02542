"""Translation of user-visible text outside the UI (services, printing, CLI).

The source language is French. By default `tr` returns the French text; the GUI installs Qt's
translator at start-up (`install_translator`), so services and printing share the UI's catalogue.
Use `tr("Texte en français", "Contexte")`; the context groups strings in the `.ts` files.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def _french_n(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The French source of a counted text, "%n" filled in (French has no catalogue)."""
    return french_plural(text, n).replace("%n", str(n))


# A translator takes Qt's own arguments, (context, text) for a plain text and (context, text,
# disambiguation, n) for a counted one: the GUI installs `QCoreApplication.translate` itself for
# both, so that no call anywhere passes a variable text to a translation function.
_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731
_translate_n: Callable[[str, str, str | None, int], str] = _french_n

DEFAULT_CONTEXT = "coopactives"
# The Babel locale of each language, for amounts, quantities, percentages and dates in the
# interface and in documents alike: one decimal separator per language, the comma in all four
# (Arabic as written in Morocco, "1.234,56", with the digits 0-9 the cooperatives' members use;
# Babel's plain "ar" wrote "1,234.56"). docs/glossary.md says so; the parsers read all of them.
FORMAT_LOCALES = {"fr": "fr_BE", "en": "en_BE", "nl": "nl_BE", "ar": "ar_MA"}
# The languages the app speaks (the interface's and the label language's choices), each named in
# its own script: a name that is never translated, so that she finds her language whatever the
# interface shows.
LANGUAGE_NAMES: dict[str, str] = {
    "fr": "Français",
    "en": "English",
    "nl": "Nederlands",
    "ar": "العربية",
}
# Babel locale for numbers, dates and amounts shown in the interface (documents for customers
# use the cooperative's label language instead).
_format_locale = "fr_BE"


def tr(text: str, context: str = DEFAULT_CONTEXT) -> str:
    """The text in the interface language (French, the source, until a translator is installed)."""
    return _translate(context, text)


def tr_n(text: str, context: str, n: int) -> str:
    """A text about `n` things, in the plural form the interface language uses for `n`: "%n" in
    the text stands for the number ("Encore %n essai(s)." → "2 more tries")."""
    return _translate_n(context, text, None, n)


def plural_count(value) -> int:
    """The number that chooses the plural form for a quantity: itself when whole ("2 fournées"),
    else a count every language reads as "many" (1,5 → the form for 100: "1,5 fournées")."""
    return int(value) if value == int(value) else 100


def french_plural(text: str, n: int) -> str:
    """The French source of a text about `n` things with its "(s)" resolved, for the French
    interface (the source language has no catalogue): "%n jour(s)" → "1 jour", "2 jours"; a
    marker is a short ending in brackets right after a letter: "(s)", "(e)", "(es)", "(x)"."""
    import re

    singular = -2 < n < 2  # French: 0 and 1 take the singular (as 1,5)
    return re.sub(r"(?<=\w)\((\w{1,2})\)", "" if singular else r"\1", text)


def install_translator(
    translate: Callable[[str, str], str],
    translate_n: Callable[[str, str, str | None, int], str] | None = None,
) -> None:
    """Route `tr` (and `tr_n`) through other functions with Qt's arguments, e.g.
    `install_translator(QCoreApplication.translate, QCoreApplication.translate)`."""
    global _translate, _translate_n
    _translate = translate
    if translate_n is not None:
        _translate_n = translate_n
    _language_changed()


def format_locale() -> str:
    """The Babel locale of the interface language, e.g. "fr_BE"."""
    return _format_locale


def set_format_locale(locale: str) -> None:
    """The interface's locale (a language switch sets it, app/ui/language.py)."""
    global _format_locale
    _format_locale = locale
    _language_changed()


# --- Texts translated once per language ----------------------------------------------------------
# Every change of language goes through `install_translator` (the commands, tests) or
# `set_format_locale` (the GUI's switch, which changes Qt's translators): each starts a new
# generation, and what `once_per_language` kept from an earlier one is translated again.
_generation = 0


def _language_changed() -> None:
    global _generation
    _generation += 1


def once_per_language(build: Callable[[], T]) -> Callable[[], T]:
    """`build()` (translated texts, e.g. a vocabulary's labels) computed once and given again
    until the interface language changes: `@once_per_language` over a function of no argument.
    Its value is shared: give a read-only one (a tuple, a `MappingProxyType`)."""
    kept: list = [None, None]  # [generation, value]

    @functools.wraps(build)
    def in_this_language() -> T:
        if kept[0] != _generation:
            kept[1] = build()
            kept[0] = _generation
        return kept[1]

    return in_this_language


# --- Values inside right-to-left sentences -------------------------------------------------------
# In Arabic, a phone number, a time range, "−1" or an amount inside a sentence is laid out by the
# bidirectional algorithm with the sentence's direction and comes out jumbled ("36 26 16 470
# 32+"). Wrapped in a first-strong isolate it keeps its own direction. Only the right-to-left
# interface gets the (invisible) marks, so French, English and Dutch texts stay as they are.
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
RIGHT_TO_LEFT_MARK = "\u200f"
ISOLATE_MARKS = FIRST_STRONG_ISOLATE + POP_DIRECTIONAL_ISOLATE
_right_to_left = False


def set_right_to_left(on: bool) -> None:
    """Say whether the interface reads right to left (Arabic): `isolate` then marks values."""
    global _right_to_left
    _right_to_left = bool(on)


def is_right_to_left() -> bool:
    return _right_to_left


def isolate(value) -> str:
    """`value` as text that keeps its own direction inside a sentence of the interface (or of
    the customer document being made, `in_customer_language`): one
    isolated run around the whole of it. A value built of isolated parts ("⁨9⁩:00 – ⁨12⁩:00") is
    wrapped too: only a value isolated from its first character to its last is left as it is."""
    text = "" if value is None else str(value)
    if not document_right_to_left() or not text or _wholly_isolated(text):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def _wholly_isolated(text: str) -> bool:
    """Whether the isolate that opens `text` closes at its very end."""
    if not text.startswith(FIRST_STRONG_ISOLATE):
        return False
    depth = 0
    for position, character in enumerate(text):
        if character == FIRST_STRONG_ISOLATE:
            depth += 1
        elif character == POP_DIRECTIONAL_ISOLATE:
            depth -= 1
            if depth == 0:
                return position == len(text) - 1
    return False


def fill(sentence: str, *values, **named) -> str:
    """A translated `sentence` with its values put in ("Il manque {hours} h." → "Il manque 9 h."),
    each value isolated (`isolate`) so that in Arabic it keeps its own direction. The one way the
    interface's messages take values: `fill(tr("… {name} …", "ctx"), name=person.name)`, never
    `.format` on a translated text (tests/test_isolated_values.py)."""
    return sentence.format(
        *(isolate(value) for value in values),
        **{key: isolate(value) for key, value in named.items()},
    )


def labelled(label, value) -> str:
    """A label and its value with the language's punctuation ("Espèces : 29" in French, "Cash:
    29" in the others), both isolated. In Arabic the line starts with a right-to-left mark: with
    both parts isolated it has no letter of its own, and would take the direction of the label's
    first letter (left to right for "Zineb")."""
    return values_line(fill(tr("{label} : {value}", "punctuation"), label=label, value=value))


def values_line(line: str) -> str:
    """A line made only of isolated values and punctuation, starting with a right-to-left mark
    in Arabic: it has no letter of its own, and would otherwise take the direction of its first
    value's first letter (left to right for "Zineb", or for a Latin product name). The direction
    is the document's being made, else the interface's, as `isolate`'s."""
    return f"{RIGHT_TO_LEFT_MARK}{line}" if document_right_to_left() else line


def joined(first, second) -> str:
    """Two values side by side, a dash between ("04/10/2022 — Épicerie Nour"), each isolated: in
    Arabic the first stands on the right. Never an f-string of values and a dash, which runs
    Latin values together in a right-to-left line (tests/test_isolated_values.py)."""
    return values_line(fill(tr("{first} — {second}", "punctuation"), first=first, second=second))


def before_after(before, after) -> str:
    """A change from one value to another ("Nadia → Amina"; in Arabic the arrow points left,
    from the right-hand value to the left-hand one), each isolated."""
    return values_line(fill(tr("{before} → {after}", "punctuation"), before=before, after=after))


def listed(*values) -> str:
    """Values in a row with a middle dot between ("3 · Autonome"), each isolated, so that in
    Arabic they read from the right in the order given."""
    return values_line(" · ".join(isolate(value) for value in values))


# The list comma and semicolon of each language (CLDR: Arabic writes "،" U+060C and "؛" U+061B;
# Babel's list patterns also add "و", "and", between the last two, which a list of reasons or
# names in a cell does not want).
_LIST_SEPARATORS = {"ar": {",": "، ", ";": "؛ "}}
_LATIN_SEPARATORS = {",": ", ", ";": "; "}


def listing(values, separator: str = ",") -> str:
    """Values one after the other, each isolated, with the comma (or with `separator` ";" the
    semicolon) of the language they are read in: "Amina (partie), Karim (parti)" in French,
    "Amina (غادرت)، Karim (غادر)" in Arabic. The language is the customer document's being made
    (`in_customer_language`), else the interface's. Never `", ".join(...)` of values shown to
    people (tests/test_list_separators.py)."""
    return list_separator(separator).join(isolate(value) for value in values)


def list_separator(separator: str = ",", language: str | None = None) -> str:
    """The comma (or with ";" the semicolon) and its space of the language lists are read in:
    `language` when given (a text stored for labels), else the customer document's being made
    (`in_customer_language`), else the interface's ("، " in Arabic, ", " otherwise)."""
    language = language or _customer_language.get() or _format_locale.split("_")[0]
    return _LIST_SEPARATORS.get(language, _LATIN_SEPARATORS)[separator]


def without_isolates(text: str) -> str:
    """`text` without isolate marks (for PDFs and files, whose readers lay out on their own)."""
    return (text or "").translate({ord(mark): None for mark in ISOLATE_MARKS})


def measure(sentence: str, **named) -> str:
    """A number with its unit ("90 h", "15 min", "4,5 kg", "32 %"), `sentence` being the
    translated unit with the number's placeholder (`tr("{hours} h", "units")`), as one isolated
    run: in Arabic an isolated number beside a Latin unit is laid out apart from it ("h 90"); the
    number and its unit isolated together keep the order they are written in."""
    return isolate(without_isolates(fill(sentence, **named)))


def with_percent(value) -> str:
    """A percentage and its sign as the language writes it ("75 %", "75%"), one isolated run
    (`measure`): in Arabic not "% 75"."""
    return measure(tr("{value} %", "units"), value=value)


def with_celsius(value) -> str:
    """A temperature and its unit as the language writes it ("-18,5 °C"), one isolated run."""
    return measure(tr("{value} °C", "units"), value=value)


def clock_time(value: dt.time) -> str:
    """A time of day as people write it in the interface language ("9h", "9h30" in French,
    "9:00" in English and Arabic): the one format of a time in the interface. One value, with no
    isolate inside ("9" is not a value of its own), so that a range of two reads in order."""
    if value.minute:
        text = fill(
            tr("{hour}h{minute}", "schedule_time"), hour=value.hour, minute=f"{value.minute:02d}"
        )
    else:
        text = fill(tr("{hour}h", "schedule_time"), hour=value.hour)
    return without_isolates(text)


def time_range(start: dt.time, end: dt.time) -> str:
    """'9h – 12h' ('9:00 – 12:00') from two times: one isolated run, kept in that order in a
    right-to-left sentence or table cell (the Schedule's grid, the Today screen, documents)."""
    return isolate(f"{clock_time(start)} – {clock_time(end)}")


# --- Dates in the interface language -------------------------------------------------------------
@functools.lru_cache(maxsize=64)
def _skeleton_pattern(skeleton: str, locale: str):
    """(pattern, Locale) for a skeleton: what `babel.dates.format_skeleton` matches on every call
    (about 1 ms, more than the formatting), matched once per skeleton and language."""
    from babel import Locale
    from babel.dates import match_skeleton

    parsed = Locale.parse(locale)
    if skeleton not in parsed.datetime_skeletons:
        skeleton = match_skeleton(skeleton, parsed.datetime_skeletons)
    return parsed.datetime_skeletons[skeleton], parsed


@functools.lru_cache(maxsize=8192)
def _skeleton_text(skeleton: str, day: dt.date, locale: str) -> str:
    """`babel.dates.format_skeleton(skeleton, day, locale=locale)`: written from the interface
    locales' shapes without Babel (app/services/locale_shapes.py: the first window loads no
    Babel), else through Babel with its pattern matched once. Kept: a list of ten thousand rows
    shows the same few hundred days, so each is formatted once."""
    from app.services.locale_shapes import skeleton_date

    shaped = skeleton_date(skeleton, day, locale)
    if shaped is not None:
        return shaped
    from babel.dates import format_datetime

    pattern, parsed = _skeleton_pattern(skeleton, locale)
    return format_datetime(day, pattern, locale=parsed)


def _skeleton(skeleton: str, day: dt.date, locale: str) -> str:
    # Isolated here, not in the cache: whether to isolate follows the interface's direction.
    return isolate(_skeleton_text(skeleton, day, locale))


def _day(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def format_date(value, locale: str | None = None) -> str:
    """A date as figures in the interface language ("03/10/2022" in French), or in `locale`."""
    return _skeleton("yMMdd", _day(value), locale or _format_locale)


def format_day_month(value, locale: str | None = None) -> str:
    """Day and month only ("03/10" in French), e.g. for chart axes."""
    return _skeleton("MMdd", _day(value), locale or _format_locale)


def format_datetime(value, locale: str | None = None) -> str:
    """A date and time as figures ("03/10/2022 14:05" in French), or in `locale`. The time is
    Babel's `format_time(value, "HH:mm")`, the same figures in every locale, written here (Babel
    and its locale data stay unloaded: 5 MB, bench/RESULTS.md, s24zc)."""
    locale = locale or _format_locale
    return isolate(f"{format_date(value, locale)} {value.hour:02d}:{value.minute:02d}")


# --- Documents for customers ---------------------------------------------------------------------
# Labels, quotes, allergen sheets and price lists are for customers: they are written in the
# cooperative's label language (French by default) whatever the interface language. Their texts
# go through `doc_tr`, never through the interface translator, and their entry points build them
# inside `in_customer_language(cooperative.label_language)`; every other document follows the
# interface (docs/DEVELOPING.md, "Which language a document is printed in").
DOCUMENT_LANGUAGE = "fr"
DOCUMENT_LOCALES = FORMAT_LOCALES
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})
# The customer language of the document being made; None outside a customer document.
_customer_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "customer_language", default=None
)


@contextlib.contextmanager
def in_customer_language(language: str | None):
    """Make a document for customers in `language` (the cooperative's label language): `doc_tr`,
    `document_locale` and the document's direction follow it until the block ends. A language the
    app does not speak is French."""
    token = _customer_language.set(language if language in DOCUMENT_LOCALES else "fr")
    try:
        yield
    finally:
        _customer_language.reset(token)


@contextlib.contextmanager
def for_the_interface():
    """Inside a customer document, a message for the person at the screen (a label that does
    not fit): values isolated as the interface needs, not as the document does."""
    token = _customer_language.set(None)
    try:
        yield
    finally:
        _customer_language.reset(token)


def customer_language() -> str:
    """The language of the customer document being made (French outside one)."""
    return _customer_language.get() or DOCUMENT_LANGUAGE


def document_right_to_left() -> bool:
    """Whether the document being made reads right to left: a customer document in Arabic, or any
    other document in an Arabic interface."""
    language = _customer_language.get()
    if language is None:
        return _right_to_left
    return language in RIGHT_TO_LEFT_LANGUAGES


def document_locale(language: str | None = None) -> str:
    """The Babel locale of documents for customers in `language`, by default the customer document
    being made (French: "fr_BE")."""
    return DOCUMENT_LOCALES.get(language or customer_language(), "fr_BE")


def doc_tr(text: str, context: str = DEFAULT_CONTEXT, language: str | None = None) -> str:
    """`text` in the label language (`language`, by default the customer document's, French
    outside one): the French source itself for French, else the finished translation of the
    shipped .ts file (French when there is none)."""
    language = language or customer_language()
    if language == "fr":
        return text
    return _document_catalogue(language).get((context, text), [text])[0] or text


def _document_catalogue(language: str) -> dict:
    if language not in _catalogues:
        from app import i18n_catalog

        try:
            _catalogues[language] = i18n_catalog.read_ts(i18n_catalog.ts_path(language))
        except Exception:  # noqa: BLE001 (a damaged file: the document stays in French)
            _catalogues[language] = {}
    return _catalogues[language]


_catalogues: dict[str, dict] = {}
