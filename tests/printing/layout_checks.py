"""What a careful reader checks on a printed page, as functions over a PDF read by pdfplumber:
letters that run into each other or across a table rule, a header word broken over two lines, a
heading left alone at the foot of a page, "page N / M" in every footer, metadata, and fonts
referenced but never used.

Each check returns a list of problems in words (empty when the page is right), so a failing test
says where the page goes wrong.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_left, bisect_right
from functools import cache
from pathlib import Path

import pdfplumber
import pypdf

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# the grey of a table's header row (#e8e8e8)
HEADER_GREY = (0.91, 0.91, 0.91)
TOLERANCE = 0.4  # points


def _visible(char) -> bool:
    """A letter set upright (a chart's slanted axis labels have boxes that overlap by design)."""
    _a, b, c, _d, _e, _f = char["matrix"]
    return not char["text"].isspace() and abs(b) < 1e-6 and abs(c) < 1e-6


def overlapping_letters(page) -> list[str]:
    """Pairs of letters whose boxes cover each other (an amount running into its neighbour)."""
    chars = sorted((c for c in page.chars if _visible(c)), key=lambda c: c["x0"])
    problems = []
    for index, char in enumerate(chars):
        for other in chars[index + 1 :]:
            if other["x0"] >= char["x1"] - TOLERANCE:
                break
            covered_height = min(char["bottom"], other["bottom"]) - max(char["top"], other["top"])
            if covered_height > 0.3 * min(char["size"], other["size"]):
                problems.append(
                    f"page {page.page_number}: «{char['text']}» and «{other['text']}» overlap "
                    f"at x={char['x0']:.1f}, y={char['top']:.1f}"
                )
    return problems


def letters_across_rules(page) -> list[str]:
    """Letters cut by a vertical table rule (text wider than its column). The rules are sorted
    by their x, so each letter looks only at the rules between its sides (bisect), and names the
    first of them in the page's order, as a walk over every rule would."""
    rules = sorted(
        (rule["x0"], index, rule)
        for index, rule in enumerate(page.edges)
        if rule["orientation"] == "v"
    )
    xs = [x for x, _index, _rule in rules]
    problems = []
    for char in page.chars:
        if not _visible(char):
            continue
        inside = rules[
            bisect_right(xs, char["x0"] + TOLERANCE) : bisect_left(xs, char["x1"] - TOLERANCE)
        ]
        beside = [
            (index, rule)
            for _x, index, rule in inside
            if min(char["bottom"], rule["bottom"]) - max(char["top"], rule["top"]) > 1
        ]
        if beside:
            rule = min(beside, key=lambda found: found[0])[1]
            problems.append(
                f"page {page.page_number}: «{char['text']}» crosses a rule at "
                f"x={rule['x0']:.1f}, y={char['top']:.1f}"
            )
    return problems


def orphaned_headings(page, footer_height: float = 45) -> list[str]:
    """A heading (12 pt and larger) as the last line of a page: it belongs with what follows."""
    body = [c for c in page.chars if _visible(c) and c["bottom"] < page.height - footer_height]
    if not body or page.page_number == len(page.pdf.pages):
        return []
    lowest = max(body, key=lambda c: c["bottom"])
    last_line = [c for c in body if abs(c["bottom"] - lowest["bottom"]) < 1]
    if all(c["size"] >= 12 for c in last_line):
        text = "".join(c["text"] for c in sorted(last_line, key=lambda c: c["x0"]))
        return [f"page {page.page_number}: heading «{text}» alone at the foot of the page"]
    return []


@cache
def catalogue_words() -> frozenset[str]:
    """Every word of every French source text in the translation catalogue."""
    text = (TRANSLATIONS / "coopactives_en.ts").read_text(encoding="utf-8")
    sources = re.findall(r"<source>(.*?)</source>", text, flags=re.S)
    return frozenset(word.lower() for source in sources for word in re.findall(r"[\w'’]+", source))


def _is_header_grey(rect) -> bool:
    colour = rect.get("non_stroking_color")
    if not isinstance(colour, (tuple, list)) or len(colour) != 3:
        return False
    return all(abs(a - b) < 0.02 for a, b in zip(colour, HEADER_GREY, strict=True))


def broken_header_words(page, known_words: frozenset[str] = frozenset()) -> list[str]:
    """Words in a table's grey header row that are not words of the catalogue (nor of
    `known_words`, the data shown in headers): "Espèc" / "es" is a header broken in a word."""
    vocabulary = catalogue_words() | {w.lower() for w in known_words}
    problems = []
    for rect in page.rects:
        if not _is_header_grey(rect):
            continue
        cell = page.crop((rect["x0"], rect["top"], rect["x1"], rect["bottom"]), strict=False)
        for word in cell.extract_words():
            for part in re.findall(r"[\w'’]+", word["text"]):
                if not part.isdigit() and part.lower() not in vocabulary:
                    problems.append(f"page {page.page_number}: header word «{part}»")
    return problems


def missing_page_count(page, total: int) -> list[str]:
    """The page, if its footer does not say "page N / M" (M = `total`)."""
    if f"{page.page_number} / {total}" in (page.extract_text() or ""):
        return []
    return [f"page {page.page_number}: no «{page.page_number} / {total}»"]


def missing_metadata(pdf: bytes) -> list[str]:
    """Title, author and a subject that says more than the title."""
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
    problems = [
        f"no {key}"
        for key in ("/Title", "/Author", "/Subject")
        if not (metadata.get(key) or "").strip() or metadata.get(key) == "(unspecified)"
    ]
    if metadata.get("/Subject") == metadata.get("/Title"):
        problems.append("the subject only repeats the title")
    return problems


def referenced_fonts(pdf: bytes) -> set[str]:
    """The fonts the pages' resources name."""
    referenced = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            referenced.add(str(ref.get_object()["/BaseFont"]).lstrip("/"))
    return referenced


def read_back(pdf: bytes, known_words: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Each page's text (pdfplumber's `extract_text`) and `page_problems`, from one reading."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        problems = page_problems(pdf, known_words, document)
        return [page.extract_text() or "" for page in document.pages], problems


def page_problems(
    pdf: bytes, known_words: frozenset[str] = frozenset(), document=None
) -> list[str]:
    """Every check above, over every page, and the fonts referenced that no letter is drawn in.
    Each page is parsed once: pdfplumber parses a page's objects when first asked and keeps
    them, so every check of a page (and the text a test reads from `document`, the PDF already
    open in pdfplumber, or from `read_back`) uses the same parse; reading the PDF once per check
    made most of the checks' time."""
    if document is None:
        with pdfplumber.open(io.BytesIO(pdf)) as opened:
            return page_problems(pdf, known_words, opened)
    page_counts, on_pages, used = [], [], set()
    total = len(document.pages)
    for page in document.pages:
        page_counts += missing_page_count(page, total)
        used |= {c["fontname"] for c in page.chars}
        on_pages += overlapping_letters(page)
        on_pages += letters_across_rules(page)
        on_pages += broken_header_words(page, known_words)
        on_pages += orphaned_headings(page)
    unused = [
        f"font {name} is referenced and never used" for name in sorted(referenced_fonts(pdf) - used)
    ]
    return page_counts + missing_metadata(pdf) + unused + on_pages
