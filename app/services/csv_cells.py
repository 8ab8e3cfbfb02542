"""The text `csv` writes for some cells of a row, to be joined with others by commas: a file of a
million rows whose cells repeat (the same day, product, price) formats each group once.

The accountant's format: "," between cells, CRLF at the end of a row, quotes only where needed
(`csv.QUOTE_MINIMAL`). A cell's quoting does not depend on its neighbours, so the text of a row is
the texts of its parts joined by ","; the one exception, a row of a single empty cell written
`""`, is never asked for (`CellsText` refuses it).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Hashable, Sequence

DELIMITER = ","
LINE_END = "\r\n"


def accountant_writer(handle) -> csv.writer:
    """A `csv.writer` in the accountant's format (the line end matters: `csv` quotes a cell that
    holds one of its characters)."""
    return csv.writer(handle, delimiter=DELIMITER, lineterminator=LINE_END)


class CellsText:
    """Cells → their text in a row, without the line end: `cells_text(("a,b", None, 3))` is
    `'"a,b",,3'`."""

    def __init__(self) -> None:
        self._buffer = io.StringIO(newline="")
        self._writer = accountant_writer(self._buffer)

    def __call__(self, cells: Sequence) -> str:
        if len(cells) == 1 and cells[0] in ("", None):
            raise ValueError("a lone empty cell is written differently inside a row")
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(cells)
        return self._buffer.getvalue()[: -len(LINE_END)]


class TextCache(dict):
    """key → its text, made by `make(key)` the first time it is asked for and kept."""

    def __init__(self, make: Callable[[Hashable], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Hashable) -> str:
        text = self[key] = self._make(key)
        return text
