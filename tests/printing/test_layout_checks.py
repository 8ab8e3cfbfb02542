"""The layout check itself (tests/printing/layout_checks.py) finds what it looks for, from its one
reading of a PDF: a page without "page N / M", a missing subject, letters across a table rule,
letters that overlap, and each page's text for the test that reads it too."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from tests.printing.layout_checks import page_problems, read_back


def _careless_table() -> bytes:
    """Two pages of a ruled table whose texts are wider than their columns, no footer, no
    subject."""
    buffer = io.BytesIO()
    rows = [["Une cellule bien trop longue", "b"], ["x", "Un texte trop large"]] * 30
    table = Table(rows, colWidths=[60, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(buffer).build([table])
    return buffer.getvalue()


def test_a_careless_table_is_told_page_by_page():
    texts, problems = read_back(_careless_table())
    assert len(texts) == 2 and "x Un texte trop large" in texts[1]
    assert problems[:2] == ["page 1: no «1 / 2»", "page 2: no «2 / 2»"]
    assert "no /Subject" in problems  # reportlab's defaults fill the title and the author
    # the long text runs into the next column's "b"
    assert "page 1: «b» and «e» overlap at x=303.6, y=83.1" in problems
    crossing = [p for p in problems if "crosses a rule" in p]
    assert {p.split(":")[0] for p in crossing} == {"page 1", "page 2"}
    # the first column's rule is at x = 60 pt from the table's left side (centred on the page)
    assert {p.split("x=")[1].split(",")[0] for p in crossing} == {"297.6", "357.6"}
    assert problems == page_problems(_careless_table())


def test_letters_drawn_over_each_other_are_told():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setTitle("Essai")
    page.setAuthor("Coopér'Actives")
    page.setSubject("Deux montants l'un sur l'autre")
    page.setFont("Helvetica", 12)
    page.drawString(100, 700, "12,50")
    page.drawString(103, 700, "99,00")
    page.drawString(100, 50, "1 / 1")
    page.save()
    problems = page_problems(buffer.getvalue())
    assert problems and all("overlap" in p for p in problems)
