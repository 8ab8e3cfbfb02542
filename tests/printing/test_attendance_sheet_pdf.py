"""The signed attendance sheets read back from the PDF: one page per morning, the expected members
of that morning and no one else, the boxes to fill in; and from the command line on the demo."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from pypdf import PdfReader

from app.cli import main
from app.printing.attendance_sheet import attendance_sheets_pdf
from app.services.errors import ValidationError
from app.services.people.cohorts import find_cohort
from app.services.schedule.attendance_sheets import week_sheets
from tests.services.test_attendance_sheets import week  # noqa: F401 (fixture)

D = dt.date


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() for page in document.pages]


def test_one_page_per_morning_with_its_expected_members(session, week):  # noqa: F811
    cohort_id, _, _ = week
    pages = pages_text(attendance_sheets_pdf(session, cohort_id, D(2022, 10, 12)))
    assert len(pages) == 3  # the cancelled Friday has no sheet
    monday, tuesday, thursday = pages
    assert "Feuille de présence" in monday and "Coopérative 2" in monday
    assert "Lundi 10 octobre 2022" in monday and "9h – 12h" in monday
    assert "Amal Sayed" in monday and "Binta Diallo" in monday and "Chantal" not in monday
    assert "Binta Diallo" in tuesday
    assert "Chantal Mbuyi" in thursday and "Binta" not in thursday
    assert "2 membres attendues" in thursday
    for page in pages:
        assert "Arrivée" in page and "Signature" in page
        assert "Signature de l'animatrice" in page
    assert all(f"Page {n} / 3" in page for n, page in enumerate(pages, 1))


def test_a_week_without_mornings_prints_nothing(session, week):  # noqa: F811
    cohort_id, _, _ = week
    with pytest.raises(ValidationError):
        attendance_sheets_pdf(session, cohort_id, D(2022, 10, 17))


def test_print_and_export_from_the_command_line(demo_db_path, demo_db, tmp_path, capsys):
    sheets = tmp_path / "presences.pdf"
    base = ["--db", str(demo_db_path)]
    arguments = ["--cohort", "Coopérative 2", "--week", "2022-W41", "-o", str(sheets)]
    assert main([*base, "print", "attendance-sheet", *arguments]) == 0
    reader = PdfReader(io.BytesIO(sheets.read_bytes()))
    with demo_db.session() as session:
        expected = week_sheets(session, find_cohort(session, "Coopérative 2").id, D(2022, 10, 10))
    assert len(reader.pages) == len(expected)
    for page, sheet in zip(reader.pages, expected, strict=True):
        text = page.extract_text()
        assert all(member.name in text for member in sheet.members)
    assert reader.metadata.title.startswith("Feuilles de présence — semaine 2022-W41")
    csv_file = tmp_path / "presences.csv"
    export = ["export", "attendance", "--cohort", "Coopérative 2", "-o", str(csv_file)]
    assert main([*base, *export]) == 0
    lines = csv_file.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Membre;2022-09-12 Théorie")
    assert len(lines) == 1 + len(expected[0].members)
    empty = ["print", "attendance-sheet", "--cohort", "Coopérative 2", "--week", "2021-W41"]
    assert main([*base, *empty, "-o", str(tmp_path / "none.pdf")]) == 2
    assert "Aucune matinée" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()
