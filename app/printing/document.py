"""What every A4 document shares: the fonts, paragraph styles, the cooperative's identity in the
header, "page N / M" in the footer, metadata, and tables in the house style (columns measured
from their content). Build a list of flowables and call `build_pdf(story, title, cooperative)`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from app.i18n import doc_tr, document_right_to_left, fill, listing, tr, without_isolates
from app.printing import palette
from app.printing.fonts import FONT, FONT_BOLD, register_fonts
from app.printing.shaping import printable, shaped

__all__ = ["printable"]  # documents draw canvas strings through it


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
            # a heading never stays alone at the foot of a page
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11
        ),
    )


def escape(text: str) -> str:
    """Text safe inside a Paragraph of `bidi_paragraph` (which reads a little XML), its Arabic
    letters joined; the paragraph puts each wrapped line in visual order as it draws it."""
    return shaped(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# the width between the margins of an A4 page, upright and turned
PORTRAIT_WIDTH_MM = 174
LANDSCAPE_WIDTH_MM = 261


def header_cells(cells: list, align_right_from: int | None) -> list:
    """Header texts as paragraphs, so that a header wraps between words, never inside one."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from app.printing.bidi_paragraph import Paragraph

    bold = styles().cell_bold
    right = ParagraphStyle("cell_bold_right", parent=bold, alignment=TA_RIGHT)
    return [
        Paragraph(
            escape(cell),
            right if align_right_from is not None and index >= align_right_from else bold,
        )
        if isinstance(cell, str)
        else cell
        for index, cell in enumerate(cells)
    ]


def table(
    rows,
    col_widths=None,
    header: bool = True,
    align_right_from: int | None = None,
    available_mm: float = PORTRAIT_WIDTH_MM,
    fill: bool | int = False,
):
    """A table in the house style: bold header row on grey, thin grid, numbers right-aligned
    (in a right-to-left document, columns from the right and numbers left-aligned: `bidi_table`).

    Without `col_widths`, the columns are measured from their content (`columns.fit_columns`)
    within `available_mm`. Given widths are a wish: when a column is narrower than its content
    needs, the table is measured instead, within the same total width.
    """
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import TableStyle

    from app.printing.bidi_table import Table
    from app.printing.columns import column_needs, fit_columns

    register_fonts()
    rows = [list(row) for row in rows]
    if header and rows:  # paragraphs, put in visual order as they wrap: not printable() first
        rows[0] = header_cells(rows[0], align_right_from)
    rows = [[printable(cell) if isinstance(cell, str) else cell for cell in row] for row in rows]
    if col_widths is None:
        col_widths = fit_columns(rows, available_mm * mm, fill=fill)
    else:
        least = column_needs(rows).least
        if any(wish < need - 0.01 for wish, need in zip(col_widths, least, strict=False)):
            col_widths = fit_columns(rows, max(sum(col_widths), sum(least)), fill=fill)
    result = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(palette.TABLE_GRID)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(palette.TABLE_HEADER)),
        ]
    if align_right_from is not None:
        commands.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
    result.setStyle(TableStyle(commands))
    return result


def _numbered_canvas(draw_footer):
    """A canvas class that holds every page back until the end, so that each footer can say
    "page N / M" (reportlab's own recipe for a page count)."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: list,
    title: str,
    cooperative=None,
    landscape_page: bool = False,
    for_customer: bool = False,
    subject: str = "",
) -> bytes:
    """Lay out the story on A4 pages with header (cooperative, logo) and footer (title, page N / M).

    The PDF's metadata names the document (title), who made it (author: the cooperative) and
    what it is about (subject); only the DejaVu fonts the text uses are embedded.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    pagesize = landscape(A4) if landscape_page else A4
    buffer = io.BytesIO()
    author = cooperative.name if cooperative else "Coopér'Actives"
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=24 * mm,
        bottomMargin=18 * mm,
        title=without_isolates(title),
        author=author,
        subject=without_isolates(subject or title),
        creator="Coopér'Actives Cuisine",
        # the canvas starts in the house font, so no unused Helvetica is referenced
        initialFontName=FONT,
    )
    logo = (
        ImageReader(io.BytesIO(cooperative.logo_png))
        if cooperative and cooperative.logo_png
        else None
    )
    # documents for customers stay in the label language, not the interface's
    page_of = (
        doc_tr("Page {n} / {total}", "printing")
        if for_customer
        else tr("Page {n} / {total}", "printing")
    )

    # a page read from the right: the header and the title at the right margin, "page N / M"
    # at the left (each string starts at its margin, however long)
    right_to_left = document_right_to_left()
    width = pagesize[0]

    def at_start(canvas, x: float, y: float, text: str) -> None:
        """`text` from the reading start: `x` from the left margin (or the right one)."""
        if right_to_left:
            canvas.drawRightString(width - x, y, printable(text))
        else:
            canvas.drawString(x, y, printable(text))

    def at_end(canvas, x: float, y: float, text: str) -> None:
        """`text` ending `x` before the reading end (the right margin, or the left one)."""
        if right_to_left:
            canvas.drawString(width - x, y, printable(text))
        else:
            canvas.drawRightString(x, y, printable(text))

    def decorate(canvas, doc):
        height = pagesize[1]
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        x = 18 * mm
        if logo is not None:
            left = width - x - 10 * mm if right_to_left else x
            top, size = height - 17 * mm, 10 * mm
            canvas.drawImage(logo, left, top, size, size, preserveAspectRatio=True, mask="auto")
            x += 12 * mm
        if cooperative is not None:
            at_start(canvas, x, height - 11 * mm, cooperative.name)
            canvas.setFont(FONT, 7.5)
            address = listing(
                line.strip() for line in cooperative.address.splitlines() if line.strip()
            )
            at_start(canvas, x, height - 15 * mm, address)
        canvas.setFont(FONT, 8)
        at_start(canvas, 18 * mm, 10 * mm, title)
        canvas.restoreState()

    def footer(canvas, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        page = fill(page_of, n=canvas.getPageNumber(), total=total)
        at_end(canvas, width - 18 * mm, 10 * mm, page)
        canvas.restoreState()

    document.build(
        story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_numbered_canvas(footer)
    )
    return buffer.getvalue()
