"""The paper questionnaire of a recipe version's tasting, for the stand: as many forms per A4 page
as fit (cut along the dashed lines), each question with tick boxes (1 to 5 for a score, one box
per possible answer for a choice) or lines to write on, and a box for the form's number that the
members fill in before typing the stack (Menus › Dégustations › Saisir les formulaires)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.printing import palette
from app.printing.document import build_pdf, escape, styles
from app.printing.fonts import FONT
from app.services.people.cooperative import get_cooperative
from app.services.tastings.questions import MAX_SCORE, MIN_SCORE, QuestionInfo, prepare_questions
from app.services.tastings.sessions import version_of
from app.vocab.tastings import QuestionKind

BOX = "\u2610"  # ☐, in the DejaVu fonts
SPACE = "&nbsp;" * 5  # between two tick boxes
WRITING_LINES = 2
# A4 height less the document's margins (24 + 18 mm), in points
FRAME_HEIGHT = (297 - 42) * 72 / 25.4
GAP = 10  # points between two forms


def _answer_cell(question: QuestionInfo, s) -> object:
    from app.printing.bidi_paragraph import Paragraph

    if question.kind == QuestionKind.SCALE:
        boxes = [f"{BOX} {n}" for n in range(MIN_SCORE, MAX_SCORE + 1)]
        return Paragraph(SPACE.join(escape(box) for box in boxes), s.body)
    if question.kind == QuestionKind.CHOICE:
        return Paragraph(
            SPACE.join(escape(f"{BOX} {option}") for option in question.options), s.body
        )
    return Paragraph("<br/>".join(["_" * 40] * WRITING_LINES), s.body)


def _one_form(name: str, asked: list[QuestionInfo], width: float):
    from app.printing.bidi_paragraph import Paragraph
    from app.printing.bidi_table import Table

    s = styles()
    rows = [
        [
            Paragraph(f"<b>{escape(name)}</b>", s.body),
            Paragraph(escape(tr("Formulaire n° ______", "printing")), s.body),
        ]
    ]
    rows += [[Paragraph(escape(q.text), s.body), _answer_cell(q, s)] for q in asked]
    grid = Table(rows, colWidths=[width * 0.42, width * 0.58])
    grid.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, palette.TABLE_GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return grid


def tasting_form_pdf(session: Session, recipe_id: int) -> bytes:
    """The questionnaire of `recipe_id` (its questions prepared if it has none yet)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, KeepTogether, Spacer

    from app.models.menus import Recipe
    from app.printing.bidi_paragraph import Paragraph

    recipe = session.get(Recipe, recipe_id)
    asked = prepare_questions(session, recipe_id)
    version = version_of(recipe)
    name = fill(tr("Dégustation : {product}", "printing"), product=version.label)
    width = A4[0] - 36 * mm
    s = styles()
    intro = Paragraph(
        escape(
            tr(
                "Merci de goûter notre produit ! Cochez une case par ligne "
                "(1 = pas bon, 5 = très bon).",
                "printing",
            )
        ),
        s.small,
    )
    height = sum(
        part.wrap(width, FRAME_HEIGHT)[1] for part in (_one_form(name, asked, width), intro)
    )
    per_page = max(1, int(FRAME_HEIGHT // (height + 2 * GAP + 1)))
    story: list = []
    for index in range(per_page):
        if index:
            story.append(
                HRFlowable(
                    width="100%",
                    dash=(3, 3),
                    color=HexColor(palette.CUT_GUIDE),
                    spaceBefore=GAP,
                    spaceAfter=GAP,
                )
            )
        story.append(KeepTogether([_one_form(name, asked, width), intro, Spacer(1, 1)]))
    title = tr("Questionnaire de dégustation", "printing")
    return build_pdf(story, title, get_cooperative(session), subject=version.label)
