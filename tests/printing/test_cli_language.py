"""`coopactives --lang L print …` writes the document in L (its titles, headings, footer and number
formats), read back from the PDF of the demo in English and in Arabic; without `--lang` it stays
French. Labels keep the cooperative's label language whatever `--lang` says."""

from __future__ import annotations

import io
import unicodedata

import pdfplumber

from app.cli import main
from app.commands.language import language_in, use_language
from app.i18n import tr_n

DAY = ["day-summary", "--date", "2022-11-25"]


def printed(demo_db_path, tmp_path, *words: str) -> str:
    output = tmp_path / "document.pdf"
    assert (
        main(
            [
                *words[: -len(DAY)],
                "--db",
                str(demo_db_path),
                "print",
                *words[-len(DAY) :],
                "-o",
                str(output),
            ]
        )
        == 0
    )
    with pdfplumber.open(io.BytesIO(output.read_bytes())) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def arabic_as_read(text: str) -> str:
    """Arabic lines as a reader takes them: the PDF holds each line's joined letter forms from
    left to right; reversed and normalised, an Arabic run reads in its logical order."""
    return "\n".join(unicodedata.normalize("NFKC", line[::-1]) for line in text.splitlines())


def test_the_language_is_read_before_or_as_one_word():
    assert language_in(["--lang", "en", "print", "week"]) == "en"
    assert language_in(["--db", "x", "--lang=ar", "print"]) == "ar"
    assert language_in(["print", "week"]) is None


def test_counted_texts_take_each_language_s_plural_forms():
    use_language("en")
    assert tr_n("%n jour(s) planifié(s)", "delegate", 1) == "1 day planned"
    assert tr_n("%n jour(s) planifié(s)", "delegate", 3) == "3 days planned"
    assert use_language("ar") == "ar"
    assert tr_n("%n jour(s) planifié(s)", "delegate", 1) == "نُظِّم يوم واحد"
    assert use_language("xx") == "fr"
    assert tr_n("%n jour(s) planifié(s)", "delegate", 3) == "3 jours planifiés"


def test_a_day_summary_prints_in_english(demo_db_path, tmp_path):
    text = printed(demo_db_path, tmp_path, "--lang", "en", *DAY)
    assert "Sales day summary" in text
    assert "Revenue by payment method" in text
    assert "Page 1 / " in text
    assert "Résumé de la journée" not in text and "Recette par moyen" not in text


def test_a_day_summary_prints_in_arabic(demo_db_path, tmp_path):
    text = printed(demo_db_path, tmp_path, "--lang", "ar", *DAY)
    read = arabic_as_read(text)
    assert "ملخص يوم البيع" in read  # the title
    assert "صفحة" in read  # the footer's "page"
    assert "Résumé" not in text and "Sales day" not in text
    # its dates as the Arabic interface writes them, from the right: 2022/11/25, alone after
    # "التاريخ:" as beside words (a date has direction marks and no Arabic letter)
    dates = text.replace("\u200f", "")
    assert "25/11/2022" not in dates and dates.count("2022/11/25") >= 2


def test_without_the_option_the_document_stays_french(demo_db_path, tmp_path):
    text = printed(demo_db_path, tmp_path, *DAY)
    assert "Résumé de la journée de vente" in text
