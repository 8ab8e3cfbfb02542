"""The individual report, generated from the demo and read back as a reader would."""

from __future__ import annotations

import io
import sys

import pdfplumber

from app.cli import main
from app.printing.evaluation_report import evaluation_report_pdf
from app.services.evaluations import campaigns, grid, report
from app.services.people.cohorts import find_cohort
from app.services.people.members import find_person


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_grid_member_report_shows_results_and_comment(demo_db):
    with demo_db.session() as s:
        cohort = find_cohort(s, "Coopérative 1")
        amina = find_person(s, "Amina", cohort.id)
        data = report.member_report(s, amina.id, cohort.id)
        campaign = campaigns.list_campaigns(s, cohort.id, "grid")[0]
        medians = next(m for m in grid.results(s, campaign.id).members if m.member_id == amina.id)
        pdf = evaluation_report_pdf(data)
    text = text_of(pdf)
    assert "Bilan de compétences — Amina Lukusa" in text
    assert "Coopérative 1, du 19/04/2022 au 08/07/2022" in text
    for label in ("Compétences entrepreneuriales", "Travail coopératif", "Activité culinaire"):
        assert label in text
    expected = f"{medians.category_medians['culinary']:g}".replace(".", ",")
    assert f"Activité culinaire {expected}" in text
    assert "Amina a pris des initiatives" in text
    assert "signature" in text
    assert "Points forts" in text and "Points à travailler" in text
    assert len(pdfplumber.open(io.BytesIO(pdf)).pages) == 1


def test_self_peer_report_lists_peer_adjectives(demo_db):
    with demo_db.session() as s:
        cohort = find_cohort(s, "Coopérative 2")
        diane = find_person(s, "Diane", cohort.id)
        data = report.member_report(s, diane.id, cohort.id)
        pdf = evaluation_report_pdf(data)
    text = " ".join(text_of(pdf).split())
    assert data.peer_adjectives
    word, count = data.peer_adjectives[0]
    assert (f"{word} (×{count})" if count > 1 else word) in text
    assert "Auto-évaluation" in text
    assert f"{data.categories[0].self_percent:.0f} %" in text
    assert "Ce que disent les collègues" in text and "d'elle" not in text  # for a man too


def test_cli_print_asks_pin(demo_db_path, tmp_path, monkeypatch, capsys):
    output = tmp_path / "bilan.pdf"
    args = [
        "--db",
        str(demo_db_path),
        "print",
        "evaluation",
        "--person",
        "Amina",
        "--cohort",
        "Coopérative 1",
        "--pin-stdin",
        "-o",
        str(output),
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("9999\n"))
    assert main(args) == 3
    assert "faux" in capsys.readouterr().err
    assert not output.exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO("1234\n"))
    assert main(args) == 0
    assert "Amina Lukusa" in text_of(output.read_bytes())


def test_cli_unknown_person(demo_db_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("1234\n"))
    code = main(
        [
            "--db",
            str(demo_db_path),
            "print",
            "evaluation",
            "--person",
            "Zorro",
            "--cohort",
            "Coopérative 1",
            "--pin-stdin",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert "Zorro" in capsys.readouterr().err
