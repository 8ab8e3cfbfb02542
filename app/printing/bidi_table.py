"""Tables that read right in Arabic: in a right-to-left document the first column stands at the
right margin and the columns run leftwards, as a reader's eye does.

Import `Table` from here in every document, never from reportlab, and build it as reportlab's
(rows in reading order, widths, style commands with their column numbers as written for a
left-to-right page). In a right-to-left document (`app.i18n.document_right_to_left`: an Arabic
interface, or a customer document in Arabic) the table mirrors itself once, when built: each row
and the column widths reversed, every style command's columns turned over with it (an "ALIGN
RIGHT" becomes "LEFT", "LINEBEFORE" becomes "LINEAFTER"), plain text cells aligned right, the table
held against the right margin. The paragraphs in its cells align themselves (`bidi_paragraph`).
"""

from __future__ import annotations

from app.i18n import document_right_to_left
from app.printing.platypus_import import platypus

_ReportlabTable = platypus().Table

MIRRORED_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}
MIRRORED_COMMAND = {
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
}


class Table(_ReportlabTable):
    """A reportlab Table whose columns are mirrored in a right-to-left document."""

    _mirrored = False

    def __init__(self, data, colWidths=None, rowHeights=None, style=None, **options):  # noqa: N803
        # reportlab builds the pieces of a table split across pages through this class again,
        # from the rows already mirrored ("normalizedData"): those are left as they are
        if document_right_to_left() and not options.get("normalizedData"):
            data = [list(reversed(row)) for row in data]
            if isinstance(colWidths, (list, tuple)):
                colWidths = list(reversed(colWidths))  # noqa: N806 (reportlab's name)
            hAlign = options.get("hAlign") or "CENTER"  # noqa: N806 (reportlab's name)
            options["hAlign"] = MIRRORED_ALIGN.get(hAlign.upper(), hAlign)
            super().__init__(data, colWidths, rowHeights, **options)
            self._mirrored = True
            # text cells start at the right, before any command of the document's
            super().setStyle([("ALIGN", (0, 0), (-1, -1), "RIGHT")])
            if style is not None:
                self.setStyle(style)
            return
        super().__init__(data, colWidths, rowHeights, style=style, **options)

    def setStyle(self, tblstyle):  # noqa: N802 (reportlab's name)
        if self._mirrored:
            commands = tblstyle.getCommands() if hasattr(tblstyle, "getCommands") else tblstyle
            tblstyle = [mirrored_command(command, self._ncols) for command in commands]
        super().setStyle(tblstyle)


def mirrored_command(command: tuple, columns: int) -> tuple:
    """A table style command for a table of `columns` columns read from the right: its columns
    turned over, its left and right swapped."""
    name, (start_column, start_row), (end_column, end_row), *values = command
    start, end = (_turned(end_column, columns), _turned(start_column, columns))
    if name == "ALIGN" and values:
        values[0] = MIRRORED_ALIGN.get(str(values[0]).upper(), values[0])
    return (MIRRORED_COMMAND.get(name, name), (start, start_row), (end, end_row), *values)


def _turned(column: int, columns: int) -> int:
    """Column `column` (negative: from the end) counted from the other side."""
    return columns - 1 - (column + columns if column < 0 else column)
