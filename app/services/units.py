"""Units of quantity: g/kg and ml/l convert, pieces are counted. Decimal arithmetic only."""
from __future__ import annotations

from decimal import Decimal

from app.i18n import tr
from app.services.errors import ValidationError

# unit -> (dimension, factor to the base unit of that dimension)
UNIT_FACTORS: dict[str, tuple[str, Decimal]] = {
    "g": ("mass", Decimal(1)),
    "kg": ("mass", Decimal(1000)),
    "ml": ("volume", Decimal(1)),
    "l": ("volume", Decimal(1000)),
    "piece": ("count", Decimal(1)),
}
BASE_UNIT = {"mass": "g", "volume": "ml", "count": "piece"}


def dimension(unit: str) -> str:
    try:
        return UNIT_FACTORS[unit][0]
    except KeyError as error:
        raise ValidationError("unit", tr("Unité inconnue : « {unit} ».", "units").format(unit=unit)) from error


def compatible(unit_a: str, unit_b: str) -> bool:
    return dimension(unit_a) == dimension(unit_b)


def convert(quantity: Decimal, from_unit: str, to_unit: str, field: str = "unit") -> Decimal:
    """`quantity` in from_unit expressed in to_unit; refuses grams of something counted in pieces."""
    if not compatible(from_unit, to_unit):
        raise ValidationError(
            field,
            tr(
                "On ne peut pas convertir des « {a} » en « {b} » : choisissez une unité de même "
                "nature (poids, volume ou pièces).",
                "units",
            ).format(a=from_unit, b=to_unit),
        )
    return quantity * UNIT_FACTORS[from_unit][1] / UNIT_FACTORS[to_unit][1]


def to_base(quantity: Decimal, unit: str) -> tuple[Decimal, str]:
    """(quantity in g, ml or pieces, that base unit)."""
    dim = dimension(unit)
    return quantity * UNIT_FACTORS[unit][1], BASE_UNIT[dim]
