"""Lists on a document printed in a customer's language (labels): the list comma of the language
("،" in Arabic), brackets and the final full stop, all of which, in a right-to-left document,
belong to the right-to-left sentence.

A PDF has no isolates: the values' isolate marks become direction marks
(`shaping.marked_isolates`), and a comma, bracket or full stop between two Latin names (an Arabic
label's ingredients, typed in French) is then read with them, left to right: "Dattes, Lait de
coco, Cacao." printed as one left-to-right run, the first name at the left and the stop before it.
A right-to-left mark before each of them keeps it in the right-to-left sentence: the names read
from the right in their order, separated by "،", the bracketed parts of a compound ingredient
inside its brackets, the stop after the last name, at the left end of the line. Every list a label
prints goes through here (app/printing/labels.py); the Labels tab previews that PDF.
"""

from __future__ import annotations

from app.i18n import RIGHT_TO_LEFT_MARK, document_right_to_left, list_separator


def punctuation(mark: str) -> str:
    """`mark` (a comma and its space, a bracket, a full stop) as the sentence's own: after a
    right-to-left mark in a right-to-left document."""
    return f"{RIGHT_TO_LEFT_MARK}{mark}" if document_right_to_left() else mark


def printed_list(items) -> str:
    """`items` (paragraph markup) with the language's comma between them."""
    return punctuation(list_separator()).join(items)


def bracketed(items) -> str:
    """ " (a, b)": `items` in brackets after a name."""
    return f" {punctuation('(')}{printed_list(items)}{punctuation(')')}"


def sentence(text: str) -> str:
    """`text` and its full stop."""
    return f"{text}{punctuation('.')}"
