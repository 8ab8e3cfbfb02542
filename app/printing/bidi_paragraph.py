"""Paragraphs that read right in Arabic: wrapped in logical order, each line then reordered.

reportlab draws characters left to right as given and has no bidirectional support without the
optional `rlbidi`. Reordering a whole paragraph before wrapping (what `printable` does for one
line) puts a long Arabic paragraph's lines in the wrong order: the first line printed would hold
the end of the text. So a paragraph's text is only shaped (`document.escape`: letters joined,
logical order kept), reportlab wraps it, and each wrapped line is put in visual order as it is
drawn (python-bidi). In a right-to-left document the paragraph also reads from the right margin.
Import `Paragraph` from here in every document, never from reportlab.
"""

from __future__ import annotations

import copy
import re

from app.i18n import document_right_to_left
from app.printing.platypus_import import platypus
from app.printing.shaping import (
    LEFT_TO_RIGHT_MARK,
    RIGHT_TO_LEFT_LETTERS,
    RIGHT_TO_LEFT_MARK,
    marked_isolates,
    starts_right_to_left,
    visual_line,
    visual_runs,
)

_ReportlabParagraph = platypus().Paragraph

DIRECTION_MARKS_FOUND = re.compile(f"[{LEFT_TO_RIGHT_MARK}{RIGHT_TO_LEFT_MARK}]")


class Paragraph(_ReportlabParagraph):
    """A reportlab Paragraph whose lines are put in visual order when drawn (a no-op without
    right-to-left letters). In a right-to-left document (`app.i18n.document_right_to_left`) every
    paragraph reads from the right margin: its alignment is mirrored (left becomes right, right
    becomes left; a Latin name alone stands at the right too) and each line containing Arabic is
    laid out right to left, even when it starts with a Latin word. Splitting across pages keeps
    the logical lines (the reorder and the mirrored style are used only while drawing)."""

    def __init__(self, text, style=None, *args, **kwargs):
        # a value put in unescaped (a formatted amount) may still hold the interface's isolate
        # marks, which the fonts have no glyph for (measured as a box's width): direction marks
        if isinstance(text, str):
            text = marked_isolates(text)
        super().__init__(text, style, *args, **kwargs)

    def drawPara(self, debug=0):  # noqa: N802 (reportlab's name)
        right_to_left_page = document_right_to_left()
        words = _words(self)
        right_to_left_text = RIGHT_TO_LEFT_LETTERS.search(words)
        marked = DIRECTION_MARKS_FOUND.search(words)  # isolated values (shaping)
        if not right_to_left_page and not right_to_left_text and not marked:
            return super().drawPara(debug)
        logical, style = self.blPara, self.style
        if right_to_left_text or marked:
            self.blPara = _visual_lines(logical, right_to_left_page or starts_right_to_left(words))
        if right_to_left_page:
            self.style = mirrored_style(style)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara, self.style = logical, style


def _words(paragraph) -> str:
    """The paragraph's text without its markup (<b>…</b>); for the pieces of a paragraph split
    across pages, which reportlab makes without a text, the words of their lines."""
    if paragraph.text:
        return re.sub(r"<[^>]*>", "", paragraph.text)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return " ".join(" ".join(words) for _extra, words in lines)
    return "".join(fragment.text for line in lines for fragment in line.words)


def mirrored_style(style):
    """`style` for a right-to-left page: left and right alignment and indents swapped (centred and
    justified text stay)."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    turned = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}
    return ParagraphStyle(
        f"{style.name}_right_to_left",
        parent=style,
        alignment=turned.get(style.alignment, style.alignment),
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
    )


def _visual_lines(para, right_to_left: bool):
    """A copy of reportlab's wrapped lines with each line in visual order; every line with
    Arabic takes the paragraph's direction (a line that starts with "Lot A12" in an Arabic
    paragraph stays RTL); a line without any (a phone number and an e-mail address under an
    Arabic line) reads left to right, or its numbers would be turned over ("00 00 232 4 32+")."""
    visual = copy.copy(para)
    if para.kind == 0:  # one font: each line is (extra space, [words])
        visual.lines = []
        for extra, words in para.lines:
            text = " ".join(words)
            direction = right_to_left and bool(RIGHT_TO_LEFT_LETTERS.search(text))
            visual.lines.append((extra, visual_line(text, direction).split(" ")))
        return visual
    lines = []
    for line in para.lines:  # several fonts: each line holds fragments, each with its text
        new = copy.copy(line)
        new.words = []
        texts = [fragment.text for fragment in line.words]
        direction = right_to_left and bool(RIGHT_TO_LEFT_LETTERS.search("".join(texts)))
        for owner, text in visual_runs(texts, direction):
            fragment = copy.copy(line.words[owner])
            fragment.text = text
            new.words.append(fragment)
        lines.append(new)
    visual.lines = lines
    return visual
