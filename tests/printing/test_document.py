"""The shared document frame: fonts that print every name, header, footer, read from the PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest

from app.printing.bidi_paragraph import Paragraph
from app.printing.document import build_pdf, escape, styles, table
from app.services.people.cooperative import CooperativeInfo

NAMES = ["Hằng Nguyễn Thị", "Наталья Смирнова", "Leïla Ben Ammar", "Esperança Domingos"]


def test_every_name_reads_back_as_typed_with_bold_in_a_bold_font():
    s = styles()
    story = [Paragraph(escape("Membres & noms"), s.title)]
    story += [Paragraph(f"<b>{escape(name)}</b> — ok", s.body) for name in NAMES]
    story.append(table([["Nom", "Montant"], ["Hằng", "2,50 €"]], align_right_from=1))
    coop = CooperativeInfo(name="Coopér'Actives Cuisine", address="Rue des Champs 67\n4020 Liège")
    pdf = build_pdf(story, "Essai", coop)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        text = page.extract_text()
        for name in NAMES:
            assert name in text
        assert "Coopér'Actives Cuisine" in text
        assert "Rue des Champs 67, 4020 Liège" in text
        assert "Page 1" in text
        bold_chars = {c["text"] for c in page.chars if "Bold" in c["fontname"]}
        assert set("Hằng") <= bold_chars
        regular = [c for c in page.chars if c["text"] == "—"]
        assert regular and all("Bold" not in c["fontname"] for c in regular)


def test_a_mixed_arabic_and_latin_line_prints_joined_and_in_reading_order():
    line = "شهادة مشاركة: Amina Haddad — 12 h, Lot A12"
    pdf = build_pdf([Paragraph(escape(line), styles().body)], "شهادة")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = document.pages[0].extract_text()  # characters as they stand, left to right
    printed = next(row for row in text.splitlines() if "Amina" in row)
    # The Latin part keeps its order; the Arabic words stand to its right, read from the right,
    # in their joined forms (initial, medial, final letters), not as separate letters.
    assert "Amina Haddad — 12 h, Lot A12" in printed
    assert printed.endswith("ﺔﻛﺭﺎﺸﻣ ﺓﺩﺎﻬﺷ")
    assert not set("شهادةمشاركة") & set(printed)  # no unjoined letter left
    assert printed.index("Lot A12") < printed.index("ﺓﺩﺎﻬﺷ")
    assert "ﺓﺩﺎﻬﺷ" in text.splitlines()[-1]  # the footer's title too


def test_a_long_arabic_paragraph_wraps_with_its_lines_in_reading_order():
    # 40 numbered phrases ("الجملة 7 Lot-A7"): wrapped over several lines, the first line printed
    # holds the first phrases, and each line reads from the right (numbers falling to the left).
    text = " ".join(f"الجملة {n} Lot-A{n}" for n in range(1, 41))
    pdf = build_pdf([Paragraph(escape(text), styles().body)], "Essai")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        rows = [row for row in document.pages[0].extract_text().splitlines() if "Lot-A" in row]
    assert len(rows) >= 3
    numbers = [[int(n) for n in re.findall(r"Lot-A(\d+)", row)] for row in rows]
    for row in numbers:
        assert row == sorted(row, reverse=True)  # read from the right
    flat = [n for row in numbers for n in reversed(row)]
    assert flat == list(range(1, 41))  # every phrase once, lines from the top in order


def test_a_paragraph_with_bold_arabic_keeps_its_parts_in_reading_order():
    pdf = build_pdf(
        [Paragraph(f"<b>{escape('المندوبة')}</b> {escape('أمينة Lot A12')}", styles().body)],
        "Essai",
    )
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        printed = document.pages[0].extract_text().splitlines()[0]
    # the bold word comes first in reading order: rightmost on the line
    assert printed.index("A12") < printed.index("ﺔﻨﻴﻣﺃ") < printed.index("ﺔﺑﻭﺪﻨﻤﻟﺍ")


def test_every_document_uses_the_paragraph_that_reorders_arabic_lines():
    printing = Path(__file__).resolve().parents[2] / "app" / "printing"
    direct = [
        path.name
        for path in printing.glob("*.py")
        if path.name != "bidi_paragraph.py"
        and re.search(r"from reportlab\.platypus import [^\n]*\bParagraph\b", path.read_text())
    ]
    assert direct == []


def test_brackets_around_arabic_face_the_words_they_enclose():
    pdf = build_pdf([Paragraph(escape("☺ المرافقة (العرابة) — «نص»"), styles().body)], "Essai")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        printed = document.pages[0].extract_text().splitlines()[0]
    # drawn left to right: "(" then the word read from the right, then ")", as a reader sees it
    assert "(ﺔﺑﺍﺮﻌﻟﺍ)" in printed and ")ﺔﺑﺍﺮﻌﻟﺍ(" not in printed
    assert "«ﺺﻧ»" in printed


def test_arabic_short_vowels_are_printed_over_their_letters():
    # "يُستهلك الطعامَ": the damma over the first letter, the fatha over the last; drawn left to
    # right, each mark comes just before its letter, with no width, so it stands over it.
    pdf = build_pdf([Paragraph(escape("يُستهلك الطعامَ"), styles().body)], "Essai")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = [c for c in document.pages[0].chars if c["top"] < 200]
    printed = "".join(c["text"] for c in chars)
    assert "\u064f" in printed and "\u064e" in printed
    for mark, letter in (("\u064f", "\ufef3"), ("\u064e", "\ufee1")):  # initial yeh, lone meem
        at = printed.index(mark)
        assert printed[at + 1] == letter
        assert chars[at]["x0"] == pytest.approx(chars[at + 1]["x0"])
        assert chars[at]["x1"] - chars[at]["x0"] == pytest.approx(0)


def test_an_arabic_table_header_reads_as_its_body_cells_do():
    pdf = build_pdf([table([["المنتج", "السعر"], ["المنتج", "2,50 €"]])], "Essai")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        rows = document.pages[0].extract_text().splitlines()
    header = next(row for row in rows if "ﺮﻌﺴﻟﺍ" in row or "ﺍﺮﻌﺴﻟ" in row)
    body = next(row for row in rows if "2,50" in row)
    # the same word, joined and read from the right, in the header (bold) and in the body
    assert "ﺞﺘﻨﻤﻟﺍ" in body and "ﺞﺘﻨﻤﻟﺍ" in header
    assert "ﺮﻌﺴﻟﺍ" in header
