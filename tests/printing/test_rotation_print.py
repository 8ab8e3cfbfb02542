"""The rotation calendar PDF and `coopactives print rotation`, read back with pdfplumber."""

from __future__ import annotations

import io

import pdfplumber

from app.cli import main
from app.printing.rotation import rotation_pdf
from app.services.delegate import rotation as delegates
from app.services.people import cohorts


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return "\n".join(page.extract_text() for page in document.pages)


def test_calendar_lists_every_day_its_delegate_and_the_turns(demo_db):
    with demo_db.session() as session:
        cohort = cohorts.find_cohort(session, "Coopérative 2")
        info = delegates.get_rotation(session, cohort.id)
        text = pdf_text(rotation_pdf(session, cohort.id))
    assert "Déléguées du jour — Coopérative 2" in text
    first = info.days[0]
    assert f"lun. 12 sept. 2022 {first.delegate_name} {first.deputy_name}" in text
    assert "Tours par personne" in text
    for row in info.fairness:
        assert f"{row.name} {row.turns} {row.sale_turns} {row.deputy_turns}" in text
    assert "rendez-vous au CPAS" in text  # the demo's swap, in the changes


def test_cli_prints_rotation_and_refuses_unknown_cohort(demo_db_path, tmp_path, capsys):
    out = tmp_path / "rotation.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "rotation",
                "--cohort",
                "coopérative 1",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "Coopérative 1" in pdf_text(out.read_bytes())
    assert (
        main(
            [
                "--db",
                str(demo_db_path),
                "print",
                "rotation",
                "--cohort",
                "Nulle part",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "Nulle part" in capsys.readouterr().err


def test_the_rotation_days_are_written_in_the_interface_language():
    import datetime as dt

    from app import i18n
    from app.printing.rotation import day_label

    assert day_label(dt.date(2022, 9, 12)) == "lun. 12 sept. 2022"
    i18n.set_format_locale("en_BE")
    assert day_label(dt.date(2022, 9, 12)) == "Mon 12 Sept 2022"
