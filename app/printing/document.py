"""What every A4 document shares: the fonts, paragraph styles, the cooperative's identity in the
header, page numbers in the footer, and tables in the house style. Build a list of flowables and
call `build_pdf(story, title, cooperative)`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from app.i18n import doc_tr, tr, without_isolates
from app.printing.fonts import FONT, FONT_BOLD, register_fonts


@dataclass(frozen=True)
class Styles:
    title: object
    heading: object
    body: object
    small: object
    cell: object
    cell_bold: object


def styles() -> Styles:
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=8
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11
        ),
    )


ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def printable(text: str) -> str:
    """Text as reportlab must draw it: without isolate marks and, when it holds Arabic, with the
    letters joined (their presentation forms) and the line in visual order (reportlab draws
    characters left to right as given). The one place every printed text goes through."""
    text = without_isolates(text)
    if not ARABIC_LETTERS.search(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def escape(text: str) -> str:
    """Text safe inside a reportlab Paragraph (which reads a little XML), shaped for printing."""
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows, col_widths=None, header: bool = True, align_right_from: int | None = None):
    """A table in the house style: bold header row on grey, thin grid, numbers right-aligned."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    register_fonts()
    rows = [[printable(cell) if isinstance(cell, str) else cell for cell in row] for row in rows]
    result = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ]
    if align_right_from is not None:
        commands.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
    result.setStyle(TableStyle(commands))
    return result


def build_pdf(
    story: list,
    title: str,
    cooperative=None,
    landscape_page: bool = False,
    for_customer: bool = False,
) -> bytes:
    """Lay out the story on A4 pages with header (cooperative, logo) and footer (page x)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    pagesize = landscape(A4) if landscape_page else A4
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=24 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=cooperative.name if cooperative else "Coopér'Actives",
        creator="Coopér'Actives Cuisine",
    )
    logo = (
        ImageReader(io.BytesIO(cooperative.logo_png))
        if cooperative and cooperative.logo_png
        else None
    )

    def decorate(canvas, doc):
        width, height = pagesize
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        x = 18 * mm
        if logo is not None:
            canvas.drawImage(
                logo, x, height - 17 * mm, 10 * mm, 10 * mm, preserveAspectRatio=True, mask="auto"
            )
            x += 12 * mm
        if cooperative is not None:
            canvas.drawString(x, height - 11 * mm, printable(cooperative.name))
            canvas.setFont(FONT, 7.5)
            address = ", ".join(
                line.strip() for line in cooperative.address.splitlines() if line.strip()
            )
            canvas.drawString(x, height - 15 * mm, printable(address))
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            width - 18 * mm,
            10 * mm,
            # documents for customers stay in the label language, not the interface's
            (doc_tr("Page {n}", "printing") if for_customer else tr("Page {n}", "printing")).format(
                n=doc.page
            ),
        )
        canvas.drawString(18 * mm, 10 * mm, printable(title))
        canvas.restoreState()

    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
