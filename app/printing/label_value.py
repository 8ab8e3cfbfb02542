"""A "label: value" line of a document, with the language's punctuation: "Date :" in French (a
space before the colon), "Date:" in English and Dutch, "التاريخ:" in Arabic. The punctuation is
part of the translated pattern "{label} :", never glued in code (tests/printing/test_label_value.py
refuses " :" in the printing package's code)."""

from __future__ import annotations

from app.i18n import doc_tr, fill, tr
from app.printing.document import escape


def label_text(label: str, for_customers: bool = False) -> str:
    """`label` followed by its colon, as plain text ("Date :" / "Date:"). Documents for customers
    (labels) take the label language (`doc_tr`), the others the interface's."""
    if for_customers:
        return fill(doc_tr("{label} :", "punctuation"), label=label)
    return fill(tr("{label} :", "punctuation"), label=label)


def label_line(label: str, value: str = "", for_customers: bool = False) -> str:
    """Paragraph markup: the label and its colon in bold, then `value` (markup, escaped by the
    caller): "<b>Date :</b> 25/11/2022"."""
    bold = f"<b>{escape(label_text(label, for_customers))}</b>"
    return f"{bold} {value}" if value else bold
