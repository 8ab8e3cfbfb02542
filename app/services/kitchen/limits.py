"""The rule both the Today screen (plain SQL) and the temperature service apply: a reading is out
of limits when it is below the appliance's lowest or above its highest temperature. The checklist
line that asks for the readings is the seeded "fridge_temperatures" line."""

from __future__ import annotations

from decimal import Decimal

TEMPERATURE_KEY = "fridge_temperatures"


def out_of_limits(value: Decimal | None, lowest: Decimal, highest: Decimal) -> bool:
    """Read and outside [lowest, highest]; a value not read yet is not out of limits."""
    return value is not None and not lowest <= value <= highest


def format_celsius(value: Decimal) -> str:
    """'4', '-18,5' (a comma, as typed in Belgium)."""
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:.1f}"
    return text.replace(".", ",")
