"""Paragraphs that read right in Arabic: wrapped in logical order, each line then reordered.

reportlab draws characters left to right as given and has no bidirectional support without the
optional `rlbidi`. Reordering a whole paragraph before wrapping (what `printable` does for one
line) puts a long Arabic paragraph's lines in the wrong order: the first line printed would hold
the end of the text. So a paragraph's text is only shaped (`document.escape`: letters joined,
logical order kept), reportlab wraps it, and each wrapped line is put in visual order as it is
drawn (python-bidi). Import `Paragraph` from here in every document, never from reportlab.
"""

from __future__ import annotations

import copy
import re

from reportlab.platypus import Paragraph as _ReportlabParagraph

from app.printing.shaping import RIGHT_TO_LEFT_LETTERS, starts_right_to_left, visual_line


class Paragraph(_ReportlabParagraph):
    """A reportlab Paragraph whose lines are put in visual order when drawn (a no-op without
    right-to-left letters). Splitting across pages keeps the logical lines (the reorder is a
    copy made only for drawing)."""

    def drawPara(self, debug=0):  # noqa: N802 (reportlab's name)
        logical = self.blPara
        if not RIGHT_TO_LEFT_LETTERS.search(self.text or ""):
            return super().drawPara(debug)
        words = re.sub(r"<[^>]*>", "", self.text)  # the text without its markup (<b>…</b>)
        self.blPara = _visual_lines(logical, starts_right_to_left(words))
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def _visual_lines(para, right_to_left: bool):
    """A copy of reportlab's wrapped lines with each line in visual order; every line takes the
    paragraph's direction (a line that starts with "Lot A12" in an Arabic paragraph stays RTL)."""
    visual = copy.copy(para)
    if para.kind == 0:  # one font: each line is (extra space, [words])
        visual.lines = [
            (extra, visual_line(" ".join(words), right_to_left).split(" "))
            for extra, words in para.lines
        ]
        return visual
    lines = []
    for line in para.lines:  # several fonts: each line holds fragments, each with its text
        new = copy.copy(line)
        fragments = [copy.copy(fragment) for fragment in line.words]
        for fragment in fragments:
            fragment.text = visual_line(fragment.text, right_to_left)
        if right_to_left:
            fragments.reverse()
        new.words = fragments
        lines.append(new)
    visual.lines = lines
    return visual
