"""Spreadsheet files the app writes (attendance, programme report): CSV rather than .xlsx, so that
no new library is needed.

Cells are separated by ";" with decimal commas and the file is UTF-8 with a byte-order mark and
CRLF line ends: what Excel in Belgium (fr_BE, nl_BE) and LibreOffice open directly by a double
click, accents and Arabic names included.
"""

from __future__ import annotations

import csv
import io

# what a Belgian spreadsheet expects, whatever the interface language
SPREADSHEET_LOCALE = "fr_BE"
ENCODING = "utf-8-sig"


def spreadsheet_number(value, places: int = 2) -> str:
    """3 -> "3", 2.75 -> "2,75": a number a Belgian spreadsheet reads as a number (no grouping)."""
    pattern = "0." + "#" * places if places else "0"
    from babel.numbers import format_decimal as babel_format

    return babel_format(value, format=pattern, locale=SPREADSHEET_LOCALE)


def spreadsheet_amount(cents: int) -> str:
    """1043.60 € -> "1043,60": euros with their two decimals, no symbol, no grouping."""
    from babel.numbers import format_decimal as babel_format

    from app.services.money import cents_to_decimal

    return babel_format(cents_to_decimal(cents), format="0.00", locale=SPREADSHEET_LOCALE)


def csv_bytes(rows: list[list[str]]) -> bytes:
    """The file's bytes: UTF-8 with its byte-order mark, ";" between cells, CRLF lines."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue().encode(ENCODING)
