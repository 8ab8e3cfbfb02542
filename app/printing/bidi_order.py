"""One printed line in visual order by the Unicode bidirectional algorithm, its mirrored glyphs
drawn by rule L4: each character's level, the line reordered (rules L1 and L2), and a character
at a right-to-left level that has a mirrored form (brackets, « », < >) drawn as that form.

python-bidi resolves the levels (its Rust implementation: bracket pairs by rule N0, isolates),
but its `get_display` reorders without mirroring since 0.5 (its issue #25), and its older Python
algorithm mirrors but knows no bracket pairs; reportlab mirrors nothing here either (its bidi
needs `rlbidi`, its shaping `uharfbuzz`, neither installed). So the levels are python-bidi's and
the rest is done here, once, per line: an opening bracket that ends a wrapped line and its closing
one on the next each face their words, which pairing the brackets of a drawn line could not know.
python-bidi gives its levels only in its `debug` report (one a UTF-8 byte), read by `levels`.
"""

from __future__ import annotations

import functools
import re
from unicodedata import bidirectional

# the characters of types S (segment separator) and B (paragraph separator)
SEPARATORS = re.compile("[\t\x0b\x1f\n\r\x1c-\x1e\x85\u2029]")
# L1: white space and isolate formatting characters before a separator or at the end of a line
# take the paragraph's level (with the characters rule X9 removed: embeddings, marks of type BN)
TRAILING_KINDS = frozenset(
    ("WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF")
)


def levels(text: str, right_to_left: bool) -> list[int]:
    """Each character's resolved level (rules P to I) in a paragraph of the given direction."""
    if not text:
        return []
    from bidi import get_display

    report = get_display(text, base_dir="R" if right_to_left else "L", debug=True)
    start = report.rfind("levels: [")  # after the text, which the report quotes first
    encoded = text.encode()
    try:  # "levels: [ Level( 1, ), Level( 2, ), ... ]": every third word, its comma cut
        words = report[start + len("levels: [") : report.index("]", start)].split()
        by_byte = [int(word[:-1]) for word in words[1::3]]
    except ValueError:
        by_byte = []
    if start < 0 or len(by_byte) != len(encoded):
        raise RuntimeError("python-bidi's report of levels is not the one this module reads")
    # a character's level is its first byte's (UTF-8's other bytes are 10xxxxxx)
    return [level for byte, level in zip(encoded, by_byte, strict=True) if byte & 0xC0 != 0x80]


def line_levels(text: str, right_to_left: bool) -> list[int]:
    """`levels` with rule L1 applied to `text` taken as one line."""
    base = 1 if right_to_left else 0
    resolved = levels(text, right_to_left)
    separators = SEPARATORS.search(text) is not None
    trailing = True  # at the end of the line
    for position in range(len(text) - 1, -1, -1):
        kind = bidirectional(text[position])
        if kind in ("S", "B"):
            resolved[position], trailing = base, True
        elif trailing and kind in TRAILING_KINDS:
            resolved[position] = base
        elif not separators:
            break  # (most lines) nothing left to reset before the line's end
        else:
            trailing = False
    return resolved


def visual_positions(line_levels: list[int]) -> list[int]:
    """The characters' positions (in logical order) as drawn left to right, by rule L2: from the
    highest level down to the lowest odd one, every run at that level or higher reversed."""
    order = list(range(len(line_levels)))
    odd = [level for level in line_levels if level % 2]
    if not odd:
        return order
    for level in range(max(line_levels), min(odd) - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and line_levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = order[start:position][::-1]
                start = None
    return order


def in_visual_order(text: str, right_to_left: bool) -> list[tuple[int, str]]:
    """`text`, one line, as drawn left to right: (each character's position in `text`, the
    character or, at a right-to-left level, its mirrored form: rule L4)."""
    from bidi.mirror import MIRRORED

    resolved = line_levels(text, right_to_left)
    drawn = [
        MIRRORED.get(character, character) if level % 2 else character
        for character, level in zip(text, resolved, strict=True)
    ]
    return [(position, drawn[position]) for position in visual_positions(resolved)]


def visual(text: str, right_to_left: bool) -> str:
    """`text`, one line, as drawn left to right (`in_visual_order`'s characters). A line without
    a character that has a mirrored form or a separator is python-bidi's `get_display` as it is:
    the same order, ten times faster than reading its levels (its `get_display` leaves rule L1
    out for a tab: "a⇥1" in a right-to-left line would print "a⇥1", not "1⇥a")."""
    if not _mirrored_characters().search(text) and not SEPARATORS.search(text):
        from bidi import get_display

        return get_display(text, base_dir="R" if right_to_left else "L")
    return "".join(drawn for _position, drawn in in_visual_order(text, right_to_left))


@functools.cache
def _mirrored_characters() -> re.Pattern[str]:
    from bidi.mirror import MIRRORED

    return re.compile(f"[{re.escape(''.join(MIRRORED))}]")
