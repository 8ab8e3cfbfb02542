"""The paper tasting questionnaire read back: the version's own questions with five boxes per
score and one per possible answer, several forms on one A4 page (fewer when the questionnaire is
long), page N / M and the title in the metadata; and from the command line on the demo."""

from __future__ import annotations

import io

import pdfplumber
from pypdf import PdfReader

from app.cli import main
from app.models.menus import Recipe
from app.printing.tasting_form import BOX, tasting_form_pdf
from app.services.tastings import questions
from app.services.tastings.questions import QuestionInput


def _recipe(session) -> int:
    row = Recipe(name="Cake aux pommes", version=2, yield_count=10)
    session.add(row)
    session.flush()
    row.family_id = row.id
    return row.id


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() for page in document.pages]


def test_several_forms_per_page_with_tick_boxes(session):
    recipe_id = _recipe(session)
    pdf = tasting_form_pdf(session, recipe_id)  # the six first questions, given here
    [page] = _pages(pdf)
    forms = page.count("Formulaire n°")
    assert forms >= 3
    assert page.count("Dégustation : Cake aux pommes") == page.count("(v2)") == forms
    # four scores of five boxes and "Oui" / "Non", on each form
    assert page.count(BOX) == forms * (4 * 5 + 2)
    assert page.count("Achèteriez-vous ce produit ?") == forms
    assert "Page 1 / 1" in page
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Questionnaire de dégustation"


def test_a_longer_questionnaire_fits_fewer_forms(session):
    recipe_id = _recipe(session)
    short = _pages(tasting_form_pdf(session, recipe_id))[0].count("Formulaire n°")
    for n in range(8):
        questions.add_question(
            session,
            recipe_id,
            QuestionInput("choice", f"Question {n} ?", ("Petite", "Moyenne", "Grande")),
        )
    [page] = _pages(tasting_form_pdf(session, recipe_id))
    longer = page.count("Formulaire n°")
    assert 1 <= longer < short
    assert page.count(f"{BOX} Moyenne") == 8 * longer


def test_the_command_prints_a_version_of_the_demo(demo_db_path, tmp_path):
    output = tmp_path / "questionnaire.pdf"
    arguments = ["--db", str(demo_db_path), "print", "tasting-form"]
    code = main(
        [*arguments, "--recipe", "Energy balls dattes-cacao", "--version", "3", "-o", str(output)]
    )
    assert code == 0
    page = _pages(output.read_bytes())[0]
    assert "Quelle taille préférez-vous ?" in page and "(v3)" in page
    assert (
        main(
            [
                *arguments,
                "--recipe",
                "Energy balls dattes-cacao",
                "--version",
                "9",
                "-o",
                str(output),
            ]
        )
        == 2
    )
