"""The sales summary of several cohorts (the organisation's view): one table of every cohort with
their total, then each cohort's own pages; on the command line by names or by period."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber

from app.cli import main
from app.printing.cohort_summary import cohorts_summary_pdf
from app.services.money import format_amount
from app.services.people.cohorts import list_cohorts
from app.services.sales.summaries import cohort_summary
from tests.printing.layout_checks import read_back


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [plain(page.extract_text()) for page in document.pages]


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def amount(cents: int) -> str:
    return plain(format_amount(cents))


def overview_line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(label))


def test_the_overview_adds_up_every_cohort_to_the_cent(demo_db):
    with demo_db.session() as session:
        cohorts = list_cohorts(session)
        assert len(cohorts) == 3  # the third, to come, has sold nothing yet: its line says 0
        summaries = {c.name: cohort_summary(session, c.id) for c in cohorts}
        pdf = cohorts_summary_pdf(session, [c.id for c in cohorts])
    texts, problems = read_back(pdf)  # one reading for the text and the layout check
    pages = [plain(text) for text in texts]
    first = pages[0]
    assert "Ventes de plusieurs cohortes" in first
    for name, summary in summaries.items():
        line = overview_line(first, name)
        assert amount(summary.revenue_excl_cents) in line
        assert amount(summary.profit_cents) in line
    total = overview_line(first, "Total")
    expected_excl = sum(s.revenue_excl_cents for s in summaries.values())
    expected_result = sum(s.profit_cents for s in summaries.values())
    expected_days = sum(len(s.events) for s in summaries.values())
    assert total.split()[1] == str(expected_days)
    assert amount(expected_excl) in total and amount(expected_result) in total
    # then each cohort's own summary, starting on a page of its own
    starts = [i for i, text in enumerate(pages) if "Résumé des ventes de la cohorte" in text]
    assert len(starts) == len(cohorts) and starts[0] == 1
    for i, cohort in zip(starts, cohorts, strict=True):
        assert cohort.name in pages[i]
    assert problems == []


def test_one_cohort_is_its_usual_summary(demo_db):
    with demo_db.session() as session:
        cohort = next(c for c in list_cohorts(session) if c.name == "Coopérative 2")
        pages = pages_text(cohorts_summary_pdf(session, [cohort.id]))
    assert "Ventes de plusieurs cohortes" not in pages[0]
    assert "Résumé des ventes de la cohorte" in pages[0] and cohort.name in pages[0]


def test_the_command_takes_several_cohorts_or_a_period(demo_db_path, tmp_path, capsys):
    by_names = tmp_path / "names.pdf"
    code = main(
        [
            "--db",
            str(demo_db_path),
            "print",
            "cohort-summary",
            "--cohort",
            "Coopérative 1",
            "--cohort",
            "Coopérative 2",
            "-o",
            str(by_names),
        ]
    )
    assert code == 0
    by_period = tmp_path / "period.pdf"
    argv = ["--db", str(demo_db_path), "print", "cohort-summary"]
    code = main([*argv, "--from", "2022-01-01", "--to", "2022-12-31", "-o", str(by_period)])
    assert code == 0
    assert pages_text(by_names.read_bytes())[0] == pages_text(by_period.read_bytes())[0]
    empty = tmp_path / "empty.pdf"
    code = main([*argv, "--from", "2030-01-01", "--to", "2030-12-31", "-o", str(empty)])
    assert code == 2 and not empty.exists()
    assert "Aucune cohorte pendant cette période" in capsys.readouterr().err
    both = main([*argv, "--cohort", "Coopérative 1", "--from", "2022-01-01", "-o", str(empty)])
    assert both == 2 and "--from et --to" in capsys.readouterr().err


def test_the_period_is_in_the_title(demo_db):
    with demo_db.session() as session:
        cohorts = list_cohorts(session)
        pdf = cohorts_summary_pdf(session, [c.id for c in cohorts])
    from pypdf import PdfReader

    title = PdfReader(io.BytesIO(pdf)).metadata.title
    first = min(c.start_date for c in cohorts)
    assert title.startswith("Ventes des cohortes du") and str(first.year) in title
    assert isinstance(first, dt.date)
