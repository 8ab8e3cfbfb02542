"""Numbers as people type them, made plain before parsing: any decimal digits (Arabic-Indic ٠-٩,
Persian ۰-۹ …) become ASCII digits, the Arabic decimal separator "٫" becomes a comma and the Arabic
thousands separator "٬" a space. Used by the one amount parser (money) and the one quantity parser
(units), so both read the same digits and separators whatever the interface language.
"""

from __future__ import annotations

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
