"""Documents printed in Arabic read from the right: every paragraph ends at the right margin,
tables start at the right with their first column, "label: value" lines put the label on the
right, the header and footer are mirrored; mixed Arabic and Latin lines keep their numbers in
reading order. Read back with pdfplumber from the command line's `--lang ar` and from the
documents' own code; French documents stay as they were."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from app import i18n
from app.cli import main
from app.printing.bidi_paragraph import Paragraph
from app.printing.bidi_table import mirrored_command
from app.printing.document import build_pdf, escape, styles, table

MARGIN = 18 * mm
FRAME_PADDING = 6  # reportlab's frame pads its text 6 pt inside the margins
TEXT_END = MARGIN + FRAME_PADDING  # from the page's edge
ARABIC_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
ATTESTATION = ["attestation", "--person", "Amina Lukusa", "--cohort", "Coopérative 1"]
DAY = ["day-summary", "--date", "2022-11-25"]


def printed(demo_db_path, tmp_path, *arguments: str, language: str = "ar") -> bytes:
    output = tmp_path / "document.pdf"
    command = ["--lang", language, "--db", str(demo_db_path), "print", *arguments]
    assert main([*command, "-o", str(output)]) == 0
    return output.read_bytes()


def lines_of(pdf: bytes, page: int = 0) -> tuple[float, list[dict]]:
    """The page's width and its lines of text (text, x0, x1, top), top first."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        found = document.pages[page]
        return float(found.width), found.extract_text_lines()


def line_with(lines: list[dict], *parts: str) -> dict:
    """The first line holding every part, its short vowels left out (a heading such as
    "الساعات المتابَعة" prints its fatha; the parts are written without them)."""
    return next(line for line in lines if all(part in unmarked(line["text"]) for part in parts))


def unmarked(text: str) -> str:
    return "".join(char for char in text if not unicodedata.combining(char))


def as_read(text: str) -> str:
    """A right-to-left line as a reader takes it: reversed (the PDF holds it left to right), its
    joined letter forms back to plain letters."""
    return unicodedata.normalize("NFKC", text[::-1])


def test_an_arabic_attestation_reads_from_the_right_margin(demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, *ATTESTATION)
    width, lines = lines_of(pdf)
    right_end = width - TEXT_END
    hours = line_with(lines, "ﺔﻌﺑﺎﺘﻤﻟﺍ ﺕﺎﻋﺎﺴﻟﺍ")  # the heading above the first table
    paragraphs = [line for line in lines if 30 * mm < line["top"] <= hours["top"]]
    assert len(paragraphs) >= 5
    # the title, "نشهد بأن", the person's name (Latin letters alone), the sentences: every line
    # of the paragraphs ends at the right margin, however long
    for line in paragraphs:
        assert line["x1"] == pytest.approx(right_end, abs=1.0), line["text"]
    name = line_with(lines, "Amina Lukusa")
    assert name["x0"] > width / 2  # a short line stands at the right, not at the left
    # the mixed sentence keeps its dates and names in reading order
    sentence = next(line for line in paragraphs if "Coopér'Actives Cuisine" in line["text"])
    assert "شاركت في" in as_read(sentence["text"])
    # "من 19 أبريل 2022" (from 19 April 2022) read from the right, its figures not turned over
    assert "2022 ﻞﻳﺮﺑﺃ 19 ﻦﻣ" in sentence["text"]
    # the header at the right margin, the page number at the left one
    header = line_with(lines, "Coopér'Actives Cuisine")
    assert header["x1"] == pytest.approx(width - MARGIN, abs=1.0)
    # "صفحة 1 / 2" from the left margin (its figures isolated, as on screen), the title ending
    # at the right one
    footer = lines[-1]
    assert footer["x0"] == pytest.approx(MARGIN, abs=1.0)
    assert footer["text"].startswith("1 / 2 ﺔﺤﻔﺻ")
    assert footer["x1"] == pytest.approx(width - MARGIN, abs=1.0)


def test_an_arabic_day_summary_puts_labels_on_the_right_and_tables_from_the_right(
    demo_db_path, tmp_path
):
    pdf = printed(demo_db_path, tmp_path, *DAY)
    width, lines = lines_of(pdf)
    right_end = width - TEXT_END
    # "التاريخ: 25/11/2022": the label and its colon on the right, then a space, then the date
    # as Arabic writes it (day, month, year from the right: "2022/11/25" left to right on the page)
    date = line_with(lines, "2022/11/25", "ﺦﻳﺭﺎﺘﻟﺍ")
    assert date["x1"] == pytest.approx(right_end, abs=1.0)
    assert date["text"].startswith("2022/11/25 :")
    assert as_read(date["text"]).startswith("التاريخ:")
    closed = line_with(lines, "Diane Uwimana", "14:30")
    assert closed["text"].index("14:30") < closed["text"].index("2022/11/25")  # read from right
    # the products' table: its first column ("المنتج", the product) at the right, the names
    # aligned to the right in it, the amounts at the left
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = document.pages[0].extract_words()
    price = next(w for w in words if w["text"] == "ﺮﻌﺴﻟﺍ")
    product = next(w for w in words if w["text"] == "ﺞﺘﻨﻤﻟﺍ" and w["top"] == price["top"])
    assert price["x1"] < product["x0"] and product["x1"] > width - TEXT_END - 10
    name = next(w for w in words if w["text"] == "dattes-cacao")
    assert name["x1"] == pytest.approx(product["x1"], abs=1.0)
    revenue = next(w for w in words if w["text"] == "276,00")
    assert revenue["x0"] < width / 4


def test_a_french_document_stays_laid_out_from_the_left(demo_db_path, tmp_path):
    pdf = printed(demo_db_path, tmp_path, *DAY, language="fr")
    width, lines = lines_of(pdf)
    title = line_with(lines, "Résumé de la journée de vente")
    assert title["x0"] == pytest.approx(TEXT_END, abs=1.0)
    assert line_with(lines, "Coopér'Actives Cuisine")["x0"] == pytest.approx(MARGIN, abs=1.0)
    assert lines[-1]["x1"] == pytest.approx(width - MARGIN, abs=1.0)  # "Page 1 / 3"


def test_a_table_split_over_pages_keeps_its_columns_from_the_right():
    i18n.set_right_to_left(True)  # an Arabic interface (put back after the test)
    rows = [["المنتج", "الكمية", "المبلغ"]]
    rows += [[f"منتج {n}", str(n), f"{n},00 €"] for n in range(1, 90)]
    pdf = build_pdf([table(rows, align_right_from=1)], "جدول")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) >= 2
        for page in document.pages[:2]:
            words = page.extract_words()
            header = {w["text"]: w for w in words if w["top"] < 40 * mm}
            # the first column's header at the right, the amounts' at the left: on every page
            assert header["ﺞﺘﻨﻤﻟﺍ"]["x0"] > header["ﺔﻴﻤﻜﻟﺍ"]["x1"] > header["ﻎﻠﺒﻤﻟﺍ"]["x1"]
            # every row: "منتج 7" at the right, its amount at the left
            amounts = [w for w in words if w["text"].endswith(",00")]
            assert len(amounts) > 20
            for amount in amounts:
                row = [w for w in words if abs(w["top"] - amount["top"]) < 1]
                assert min(row, key=lambda w: w["x0"]) is amount
                assert max(row, key=lambda w: w["x1"])["text"] == "ﺞﺘﻨﻣ"


def test_an_arabic_paragraph_in_a_french_document_keeps_its_own_direction():
    # a French interface: the page reads from the left; an Arabic name still reads from the right
    pdf = build_pdf(
        [Paragraph(escape("المرافقة: Amina"), styles().body), Paragraph("Texte", styles().body)],
        "Essai",
    )
    width, lines = lines_of(pdf)
    assert line_with(lines, "Texte")["x0"] == pytest.approx(TEXT_END, abs=1.0)
    mixed = line_with(lines, "Amina")
    assert mixed["x0"] == pytest.approx(TEXT_END, abs=1.0)
    assert mixed["text"].startswith("Amina")


def test_style_commands_turn_over_with_the_columns():
    assert mirrored_command(("ALIGN", (1, 0), (-1, -1), "RIGHT"), 4) == (
        "ALIGN",
        (0, 0),
        (2, -1),
        "LEFT",
    )
    assert mirrored_command(("LINEBEFORE", (0, 0), (0, -1), 1, "black"), 3) == (
        "LINEAFTER",
        (2, 0),
        (2, -1),
        1,
        "black",
    )
    assert mirrored_command(("SPAN", (0, 2), (1, 2)), 5) == ("SPAN", (3, 2), (4, 2))


def test_every_document_uses_the_table_that_turns_over_its_columns():
    printing = Path(__file__).resolve().parents[2] / "app" / "printing"
    direct = [
        path.name
        for path in printing.glob("*.py")
        if path.name != "bidi_table.py"
        and re.search(r"from reportlab\.platypus import [^\n]*\bTable\b", path.read_text())
    ]
    assert direct == []


def test_a_bold_label_and_an_isolated_value_read_in_order():
    from app.printing.label_value import label_line

    i18n.set_right_to_left(True)  # values come isolated, as from the Arabic interface's fill
    value = i18n.fill("{amount}", amount="1.234,50 €")
    assert i18n.FIRST_STRONG_ISOLATE in value
    pdf = build_pdf([Paragraph(label_line("المبلغ", value), styles().body)], "Essai")
    width, lines = lines_of(pdf)
    amount = line_with(lines, "1.234,50")
    # the label (with the French colon: no catalogue here) on the right, the amount whole,
    # its sign after it, as the isolated value reads on screen (not "€ 1.234,50")
    assert amount["text"].startswith("1.234,50 € : ﻎﻠﺒﻤﻟﺍ")
    assert amount["x1"] == pytest.approx(width - TEXT_END, abs=1.0)


def test_an_arabic_paragraph_split_over_two_pages_reads_from_the_right_on_both():
    # numbered phrases "الجملة 7": reportlab makes the second page's piece without a text, which
    # left its lines in logical order (letters reversed) before
    text = " ".join(f"الجملة {n}" for n in range(1, 700))
    pdf = build_pdf([Paragraph(escape(text), styles().body)], "Essai")
    for page in (0, 1):
        width, lines = lines_of(pdf, page)
        body = [line for line in lines if "ﺔﻠﻤﺠﻟﺍ" in line["text"]]
        assert len(body) > 3
        numbers = [int(n) for n in re.findall(r"\d+", body[1]["text"])]
        assert numbers == sorted(numbers, reverse=True)  # read from the right


def test_a_latin_line_under_an_arabic_one_keeps_its_figures_in_order():
    i18n.set_right_to_left(True)
    lines_markup = "<br/>".join(escape(line) for line in ("التعاونية", "+32 4 232 00 00 · a@b.be"))
    width, lines = lines_of(build_pdf([Paragraph(lines_markup, styles().body)], "Essai"))
    phone = line_with(lines, "a@b.be")
    assert phone["text"] == "+32 4 232 00 00 · a@b.be"  # not "00 00 232 4 32+"
    assert phone["x1"] == pytest.approx(width - TEXT_END, abs=1.0)


def test_brackets_in_a_line_of_a_multi_line_arabic_paragraph_face_their_words():
    i18n.set_right_to_left(True)
    markup = "<br/>".join(escape(line) for line in ("التعاونية", "رقم المؤسسة (BCE): 0123.456.749"))
    width, lines = lines_of(build_pdf([Paragraph(markup, styles().body)], "Essai"))
    assert line_with(lines, "BCE")["text"] == "0123.456.749 :(BCE) ﺔﺴﺳﺆﻤﻟﺍ ﻢﻗﺭ"
