"""Arabic text for PDFs: letters joined (presentation forms) and lines in visual order.

reportlab draws the characters it is given left to right, one glyph each, so Arabic must be
shaped (`arabic-reshaper`) and each printed line put in visual order first, its brackets mirrored
where the line runs right to left (`bidi_order`, python-bidi's levels).
`shaped` joins the letters and keeps the logical order (for paragraphs, which wrap before they are
reordered line by line: `bidi_paragraph`); `visual_line` does both for one line drawn as is (a
canvas string, a label's text, a table cell that never wraps).

A value the interface isolated (`app.i18n.isolate`: "⁨1.234,50 €⁩") keeps its own direction in
a line of the other one, as on screen; but reportlab's fonts have no glyph for the isolate marks
and python-bidi's step-by-step algorithm does not know them. So `shaped` puts the value between
two zero-width marks of its own direction instead (left-to-right or right-to-left mark, which the
fonts draw as nothing and the algorithm knows), and the marks are taken out once the line is in
visual order: "المبلغ: 1.234,50 €" no longer prints "€ 1.234,50 :المبلغ".
"""

from __future__ import annotations

import functools
import re

from app.i18n import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from app.printing.bidi_order import in_visual_order, visual

RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"
DIRECTION_MARKS = {ord(LEFT_TO_RIGHT_MARK): None, ord(RIGHT_TO_LEFT_MARK): None}


def marked_isolates(text: str) -> str:
    """`text` with each isolated value between two marks of its direction (its first strong
    letter's; left to right for figures alone) instead of the isolate marks."""
    if FIRST_STRONG_ISOLATE not in text and POP_DIRECTIONAL_ISOLATE not in text:
        return text
    characters = list(text)
    openings: list[int] = []
    for position, character in enumerate(characters):
        if character == FIRST_STRONG_ISOLATE:
            openings.append(position)
        elif character == POP_DIRECTIONAL_ISOLATE:
            if openings:
                start = openings.pop()
                value = text[start + 1 : position]
                mark = RIGHT_TO_LEFT_MARK if starts_right_to_left(value) else LEFT_TO_RIGHT_MARK
                characters[start] = characters[position] = mark
            else:
                characters[position] = ""
    for start in openings:  # an isolate never closed
        characters[start] = ""
    return "".join(characters)


def without_marks(text: str) -> str:
    """`text` without the zero-width direction marks, once they have done their work."""
    return text.translate(DIRECTION_MARKS)


def shaped(text: str) -> str:
    """`text` with its Arabic letters joined, in logical order, its isolated values between
    direction marks (`marked_isolates`)."""
    text = marked_isolates(text)
    if not ARABIC_LETTERS.search(text):
        return text
    reshape = _reshaper().reshape
    return "\n".join(reshape(line) for line in text.split("\n"))


@functools.cache
def _reshaper():
    """The reshaper, keeping the short vowels and other marks (harakat: "يُستهلك"), which its
    default configuration deletes. A mark stays after its letter in logical order, so after
    reordering it comes just before it, left of it: DejaVu Sans draws its marks with no advance,
    over the glyph drawn next, which is that letter."""
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={"delete_harakat": False})


def visual_line(text: str, right_to_left: bool | None = None) -> str:
    """One line as reportlab must draw it: shaped, then in visual order, its brackets facing
    their words (`bidi_order`). The line's direction is its first strong letter's unless given (a
    wrapped paragraph's lines take the paragraph's)."""
    text = shaped(text)
    if not RIGHT_TO_LEFT_LETTERS.search(text) and RIGHT_TO_LEFT_MARK not in text:
        return without_marks(text)  # (an Arabic date, "10‏/6‏/2022", has marks and no letter)
    lines = []
    for line in text.split("\n"):
        direction = starts_right_to_left(line) if right_to_left is None else right_to_left
        lines.append(visual(line, direction))
    return without_marks("\n".join(lines))


def visual_runs(texts: list[str], right_to_left: bool) -> list[tuple[int, str]]:
    """A line made of several pieces in different fonts (`texts`, shaped, in logical order: a
    bold label, then its value) in visual order, left to right, as (the piece each run of
    characters comes from, the run's text). The line is reordered as a whole — reordering each
    piece alone misplaced the spaces between them ("التاريخ:25/11/2022") and could not interleave
    a piece's runs with its neighbours'."""
    texts = [marked_isolates(text) for text in texts]  # marks the algorithm does not know
    owners = [index for index, text in enumerate(texts) for _character in text]
    runs: list[tuple[int, str]] = []
    for position, drawn in in_visual_order("".join(texts), right_to_left):
        drawn = without_marks(drawn)
        if not drawn:
            continue
        owner = owners[position]
        if runs and runs[-1][0] == owner:
            runs[-1] = (owner, runs[-1][1] + drawn)
        else:
            runs.append((owner, drawn))
    return runs


def starts_right_to_left(text: str) -> bool:
    """Whether the first strong letter of `text` is right-to-left (the text's direction)."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def printable(text: str) -> str:
    """Each line of `text` shaped and in visual order, for drawing line by line on a canvas."""
    return "\n".join(visual_line(line) for line in marked_isolates(text).split("\n"))
