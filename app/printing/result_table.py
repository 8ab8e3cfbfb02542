"""The result's chain of figures (app/services/sales/result.py) as a table of the printed
summaries: a label and an amount per line, the totals in bold."""

from __future__ import annotations

from app.printing.document import escape, styles, table
from app.printing.fonts import FONT_BOLD
from app.services.money import format_amount
from app.services.sales.result import ArithmeticRow

# the tables of a figure and its amount share one width, so their amounts line up
KEY_VALUE_WIDTH_MM = 130


def arithmetic_table(rows: list[ArithmeticRow]):
    from reportlab.platypus import TableStyle

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    cells = [
        [
            Paragraph(f"<b>{escape(row.label)}</b>" if row.total else escape(row.label), s.cell),
            format_amount(row.cents),
        ]
        for row in rows
    ]
    result = table(
        cells, header=False, align_right_from=1, available_mm=KEY_VALUE_WIDTH_MM, fill=True
    )
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (1, index), (1, index), FONT_BOLD)
                for index, row in enumerate(rows)
                if row.total
            ]
        )
    )
    return result
