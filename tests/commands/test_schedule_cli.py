"""`coopactives print week / attestation` and `export calendar` on the demo database."""

from __future__ import annotations

import io

from icalendar import Calendar
from pypdf import PdfReader

from app.cli import main


def test_print_week_attestation_and_export_calendar(demo_db_path, tmp_path, capsys):
    week = tmp_path / "semaine.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "week",
                "--cohort",
                "Coopérative 2",
                "--week",
                "2022-W41",
                "-o",
                str(week),
            ]
        )
        == 0
    )
    assert "10 octobre" in PdfReader(io.BytesIO(week.read_bytes())).pages[0].extract_text()
    attestation = tmp_path / "attestation.pdf"
    args = [
        "--db",
        str(demo_db_path),
        "print",
        "attestation",
        "--person",
        "Diane",
        "--cohort",
        "coopérative 2",
        "-o",
        str(attestation),
    ]
    assert main(args) == 0
    assert (
        "Diane Uwimana" in PdfReader(io.BytesIO(attestation.read_bytes())).pages[0].extract_text()
    )
    ics = tmp_path / "c2.ics"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "export",
                "calendar",
                "--cohort",
                "Coopérative 2",
                "-o",
                str(ics),
            ]
        )
        == 0
    )
    # 36 mornings of the whole cohort (the sub-groups are cohort 3's)
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 36
    ics_3 = tmp_path / "c3.ics"
    args = ["--db", str(demo_db_path), "export", "calendar", "--cohort", "Coopérative 3"]
    assert main([*args, "-o", str(ics_3)]) == 0
    # 19 mornings of the whole cohort, and both tracks on two Wednesdays: 2 sub-groups x 2 days
    assert len(list(Calendar.from_ical(ics_3.read_bytes()).walk("VEVENT"))) == 19 + 4


def test_bad_input_exits_2_with_a_message(demo_db_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "week",
                "--cohort",
                "Coopérative 2",
                "--week",
                "semaine 41",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "2022-W41" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "attestation",
                "--person",
                "Personne",
                "--cohort",
                "Coopérative 2",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "Personne ne s'appelle" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "export",
                "calendar",
                "--cohort",
                "Coopérative 9",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "Coopérative 9" in capsys.readouterr().err
    assert not out.exists()
