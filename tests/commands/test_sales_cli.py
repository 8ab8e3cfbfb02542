"""The sales commands on the demo database: print the three documents, export CSV, bad input."""

from __future__ import annotations

import csv
import datetime as dt

from pypdf import PdfReader

from app.cli import main
from app.db import Database
from app.models.sales import SaleLine, SalesEvent
from app.services.sales.events import list_events
from app.services.sales.summaries import cohort_summary


def test_demo_has_every_format_a_cash_difference_and_a_correction(demo_db):
    with demo_db.session() as session:
        formats, closed, differences = set(), 0, 0
        for key in ("Coopérative 1", "Coopérative 2"):
            from app.services.people.cohorts import find_cohort

            cohort = find_cohort(session, key)
            events = list_events(session, cohort.id)
            assert events
            formats |= {e.format for e in events}
            closed += sum(e.closed for e in events)
            differences += cohort_summary(session, cohort.id).cash_differences_cents
        assert formats == {"brunch", "delivery", "catering", "stand", "takeaway"}
        assert differences != 0
        assert session.query(SaleLine).filter(SaleLine.source == "correction").count() >= 1
        from app.services.sales.events import find_event_on
        from app.services.sales.summaries import day_summary

        first_order = find_event_on(session, dt.date(2022, 5, 13))
        assert day_summary(session, first_order.id).result_cents == 200  # "a profit of 2 euros"


def test_print_and_export_commands(demo_db_path, tmp_path, capsys):
    for kind, extra in (
        ("day-summary", ["--date", "2022-07-06"]),
        ("cohort-summary", ["--cohort", "Coopérative 1"]),
        ("profit-sharing", ["--cohort", "coopérative 1"]),
    ):
        out = tmp_path / f"{kind}.pdf"
        assert main(["--db", str(demo_db_path), "print", kind, *extra, "-o", str(out)]) == 0
        assert len(PdfReader(out).pages) >= 1
    text = PdfReader(tmp_path / "day-summary.pdf").pages[0].extract_text()
    assert "06/07/2022" in text
    out = tmp_path / "sales.csv"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "export",
                "sales",
                "--cohort",
                "Coopérative 2",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["cohort"] for r in rows} == {"Coopérative 2"}
    database = Database.open(demo_db_path)
    with database.session() as session:
        from app.services.people.cohorts import find_cohort

        cohort = find_cohort(session, "Coopérative 2")
        expected = (
            session.query(SaleLine)
            .join(SalesEvent, SalesEvent.id == SaleLine.event_id)
            .filter(SalesEvent.cohort_id == cohort.id)
            .count()
        )
        assert len(rows) == expected
    database.close()
    assert (
        main(["--db", str(demo_db_path), "export", "expenses", "-o", str(tmp_path / "e.csv")]) == 0
    )


def test_bad_input_exits_non_zero_with_a_message(demo_db_path, tmp_path, capsys):
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "day-summary",
                "--date",
                "2022-01-01",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "Aucune vente le 2022-01-01" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "profit-sharing",
                "--cohort",
                "Coopérative 2",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "cohort-summary",
                "--cohort",
                "Personne",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "Personne" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
