"""Units of quantity: g/kg and ml/l convert, pieces are counted. Decimal arithmetic only.

Also the one rule for how much is plausible: `check_quantity` (at most a tonne, 1 000 litres or
100 000 pieces at once) and `check_count` (guests, batches, units ordered), used by every service
that takes a quantity, so a slip of the finger ("999999999 kg") is refused with a clear message.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from app.i18n import fill, measure, plural_count, tr, tr_n
from app.services.errors import Field, ValidationError
from app.services.locale_shapes import decimal_text
from app.services.numerals import ONE_DOT_GROUP, plain_digits, ungrouped
from app.vocab.menus import Unit, unit_label

# unit -> (dimension, factor to the base unit of that dimension)
UNIT_FACTORS: dict[str, tuple[str, Decimal]] = {
    Unit.G: ("mass", Decimal(1)),
    Unit.KG: ("mass", Decimal(1000)),
    Unit.ML: ("volume", Decimal(1)),
    Unit.L: ("volume", Decimal(1000)),
    Unit.PIECE: ("count", Decimal(1)),
}
BASE_UNIT = {"mass": Unit.G.value, "volume": Unit.ML.value, "count": Unit.PIECE.value}


def dimension(unit: str) -> str:
    try:
        return UNIT_FACTORS[unit][0]
    except KeyError as error:
        raise ValidationError(
            "unit", fill(tr("Unité inconnue : « {unit} ».", "units"), unit=unit)
        ) from error


def compatible(unit_a: str, unit_b: str) -> bool:
    return dimension(unit_a) == dimension(unit_b)


def convert(
    quantity: Decimal, from_unit: str, to_unit: str, field: str | Field = "unit"
) -> Decimal:
    """`quantity` in from_unit in to_unit; refuses grams of something counted in pieces."""
    if not compatible(from_unit, to_unit):
        raise ValidationError(
            field,
            fill(
                tr(
                    "On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de "
                    "même "
                    "nature (poids, volume ou pièces).",
                    "units",
                ),
                a=from_unit,
                b=to_unit,
            ),
        )
    return quantity * UNIT_FACTORS[from_unit][1] / UNIT_FACTORS[to_unit][1]


def to_base(quantity: Decimal, unit: str) -> tuple[Decimal, str]:
    """(quantity in g, ml or pieces, that base unit)."""
    dim = dimension(unit)
    return quantity * UNIT_FACTORS[unit][1], BASE_UNIT[dim]


# The most a kitchen cooperative weighs, pours or counts in one line, in the base unit.
MAX_IN_BASE = {"mass": Decimal(1_000_000), "volume": Decimal(1_000_000), "count": Decimal(100_000)}
MAX_SHOWN_IN = {"mass": "kg", "volume": "l", "count": "piece"}
MAX_COUNT = 100_000


def check_quantity(value: Decimal, unit: str, field: str) -> Decimal:
    """`value` in `unit` when it is at most the plausible maximum of its kind; else refused."""
    base, _ = to_base(Decimal(value), unit)
    dim = dimension(unit)
    if base > MAX_IN_BASE[dim]:
        shown = MAX_SHOWN_IN[dim]
        limit = convert(MAX_IN_BASE[dim], BASE_UNIT[dim], shown)
        raise ValidationError(
            field,
            fill(
                tr("Cette quantité est trop grande : au plus {limit}.", "units"),
                limit=quantity_with_unit(limit, shown, 0),
            ),
        )
    return Decimal(value)


def check_count(value: int, field: str, maximum: int = MAX_COUNT) -> int:
    """A whole number typed by a person (guests, batches, units) between 1 and `maximum`."""
    if value is None or value <= 0:
        raise ValidationError(field, tr("Indiquez un nombre plus grand que zéro.", "units"))
    if value > maximum:
        raise ValidationError(
            field,
            fill(
                tr("Ce nombre est trop grand : au plus {limit}.", "units"),
                limit=format_decimal(Decimal(maximum), 0),
            ),
        )
    return value


def format_decimal(value: Decimal, places: int = 3, locale: str | None = None) -> str:
    """'1,5' / '250' / '1500' / '0,125': a quantity without useless zeros, in the interface
    language by default (documents for customers pass their own locale). No thousands separator:
    "1.500" would read as 1,5 where the dot groups thousands (Dutch, English, Arabic), and a
    quantity shown must read back as typed (`parse_quantity`)."""
    from app.i18n import format_locale

    value = Decimal(value)
    return _formatted_decimal(value, value.is_signed(), places, locale or format_locale())


@lru_cache(maxsize=8192)
def _formatted_decimal(value: Decimal, _signed: bool, places: int, locale: str) -> str:
    """Babel's text of `value`, written from the interface locales' shapes without Babel
    (app/services/locale_shapes.py: the first window loads no Babel), else by Babel (kept: a
    list shows the same percentages and quantities again and again, and Babel parses its pattern
    at every call). Equal values give the same text, whatever their trailing zeros: the pattern
    sets the decimals; the sign is part of the key, since -0 equals 0 but is written "-0"."""
    shaped = decimal_text(value, places, locale)
    if shaped is not None:
        return shaped
    from babel.numbers import format_decimal as babel_format

    pattern = "0." + "#" * places if places else "0"
    return babel_format(value, format=pattern, locale=locale)


def hours_with_unit(hours: Decimal) -> str:
    """Hours as the language writes them, as the Schedule tab shows them: "36 h", "2,5 h" in
    French, "36 u" in Dutch, "36 ساعة" in Arabic; the number and its unit one isolated run."""
    return measure(tr("{hours} h", "units"), hours=format_decimal(Decimal(hours), 2))


def quantity_with_unit(value: Decimal, unit: str, places: int = 3) -> str:
    """'250 g', '1 pièce', '6 pièces': a quantity and its unit, pieces with their plural."""
    if unit == Unit.PIECE:
        return fill(
            tr_n("{quantity} pièce(s)", "units", plural_count(Decimal(value))),
            quantity=format_decimal(value, places),
        )
    return f"{format_decimal(value, places)} {unit_label(unit)}"


def parse_quantity(text: str, field: str | Field = "quantity", allow_zero: bool = False) -> Decimal:
    """A quantity typed by a person ('1,5', '250', '0.125') as a Decimal > 0, 3 decimals at most."""
    cleaned = re.sub(r"\s", "", plain_digits(text or ""))
    if not cleaned:
        raise ValidationError(field, tr("Indiquez une quantité, par exemple 250 ou 1,5.", "units"))
    if cleaned[:1] in (".", ","):
        cleaned = "0" + cleaned  # ",5"
    # "1.500" keeps its long-standing reading, a decimal point (quantities are shown ungrouped)
    normalised = cleaned if ONE_DOT_GROUP.match(cleaned) else ungrouped(cleaned)
    if normalised is None:
        raise ValidationError(
            field,
            fill(
                tr("« {text} » n'est pas une quantité. Écrivez par exemple 1,5.", "units"),
                text=text.strip(),
            ),
        )
    value = Decimal(normalised)
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(field, tr("La quantité doit être plus grande que zéro.", "units"))
    if value.as_tuple().exponent < -3:  # type: ignore[operator]
        raise ValidationError(field, tr("Au plus trois chiffres après la virgule.", "units"))
    if value >= Decimal("1000000000"):
        raise ValidationError(field, tr("Cette quantité est trop grande.", "units"))
    return value


def plain_quantity(value: Decimal) -> str:
    """A quantity to edit: '1,5', '250', no thousands separator."""
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", ",")


def dimension_word(unit: str) -> str:
    return {
        "mass": tr("poids (g, kg)", "units"),
        "volume": tr("volume (ml, l)", "units"),
        "count": tr("pièces", "units"),
    }[dimension(unit)]


def check_fits(name: str, ingredient_unit: str, line_unit: str, field: str | Field) -> None:
    """Refuse e.g. grams of an ingredient counted in pieces, naming the ingredient."""
    if not compatible(ingredient_unit, line_unit):
        raise ValidationError(
            field,
            fill(
                tr(
                    "« {name} » se compte en {unit} : on ne peut pas l'indiquer en {line_unit}.",
                    "units",
                ),
                name=name,
                unit=dimension_word(ingredient_unit),
                line_unit=dimension_word(line_unit),
            ),
        )
