"""Quantities typed by people (issue 15 items 12 and 13): no exponents, Arabic digits and decimal
separator read alike, and a plausible maximum for every unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.errors import ValidationError
from app.services.units import parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,5", "1.5"),
        ("0.125", "0.125"),
        ("250", "250"),
        ("٢٫٥", "2.5"),
        ("١٢", "12"),
        ("٠,٥", "0.5"),
    ],
)
def test_reads_what_people_type(text, value):
    assert parse_quantity(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1e2", "1E2", "2e-1", "Infinity", "NaN", "1,5,0", "1.2.3", "x"])
def test_refuses_exponents_and_words(text):
    with pytest.raises(ValidationError, match="n'est pas une quantité") as info:
        parse_quantity(text, field="qty")
    assert info.value.field == "qty"
