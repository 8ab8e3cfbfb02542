"""Dates in documents, written as the document's language writes them ("04/10/2022" in French,
"4/10/2022" in English and Dutch, "2022/10/4" read from the right in Arabic), never a fixed
`strftime` pattern (tests/ui/test_interface_dates.py).

Internal documents (summaries, sheets, registers) are in the interface's language, the one the
window or `coopactives --lang` chose: the default; documents for customers pass the label
language's locale (`app.i18n.document_locale()`). The text is escaped for a Paragraph's markup
(a table cell takes it too) and without the isolate marks the interface puts around values: a
document lays out its own lines (`app/printing/shaping.py`).
"""

from __future__ import annotations

from app.i18n import format_date, format_datetime, format_day_month
from app.printing.document import escape


def printed_date(value, empty: str = "", locale: str | None = None) -> str:
    """The day of `value` (a date or a date and time), `empty` when there is none."""
    return escape(format_date(value, locale)) if value else empty


def printed_datetime(value, empty: str = "") -> str:
    """A date and its time ("04/10/2022 14:05"), `empty` when there is none."""
    return escape(format_datetime(value)) if value else empty


def printed_day_month(value) -> str:
    """Day and month only ("04/10"), for a chart's axis."""
    return escape(format_day_month(value))
