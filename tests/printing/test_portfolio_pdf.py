"""The employer portfolio from the command line on the demo, read back from the PDF: her hours, her
delegate days and her sales to the cent are the database's, no other member is named, the
self-assessment says it is hers; refused (nothing written) without her consent or without the PIN;
and the page reads cleanly (no letters running into each other, page N / M, metadata)."""

from __future__ import annotations

import datetime as dt
import io
import sys

from app.printing.portfolio import portfolio_pdf
from app.services.money import format_amount
from app.services.people import members as people
from app.services.people.members import find_person
from app.services.programme.portfolio import member_portfolio
from app.services.units import hours_with_unit
from tests.printing.layout_checks import page_problems
from tests.printing.test_every_document_layout import CALENDAR_WORDS
from tests.printing.test_programme_report_pdf import pdf_text, run, spaced

TODAY = "2023-01-10"


def test_her_portfolio_from_the_command_line(demo_db_path, demo_db, tmp_path, monkeypatch):
    output = tmp_path / "portfolio.pdf"
    arguments = ["--today", TODAY, "print", "portfolio", "--person", "Hằng", "--pin-stdin"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("9999\n"))
    assert run(demo_db_path, *arguments, "-o", str(output)) == 3  # her evaluations need the PIN
    assert not output.exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO("1234\n"))
    assert run(demo_db_path, *arguments, "-o", str(output)) == 0
    text = pdf_text(output.read_bytes())
    with demo_db.session() as session:
        hang = find_person(session, "Hằng")
        (part,) = member_portfolio(session, hang.id, dt.date.fromisoformat(TODAY)).cohorts
        everybody = people.list_people(session, include_inactive=True)
    assert "Hằng Nguyễn Thị" in text
    hours = f"{hours_with_unit(part.planned_total)} {hours_with_unit(part.hours_total)}"
    assert spaced(f"Total {hours}") in text
    total = f"Total {format_amount(part.sales_incl_cents)} {format_amount(part.margin_cents)}"
    assert spaced(total) in text
    assert f"{len(part.delegate_days)} fois, comme déléguée du jour" in text
    assert "Son auto-évaluation (ce qu'elle dit savoir déjà faire)" in text
    for person in everybody:
        if person.id != hang.id:
            assert person.full_name not in text
    assert "Page 1 / 2" in text or "Page 1 / 3" in text


def test_refused_without_her_consent(demo_db_path, tmp_path, capsys):
    output = tmp_path / "portfolio.pdf"
    # Khadija (4th member of cohort 1) agreed to the follow-up, not to a portfolio
    assert run(demo_db_path, "print", "portfolio", "--person", "Khadija", "-o", str(output)) == 2
    assert "pas donné son accord pour un portfolio" in capsys.readouterr().err
    assert not output.exists()


def test_the_portfolio_reads_cleanly(demo_db):
    with demo_db.session() as session:
        amina = find_person(session, "Amina")
        data = portfolio_pdf(member_portfolio(session, amina.id, dt.date(2022, 12, 16)))
    assert page_problems(data, CALENDAR_WORDS) == []


def _his_portfolio_text(demo_db) -> tuple[str, object]:
    """Hằng's portfolio (she has delegate days, sale days, evaluations and peers' words) as if
    her record said she is a man: the same data, the sentences in his gender."""
    from app.models.people import Person

    with demo_db.session() as session:
        hang = find_person(session, "Hằng")
        session.get(Person, hang.id).gender = "man"
        session.flush()
        portfolio = member_portfolio(session, hang.id, dt.date.fromisoformat(TODAY))
    return pdf_text(portfolio_pdf(portfolio)), portfolio


def test_a_man_s_portfolio_speaks_of_him(demo_db):
    text, portfolio = _his_portfolio_text(demo_db)
    assert portfolio.gender == "man"
    (part,) = portfolio.cohorts
    assert f"Il a organisé la journée de toute l'équipe {len(part.delegate_days)} fois" in text
    assert "comme délégué du jour" in text and "Délégué du jour" in text
    assert "Journées de vente qu'il a menées" in text
    assert "Son auto-évaluation (ce qu'il dit savoir déjà faire)" in text
    assert "Les mots choisis par ses collègues pour le décrire" in text
    assert "Portfolio d'un participant" in pypdf_subject(portfolio)
    for feminine in ("Elle ", "elle ", "déléguée", "la décrire", "évaluatrices"):
        assert feminine not in text


def test_a_man_s_portfolio_in_english_says_he_and_his(demo_db):
    from app.commands.language import use_language

    use_language("en")  # plurals and dates too (the autouse fixture puts French back)
    text, _portfolio = _his_portfolio_text(demo_db)
    assert "He organised the whole team's day" in text
    assert "Sales days he ran" in text
    assert "His self-assessment (what he says he can already do)" in text
    assert "The words his teammates chose to describe him" in text
    assert "with his consent" in text
    for feminine in ("She ", " she ", "Her ", " her "):
        assert feminine not in text


def pypdf_subject(portfolio) -> str:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(portfolio_pdf(portfolio))).metadata.subject
