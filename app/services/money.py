"""Money for people: parse what they type ("2,50", "1.234,50 €") into integer cents, and format
cents back ("2,50 €"). The one place where amounts meet text; Babel does the locale work (for the
interface locales, once: its texts are kept, app/services/locale_shapes.py).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from app.i18n import fill, format_locale, isolate, tr
from app.services.errors import ValidationError
from app.services.locale_shapes import AMOUNT_CHECKS, AMOUNT_PROBE, amount_texts
from app.services.numerals import ONE_DOT_GROUP, plain_digits, ungrouped

DEFAULT_LOCALE = "fr_BE"
CURRENCY = "EUR"
# One million euros: nothing a kitchen cooperative types is larger; beyond it is a typing slip.
MAX_CENTS = 100_000_000

_CURRENCY_WORDS = re.compile(r"(€|eur(os?)?)", re.IGNORECASE)
# Spaces, thousands apostrophes, and the invisible direction marks Arabic formatting adds.
_SPACES = re.compile(r"[\s\u00a0\u202f'\u200e\u200f\u061c]")
CENT = Decimal("0.01")


def _ambiguous_dot(text: str, field: str) -> None:
    """Refuse "1.500" (1,50 € or 1 500 €?) showing both readings. A lead of 0 is never a thousands
    group: "0.500" is 0,50 €."""
    if ONE_DOT_GROUP.match(text) is None:
        return
    small = int((Decimal(text) * 100).to_integral_value(ROUND_HALF_UP))
    large = int(Decimal(text.replace(".", ""))) * 100
    raise ValidationError(
        field,
        fill(
            tr(
                "« {text} » peut se lire {small} ou {large}. Écrivez {small_typed} ou "
                "{large_typed}.",
                "money",
            ),
            text=text,
            small=format_amount(small),
            large=format_amount(large),
            small_typed=format_amount(small, symbol=False),
            large_typed=str(large // 100),
        ),
    )


def parse_amount(
    text: str,
    field: str = "amount",
    allow_negative: bool = False,
    allow_zero: bool = True,
    max_cents: int = MAX_CENTS,
) -> int:
    """Cents from what a person typed. Raises ValidationError with a message for the field."""
    cleaned = _SPACES.sub("", _CURRENCY_WORDS.sub("", plain_digits(text or "")))
    if not cleaned:
        raise ValidationError(field, tr("Indiquez un montant, par exemple 2,50.", "money"))
    _ambiguous_dot(cleaned, field)
    normalised = ungrouped(cleaned)
    if normalised is None:
        raise ValidationError(
            field,
            fill(
                tr("« {text} » n'est pas un montant. Écrivez par exemple 2,50.", "money"),
                text=text.strip(),
            ),
        )
    try:
        value = Decimal(normalised)
    except InvalidOperation as error:
        raise ValidationError(
            field,
            fill(
                tr("« {text} » n'est pas un montant. Écrivez par exemple 2,50.", "money"),
                text=text.strip(),
            ),
        ) from error
    if value.as_tuple().exponent < -2 and value == value.quantize(CENT):  # type: ignore[operator]
        value = value.quantize(CENT)  # "0,500": zeros after the cents change nothing
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(
            field, tr("Un montant a au plus deux chiffres après la virgule (les cents).", "money")
        )
    if value < 0 and not allow_negative:
        raise ValidationError(field, tr("Le montant ne peut pas être négatif.", "money"))
    cents = int((value * 100).to_integral_value(ROUND_HALF_UP))
    if cents == 0 and not allow_zero:
        raise ValidationError(field, tr("Le montant doit être plus grand que zéro.", "money"))
    if abs(cents) > max_cents:
        raise ValidationError(
            field,
            fill(
                tr("Ce montant est trop grand (au plus {limit}).", "money"),
                limit=format_amount(max_cents),
            ),
        )
    return cents


BIDI_MARKS = "\u200e\u200f\u061c"  # Babel starts an Arabic amount with a right-to-left mark


def cents_to_decimal(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


@lru_cache(maxsize=8)
def _locale(name: str):
    from babel import Locale

    return Locale.parse(name)


def format_amount(cents: int, locale: str | None = None, symbol: bool = True) -> str:
    """'2,50 €' (or '2,50' without the symbol) in the given locale, by default the interface's.

    Documents for customers (labels, quotes) pass their own locale (the cooperative's label
    language), so they stay in French whatever the interface language.
    """
    if locale is None:  # the interface: the amount keeps its order in a right-to-left sentence
        return isolate(format_amount(cents, format_locale(), symbol).strip(BIDI_MARKS))
    return _formatted(cents, locale, symbol)


@lru_cache(maxsize=8192)
def _formatted(cents: int, locale: str, symbol: bool) -> str:
    """Through the locale's shape read once from Babel (Babel parses its pattern on every call,
    about half a millisecond an amount: a first screen of prices spent a tenth of its time
    there); a locale whose shape is not that simple is left to Babel."""
    shape = _shape(locale, symbol)
    if shape is None:
        return babel_amount(cents, locale, symbol)
    return shape.text(cents)


def babel_amount(cents: int, locale: str, symbol: bool) -> str:
    """Babel's text of an amount (what the interface locales' shapes are checked against)."""
    from babel.numbers import format_currency, format_decimal

    value = cents_to_decimal(cents)
    if symbol:
        return format_currency(value, CURRENCY, locale=_locale(locale))
    return format_decimal(value, format="#,##0.00", locale=_locale(locale))


class _Shape:
    """An amount in one locale: the text around the digits (for a positive and for a negative
    amount), the thousands separator, the decimal separator; groups of three digits."""

    def __init__(self, positive: tuple[str, str], negative: tuple[str, str], group: str, dot: str):
        self.positive = positive
        self.negative = negative
        self.group = group
        self.dot = dot

    def text(self, cents: int) -> str:
        units, rest = divmod(abs(cents), 100)
        digits = f"{units:,}".replace(",", self.group) + self.dot + f"{rest:02d}"
        before, after = self.negative if cents < 0 else self.positive
        return before + digits + after


@lru_cache(maxsize=16)
def _shape(locale: str, symbol: bool) -> _Shape | None:
    """The shape of `locale`'s amounts read from Babel's text of a probe amount, or None when the
    probe's text is not "1<group>234<group>567<dot>89" inside a prefix and a suffix, or when the
    shape writes any of a few other amounts differently from Babel (other digits, a grouping
    that starts at five digits...). Babel's texts of those amounts are kept for the interface
    locales (app/services/locale_shapes.py: the window loads no Babel); others ask Babel."""
    kept = amount_texts(locale, symbol)

    def babel(cents: int) -> str:
        return kept[cents] if kept is not None else babel_amount(cents, locale, symbol)

    parts = []
    for probe in (AMOUNT_PROBE, -AMOUNT_PROBE):
        match = _PROBE_TEXT.search(babel(probe))
        if match is None:
            return None
        parts.append(match)
    positive, negative = parts
    if negative.group(0) != positive.group(0) or positive.group("g1") != positive.group("g2"):
        return None
    text = positive.string
    shape = _Shape(
        (text[: positive.start()], text[positive.end() :]),
        (negative.string[: negative.start()], negative.string[negative.end() :]),
        positive.group("g1"),
        positive.group("dot"),
    )
    if any(shape.text(cents) != babel(cents) for cents in AMOUNT_CHECKS):
        return None
    return shape


_PROBE_TEXT = re.compile(r"1(?P<g1>\D)234(?P<g2>\D)567(?P<dot>\D)89")
