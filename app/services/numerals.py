"""Numbers as people type them, made plain before parsing: any decimal digits (Arabic-Indic ٠-٩,
Persian ۰-۹ …) become ASCII digits, the Arabic decimal separator "٫" becomes a comma and the Arabic
thousands separator "٬" a space. Used by the one amount parser (money) and the one quantity parser
(units), so both read the same digits and separators whatever the interface language.
"""

from __future__ import annotations

import re
import unicodedata

ARABIC_DECIMAL_SEPARATOR = "\u066b"  # ٫
ARABIC_THOUSANDS_SEPARATOR = "\u066c"  # ٬


def plain_digits(text: str) -> str:
    """`text` with every decimal digit in ASCII and the Arabic separators as "," and " "."""
    out = []
    for char in text:
        if char == ARABIC_DECIMAL_SEPARATOR:
            out.append(",")
        elif char == ARABIC_THOUSANDS_SEPARATOR:
            out.append(" ")
        elif not char.isascii() and char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
        else:
            out.append(char)
    return "".join(out)


_PLAIN = re.compile(r"^-?\d+$")
# A thousands group never starts with 0: "0.500" is a half, "0,500" too.
_DECIMAL_COMMA = re.compile(r"^-?[1-9]\d{0,2}(\.\d{3})+(,\d*)?$|^-?\d+,\d*$")
_DECIMAL_DOT = re.compile(r"^-?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$|^-?\d+\.\d*$")
# "1.500": one dot before exactly three digits reads as 1,5 or as 1 500.
ONE_DOT_GROUP = re.compile(r"^-?(?P<lead>[1-9]\d{0,2})\.\d{3}$")


def ungrouped(text: str) -> str | None:
    """'1.234,50' / '1,234.50' / '2,5' / '2.5' -> '1234.50' / '1234.50' / '2.5' / '2.5': a number
    as every interface language shows it (thousands dots or commas, a decimal comma or point)
    without spaces, made plain for Decimal; None when the shape is not a number. "1.500" (one dot
    before three digits, `ONE_DOT_GROUP`) is ambiguous: callers refuse it first."""
    if _PLAIN.match(text):
        return text
    if _DECIMAL_COMMA.match(text):
        return text.replace(".", "").replace(",", ".")
    if _DECIMAL_DOT.match(text):
        return text.replace(",", "")
    return None
