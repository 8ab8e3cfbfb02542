"""Column widths measured from a table's content, so that no amount runs into the next column and no
header breaks inside a word.

A plain text cell never wraps: its column is at least as wide as the text. A Paragraph cell (a
name, a header) wraps between words: its column is at least as wide as its longest word. What
room is left goes to the columns that would like more, in proportion to what they lack.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.printing.fonts import FONT_BOLD, register_fonts

# reportlab's Table pads every cell by 6 pt on the left and on the right.
CELL_PADDING = 12.0
FONT_SIZE = 9


@dataclass(frozen=True)
class ColumnNeeds:
    """Per column: the narrowest width keeping every cell whole, and the width without wrapping."""

    least: tuple[float, ...]
    natural: tuple[float, ...]

    @property
    def least_total(self) -> float:
        return sum(self.least)


def _cell_widths(cell) -> tuple[float, float]:
    """(least, natural) width of one cell's content, without padding."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if cell is None or cell == "":
        return 0.0, 0.0
    if isinstance(cell, str):
        # measured in bold: a total row may be set bold, and bold is the wider of the two
        width = max(stringWidth(line, FONT_BOLD, FONT_SIZE) for line in cell.split("\n"))
        return width, width
    if hasattr(cell, "minWidth"):
        least = cell.minWidth()
        cell.wrap(10_000, 10_000)
        natural = max(cell.getActualLineWidths0() or [least])
        return least, max(least, natural)
    width, _height = cell.wrap(10_000, 10_000)
    return width, width


def column_needs(rows: list[list]) -> ColumnNeeds:
    register_fonts()
    count = max(len(row) for row in rows)
    least = [0.0] * count
    natural = [0.0] * count
    for row in rows:
        for index, cell in enumerate(row):
            cell_least, cell_natural = _cell_widths(cell)
            least[index] = max(least[index], cell_least + CELL_PADDING)
            natural[index] = max(natural[index], cell_natural + CELL_PADDING)
    return ColumnNeeds(tuple(least), tuple(natural))


def fit_columns(rows: list[list], available: float, fill: bool | int = False) -> list[float]:
    """Widths for the columns of `rows` within `available` points.

    Each column gets at least its least width; when everything fits unwrapped, each gets its
    natural width (and with `fill`, the first column, or the column of that index, takes the
    rest of the line). When the least
    widths do not fit, they are returned as they are: the caller turns the page (`least_total`).
    """
    needs = column_needs(rows)
    natural_total = sum(needs.natural)
    if natural_total <= available:
        widths = list(needs.natural)
        if fill is not False:
            widths[0 if fill is True else fill] += available - natural_total
        return widths
    room = available - needs.least_total
    if room <= 0:
        return list(needs.least)
    wanted = [n - least for n, least in zip(needs.natural, needs.least, strict=True)]
    total_wanted = sum(wanted)
    return [
        least + room * want / total_wanted for least, want in zip(needs.least, wanted, strict=True)
    ]
