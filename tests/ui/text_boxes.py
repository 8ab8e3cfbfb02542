"""The text boxes of several lines on a page or dialog that do not start on the interface's side:
the start of the text (where the cursor of an empty box stands) is on the right in a right-to-left
interface, on the left otherwise, unless every letter of the box's text is of the other direction
(a note written in French only, in the Arabic interface). Used by the fit checks of the dialogs
(test_dialog_fit.py) and by test_text_direction.py."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QTextEdit, QWidget

# Written here, not taken from app.ui.text_direction: Latin and Arabic letters, as the demo has.
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


def starts_on_the_right(box: QPlainTextEdit | QTextEdit) -> bool:
    """Whether the start of `box`'s text (its cursor when empty) is in the right half of it."""
    start = QTextCursor(box.document())
    return box.cursorRect(start).center().x() > box.viewport().width() / 2


def boxes_against_the_interface(widget: QWidget) -> list[str]:
    """Each shown text box of several lines under `widget` that starts on the wrong side."""
    found = []
    for box in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
        if isinstance(box, QTextBrowser) or not box.isVisibleTo(widget):
            continue
        text = box.toPlainText()
        own, other = (
            (ARABIC_LETTER, LATIN_LETTER) if box.isRightToLeft() else (LATIN_LETTER, ARABIC_LETTER)
        )
        right = box.isRightToLeft() != bool(other.search(text) and not own.search(text))
        if starts_on_the_right(box) != right:
            side = "right" if right else "left"
            found.append(
                f"text box {box.objectName()!r} ({text[:20]!r}) does not start on the {side}"
            )
    return found
