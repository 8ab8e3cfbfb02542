"""The programme report read back from the PDF and the spreadsheet, from the command line on the
demo: its figures are those of the database, no member is named, evaluations only with the PIN."""

from __future__ import annotations

import io
import sys

import pdfplumber

from app.cli import main
from app.printing.programme_report import PDF_NUMBERS
from app.services.money import format_amount
from app.services.people import members as people
from app.services.people.cohorts import find_cohort
from app.services.programme.report import programme_report
from app.services.spreadsheet import spreadsheet_amount
from app.vocab.evaluations import competence_category_label


def spaced(text: str) -> str:
    """Narrow and non-breaking spaces read back as plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return spaced("\n".join(page.extract_text() for page in document.pages))


def run(demo_db_path, *arguments) -> int:
    return main(["--db", str(demo_db_path), *arguments])


def test_pdf_of_a_cohort_shows_its_figures_and_no_name(demo_db_path, demo_db, tmp_path):
    output = tmp_path / "rapport.pdf"
    assert (
        run(
            demo_db_path,
            "print",
            "programme-report",
            "--cohort",
            "Coopérative 2",
            "-o",
            str(output),
        )
        == 0
    )
    text = pdf_text(output.read_bytes())
    with demo_db.session() as session:
        cohort = find_cohort(session, "Coopérative 2")
        report = programme_report(session, [cohort.id])
        everybody = people.list_people(session, include_inactive=True)
    assert "Rapport du programme" in text and "Coopérative 2" in text
    assert f"Participantes {report.participants}" in text
    total = f"Total {report.sales_events} {format_amount(report.revenue_excl_cents)}"
    assert spaced(total) in text
    assert spaced(f"membres {PDF_NUMBERS.hours(report.hours_attended)}") in text
    assert "Non incluses" in text  # no PIN, no evaluations
    for person in everybody:
        assert person.full_name not in text
        assert (person.last_name or "§") not in text


def test_evaluations_need_the_pin(demo_db_path, demo_db, tmp_path, monkeypatch, capsys):
    output = tmp_path / "rapport.pdf"
    arguments = ["print", "programme-report", "--cohort", "Coopérative 1", "--with-evaluations"]
    arguments += ["--pin-stdin", "-o", str(output)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("9999\n"))
    assert run(demo_db_path, *arguments) == 3
    assert not output.exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO("1234\n"))
    assert run(demo_db_path, *arguments) == 0
    text = pdf_text(output.read_bytes())
    assert "Non incluses" not in text
    with demo_db.session() as session:
        cohort = find_cohort(session, "Coopérative 1")
        report = programme_report(session, [cohort.id], evaluations_unlocked=True)
    for line in report.evaluations:
        assert (
            f"{line.name} {competence_category_label(line.category)} "
            + " ".join(str(count) for count in line.counts)
            in text
        )


def test_spreadsheet_of_a_period_and_bad_scopes(demo_db_path, demo_db, tmp_path, capsys):
    output = tmp_path / "rapport.csv"
    period = ["--from", "2022-01-01", "--to", "2022-12-31"]
    assert run(demo_db_path, "export", "programme-report", *period, "-o", str(output)) == 0
    lines = output.read_bytes().decode("utf-8-sig").splitlines()
    with demo_db.session() as session:
        c1 = find_cohort(session, "Coopérative 1").id
        c2 = find_cohort(session, "Coopérative 2").id
        report = programme_report(session, [c1, c2])
    assert lines[0].startswith("Rapport du programme — du ")
    total = f"Total;{report.sales_events};{spreadsheet_amount(report.revenue_excl_cents)};"
    assert any(line.startswith(total) for line in lines)
    assert f"Participantes;{report.participants}" in lines
    none = tmp_path / "none.pdf"
    empty = ["--from", "2019-01-01", "--to", "2019-12-31", "-o", str(none)]
    assert run(demo_db_path, "print", "programme-report", *empty) == 2
    assert "Aucune cohorte" in capsys.readouterr().err
    both = ["--cohort", "Coopérative 1", *period, "-o", str(none)]
    assert run(demo_db_path, "print", "programme-report", *both) == 2
    assert "pas les deux" in capsys.readouterr().err
    assert run(demo_db_path, "print", "programme-report", "-o", str(none)) == 2
    assert not none.exists()


def test_hours_are_written_with_the_language_s_unit_in_the_cells(demo_db, read_in):
    from app import i18n
    from app.printing.programme_report import programme_report_pdf

    with demo_db.session() as session:
        report = programme_report(session, [find_cohort(session, "Coopérative 2").id])
    french = pdf_text(programme_report_pdf(report))
    read_in("nl")
    dutch = pdf_text(programme_report_pdf(report))
    read_in("ar")
    i18n.set_format_locale(i18n.FORMAT_LOCALES["ar"])
    i18n.set_right_to_left(True)
    arabic = pdf_text(programme_report_pdf(report))
    hours = str(report.hours_attended.normalize())  # a whole number of hours in the demo
    assert f"{hours} h" in french
    assert f"{hours} u" in dutch and f"{hours} h" not in dutch
    # "ساعة" (hour) joined and read from the right beside its figures, never "h"
    assert f"ﺔﻋﺎﺳ {hours}" in arabic and f"{hours} h" not in arabic
