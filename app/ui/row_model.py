"""One read-only table model for every list of rows a service returned (frozen dataclasses): the
columns are declared once, each as a header and a function of the row, with what it needs beyond
text (a sort key, right alignment, red when a row is wrong, a background colour, a tooltip).

A table that lets a person type in a cell (the Labels tab's counts) subclasses it and adds
`flags`/`setData` (and emits `dataChanged`); everything else about rows, headers and roles lives
here.

A model given `search_text(row)` answers SEARCH_ROLE with it folded (case and accents ignored,
app/services/text_match.py): a proxy filters the loaded rows by it while a person types, given
the typed text folded the same way, without reading the database again.

The model sorts itself (`sort`, which `sorted_proxy` hands on): each row's key is computed once,
where a proxy asks for two keys per comparison (70,000 calls to `data` for 3,000 rows). Texts
sort folded, as people expect ("Élodie" before "Zoé").

Each cell's text and sort key is computed once and kept until the rows change (`set_rows`, or
`dataChanged`): a view asks for a cell many times (display, accessible text, size hints for
"columns as wide as their text", sorting), and a column's text may format a date or an amount.

A long list whose rows cost work to compute (a recipe's cost, a product's label warnings) is
given light rows (names and sort keys, from one query) and `complete(rows) -> rows`: a column
marked `computed` completes its row when a view first asks for it, with the rows after it in
the present order, `completed_together` at a time (`COMPLETED_TOGETHER` unless given: one
unit of work for the page in sight).
`row_at` gives a completed row; sorting by a computed column completes every row first.
`rows()` gives the rows as they are (light ones keep their key and names).

`page_size` shows that many rows and the next ones as the view scrolls down (`canFetchMore`,
`fetchMore`), for a table whose view measures every row it has (rows as tall as their text);
not for a table filtered through a proxy, which would only search the rows shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import isolate
from app.services.text_match import folded
from app.ui.style import COLOURS

WARNING_COLOR = COLOURS.error
INACTIVE_COLOR = COLOURS.inactive
# What a QSortFilterProxyModel sorts by (see `sorted_proxy`): a column's sort key, else its text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# What a search line filters by (see `ListPage`): the row's searchable text, lower-cased.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles `data` answers; a view asks each cell for about eight, the others get None at once.
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.AccessibleTextRole,
        SORT_ROLE,
        SEARCH_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    )
)
_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_KEY = int(Qt.ItemDataRole.UserRole)

Row = Any
RowText = Callable[[Row], str | None]
COMPLETED_TOGETHER = (
    30  # rows completed in one go: a screenful (the rows a view sizes its columns by)
)


@dataclass(frozen=True)
class Column:
    """`text(row)` is what the cell shows (None shows nothing; a number stays a number)."""

    header: str
    text: Callable[[Row], object]
    sort_key: Callable[[Row], Any] | None = None
    right: bool = False
    warning: Callable[[Row], bool] | None = None  # True: this cell in red
    background: RowText | None = None  # a colour name, or None for the usual one
    tooltip: RowText | None = None
    computed: bool = False  # needs its row completed (`RowModel`'s `complete`)
    # Texts as wide as the widest a cell may show ("-9 999,99 €"): the column is then as wide as
    # they or its header, from the fonts (`table_view.widths_from_samples`), not measured over
    # the rows, so that a long list is asked only for the cells it paints.
    widest: Callable[[], Iterable[str]] | None = None


def _row_id(row: Row) -> object:
    return getattr(row, "id", None)


class RowModel(QAbstractTableModel):
    """Rows under `columns`. `key(row)` (the row's `id` by default) is its UserRole and what
    `row_of` looks for; `row_color`, `row_background` and `row_tooltip` give a whole row a text
    colour, a background or a tooltip (a column's own wins over the row's)."""

    def __init__(
        self,
        columns: list[Column],
        *,
        key: Callable[[Row], object] = _row_id,
        row_color: RowText | None = None,
        row_background: RowText | None = None,
        row_tooltip: RowText | None = None,
        search_text: Callable[[Row], str] | None = None,
        complete: Callable[[list], list] | None = None,
        completed_together: int = COMPLETED_TOGETHER,
        page_size: int | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._complete_rows = complete
        self._completed_together = completed_together  # rows `complete` is given at a time
        self._completed_keys: set = set()  # keys of the rows completed
        self._rows_per_page = page_size
        self._rows_shown = 0  # with a page size: the rows the view has fetched
        self._columns = list(columns)
        self._rows: list = []
        self._key = key
        self._row_color = row_color
        self._row_background = row_background
        self._row_tooltip = row_tooltip
        self._search_text = search_text
        self._searched: dict[int, str] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None  # the last sort asked for
        self._in_order = False  # the rows are in that order (a view may ask twice)
        self._texts: dict[tuple[int, int], object] = {}
        self._sort_keys: dict[tuple[int, int], object] = {}
        self._cells: dict[tuple[int, int], dict[int, object]] = {}  # by role, see `_cell`
        self.dataChanged.connect(self._forget)

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._completed_keys = set()
        self._rows_shown = min(self._rows_per_page or 0, len(self._rows))
        self._forget()
        if self._order is not None:
            self._rows = [self._rows[i] for i in self._sorted_positions(*self._order)]
            self._forget()
            self._in_order = True
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows in the order of `column`'s sort keys (empty ones last), kept for later rows."""
        if not 0 <= column < len(self._columns) or (
            self._in_order and self._order == (column, order)
        ):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        positions = self._sorted_positions(column, order)
        moved_to = {old: new for new, old in enumerate(positions)}
        kept = self.persistentIndexList()
        self._rows = [self._rows[i] for i in positions]
        self._forget()
        self.changePersistentIndexList(
            kept, [self.index(moved_to[index.row()], index.column()) for index in kept]
        )
        self._in_order = True
        self.layoutChanged.emit()

    def _sorted_positions(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' present positions in sorted order (a stable sort, like Qt's)."""
        if self._columns[column].computed:
            self._complete_from(0, len(self._rows))
        keys = [self._sort_key(row, column) for row in range(len(self._rows))]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            ranked = sorted(
                range(len(keys)), key=lambda i: (keys[i] is None, keys[i]), reverse=descending
            )
        except TypeError:  # keys of different kinds in one column: by their text
            ranked = sorted(range(len(keys)), key=lambda i: str(keys[i]), reverse=descending)
        return ranked

    def _complete_row(self, row_index: int) -> None:
        if (
            self._complete_rows is not None
            and self._key(self._rows[row_index]) not in self._completed_keys
        ):
            self._complete_from(row_index, self._completed_together)

    def _complete_from(self, first: int, count: int) -> None:
        """Completes up to `count` rows not yet completed, from position `first` on."""
        if self._complete_rows is None:
            return
        positions = []
        for position in range(first, len(self._rows)):
            if self._key(self._rows[position]) not in self._completed_keys:
                positions.append(position)
                if len(positions) == count:
                    break
        if not positions:
            return
        done = self._complete_rows([self._rows[position] for position in positions])
        for position, row in zip(positions, done, strict=True):
            self._rows[position] = row
            self._completed_keys.add(self._key(row))
            for column in range(len(self._columns)):
                self._texts.pop((position, column), None)
                self._sort_keys.pop((position, column), None)
                self._cells.pop((position, column), None)

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 (Qt's name)
        return (
            self._rows_per_page is not None
            and not parent.isValid()
            and self._rows_shown < len(self._rows)
        )

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._show_up_to(self._rows_shown + self._rows_per_page - 1)

    def _show_up_to(self, row_index: int) -> None:
        last = min(row_index, len(self._rows) - 1)
        if self._rows_per_page is None or last < self._rows_shown:
            return
        self.beginInsertRows(_ROOT, self._rows_shown, last)
        self._rows_shown = last + 1
        self.endInsertRows()

    def _forget(self, *_changed) -> None:
        self._texts.clear()
        self._sort_keys.clear()
        self._cells.clear()
        self._searched.clear()
        self._in_order = False

    def _search(self, row_index: int) -> str:
        try:
            return self._searched[row_index]
        except KeyError:
            found = self._search_text(self._rows[row_index]) if self._search_text else ""
            value = self._searched[row_index] = folded(found)
            return value

    def _text(self, row_index: int, column_index: int) -> object:
        key = (row_index, column_index)
        try:
            return self._texts[key]
        except KeyError:
            value = self._columns[column_index].text(self._rows[row_index])
            self._texts[key] = value
            return value

    def _sort_key(self, row_index: int, column_index: int) -> object:
        key = (row_index, column_index)
        try:
            return self._sort_keys[key]
        except KeyError:
            column = self._columns[column_index]
            value = (
                column.sort_key(self._rows[row_index])
                if column.sort_key
                else self._text(row_index, column_index)
            )
            value = folded(value) if isinstance(value, str) else value
            self._sort_keys[key] = value
            return value

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        """The row at `row`, completed."""
        if not 0 <= row < len(self._rows):
            return None
        self._complete_row(row)
        return self._rows[row]

    def key_at(self, row: int):
        return self._key(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int:
        """The row holding `key` (shown first when pages are fetched as the view scrolls)."""
        found = next((i for i, row in enumerate(self._rows) if self._key(row) == key), -1)
        if found >= self._rows_shown:
            self._show_up_to(found)
        return found

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        if parent.isValid():
            return 0
        return self._rows_shown if self._rows_per_page is not None else len(self._rows)

    def index(self, row: int, column: int, parent=_ROOT) -> QModelIndex:
        """Qt's own calls `rowCount` and `columnCount` from C++ (two crossings into Python) for
        every index a proxy or a view makes, thousands at a long list's first paint: one here,
        counting rows as `rowCount` does (a subclass that changes one changes both)."""
        shown = self._rows_shown if self._rows_per_page is not None else len(self._rows)
        if 0 <= row < shown and 0 <= column < len(self._columns) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED:  # font, icon, check box, size: half of what a view asks
            return None
        row_index, column_index = index.row(), index.column()
        cell = self._cells.get((row_index, column_index))
        if cell is not None and role != SORT_ROLE and role != SEARCH_ROLE:
            return cell[role]
        if not (0 <= row_index < len(self._rows) and 0 <= column_index < len(self._columns)):
            return None  # an invalid index too (row -1)
        if role == SEARCH_ROLE:
            return self._search(row_index)
        if role == SORT_ROLE:
            if self._columns[column_index].computed:
                self._complete_row(row_index)
            return self._sort_key(row_index, column_index)
        cell = self._cell(row_index, column_index)
        return cell[role]

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's name)
        """Every role a view's delegate asks of a cell in one call (Qt asks `data` once per role
        else: seven crossings into Python per painted cell, at every paint). A subclass that
        answers `data` itself is asked role by role, as Qt does."""
        row_index, column_index = index.row(), index.column()
        cell = None
        if type(self).data is RowModel.data:
            cell = self._cells.get((row_index, column_index))
            if cell is None and 0 <= row_index < len(self._rows):
                if 0 <= column_index < len(self._columns):
                    cell = self._cell(row_index, column_index)
        for item in roles:
            role = item.role()
            value = cell[role] if cell is not None and role in cell else self.data(index, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _cell(self, row_index: int, column_index: int) -> dict[int, object]:
        """Every role a view asks of one cell, computed together the first time and kept until
        the rows change: a view asks each cell it paints for eight roles, at every paint."""
        column = self._columns[column_index]
        if column.computed:
            self._complete_row(row_index)
        row = self._rows[row_index]
        value = self._text(row_index, column_index)
        if column.warning is not None and column.warning(row):
            foreground = QBrush(QColor(WARNING_COLOR))
        else:
            foreground = _brush(self._row_color, row)
        cell = {
            # a phone number keeps its order in Arabic
            _DISPLAY: isolate(value)
            if isinstance(value, str)
            else ("" if value is None else value),
            _EDIT: "" if value is None else value,
            _ACCESSIBLE: "" if value is None else str(value),
            _ALIGNMENT: _RIGHT if column.right else None,
            _FOREGROUND: foreground,
            _BACKGROUND: _brush(column.background, row) or _brush(self._row_background, row),
            _TOOLTIP: _first(column.tooltip, row) or _first(self._row_tooltip, row),
            _KEY: self._key(row),
        }
        self._cells[(row_index, column_index)] = cell
        return cell


def _first(function: RowText | None, row: Row) -> str | None:
    return function(row) if function is not None else None


def _brush(colour_of: RowText | None, row: Row) -> QBrush | None:
    colour = _first(colour_of, row)
    return QBrush(QColor(colour)) if colour else None
