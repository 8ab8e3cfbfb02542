"""Losses recorded with a reason show in the sale day's summary (that day's) and the cohort's
summary (all of them), read back from the PDFs of the demo: Coopérative 2 threw away 9 energy balls
out of date on 11/10 and dropped 2 at the market on 14/10."""

from __future__ import annotations

import io

import pdfplumber

from app.cli import main
from tests.printing.layout_checks import read_back


def printed(demo_db_path, tmp_path, arguments) -> bytes:
    output = tmp_path / "summary.pdf"
    assert main(["--db", str(demo_db_path), "print", *arguments, "-o", str(output)]) == 0
    return output.read_bytes()


def printed_text(demo_db_path, tmp_path, *arguments) -> tuple[str, bytes]:
    data = printed(demo_db_path, tmp_path, arguments)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages), data


def printed_and_checked(demo_db_path, tmp_path, *arguments) -> tuple[str, list[str]]:
    """The document's text and the layout check's problems, from one reading of the PDF."""
    texts, problems = read_back(printed(demo_db_path, tmp_path, arguments), frozenset())
    return "\n".join(texts), problems


def test_the_sale_day_shows_its_losses(demo_db_path, tmp_path):
    text, problems = printed_and_checked(
        demo_db_path, tmp_path, "day-summary", "--date", "2022-10-14", "--cohort", "Coopérative 2"
    )
    assert "Pertes (produits jetés)" in text
    assert "Tombées pendant le marché" in text and "L221012" in text
    assert "Date dépassée" not in text  # another day's loss
    assert "Unités perdues en tout : 2" in text
    assert problems == []


def test_the_cohort_shows_every_loss_and_a_day_without_shows_none(demo_db_path, tmp_path):
    text, _ = printed_text(demo_db_path, tmp_path, "cohort-summary", "--cohort", "Coopérative 2")
    assert "Date dépassée (06/10)" in text and "Tombées pendant le marché" in text
    assert "Unités perdues en tout : 11" in text
    text, _ = printed_text(demo_db_path, tmp_path, "cohort-summary", "--cohort", "Coopérative 1")
    assert "Pertes" not in text
