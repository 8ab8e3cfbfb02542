"""Table views in the house style over a `RowModel`: whole rows selected one at a time, nothing
typed into cells, alternating colours, columns as wide as their text; optionally sorted by a click
on a header (through a proxy that sorts by the columns' sort keys)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from app.ui.row_model import SORT_ROLE, Column, RowModel

SIZED_ROWS = 30  # the rows whose text sets the columns' widths: about a screenful


def read_only_table(
    name: str,
    accessible: str,
    model: QAbstractItemModel,
    *,
    sortable: bool = False,
    alternating: bool = True,
) -> QTableView:
    """A table named `name`, read aloud as `accessible`; `sortable` sorts on column 0 first;
    `alternating` False where rows have colours of their own."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    _ColumnsQuietUntilPainted(view)
    view.setModel(model)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Widths from the first rows only: measuring a thousand rows (Qt's default) on every change
    # costs a long list more than it shows.
    view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _ColumnsQuietUntilPainted(QObject):
    """Until the view's first paint, its header's signals are held back: that paint draws every
    column anyway. Otherwise each column resized while the page is built and laid out at its
    first show (widths from the fonts, the stretched name columns sharing the room) starts Qt's
    column-resize timer, which fires after the first paint and has the whole list painted again.
    At the first paint the view takes its geometry from the header once (scroll bar ranges)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        view.horizontalHeader().blockSignals(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._view.horizontalHeader().blockSignals(False)
            self._view.updateGeometries()
        return False


class _SortedBySource(QSortFilterProxyModel):
    """Filters here; sorts by asking its `RowModel`, which computes each row's key once."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's name)
        """A painted cell's roles in one call to the `RowModel` (Qt's proxy asks its source once
        per role, each time mapping the index again)."""
        if index.isValid():
            self.sourceModel().multiData(self.mapToSource(index), roles)
        else:
            super().multiData(index, roles)


def lay_out_now(view: QTableView) -> None:
    """The rows of `view` laid out now (their places, the scroll bars' ranges), after its model
    changed: Qt does it at its next paint otherwise, and then paints the whole view again."""
    view.executeDelayedItemsLayout()


def name_column_takes_the_room(view: QTableView, *columns: int) -> QTableView:
    """The name `columns` (the first by default) share the width the others leave, eliding a long
    name (a column's tooltip shows it in full); the others keep the width of their content. The
    table then fits its page in both modes instead of scrolling sideways, its figures and states
    never cut."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in columns or (0,):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def widths_from_samples(view: QTableView, columns: list[Column]) -> QTableView:
    """The columns given `widest` texts get a fixed width: the widest of those texts in the
    view's font, or the header's own, whichever is wider. Set from the fonts, not measured over
    the rows (Qt's "as wide as the contents" asks the model for every role of every cell of
    `SIZED_ROWS` rows at each layout), and set again when the font, the style or the language
    changes (the large mode)."""
    samples = {index: column.widest for index, column in enumerate(columns) if column.widest}
    if samples:
        _WidthsFromSamples(view, samples)
    return view


class _WidthsFromSamples(QObject):
    _AGAIN = frozenset(
        {
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.Show,
        }
    )

    def __init__(self, view: QTableView, samples: dict[int, Callable[[], Iterable[str]]]):
        super().__init__(view)
        self._view = view
        self._samples = samples
        self._seen: tuple = ()  # the fonts and headers the widths were set for
        view.installEventFilter(self)
        view.horizontalHeader().installEventFilter(self)  # its font may change after the view's
        self.apply()

    def apply(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        model = view.model()
        seen = (
            view.font().key(),
            header.font().key(),
            tuple(model.headerData(column, Qt.Orientation.Horizontal) for column in self._samples),
        )
        if seen == self._seen:  # a show, or a style that changed no font and no header
            return
        self._seen = seen
        metrics = QFontMetrics(view.font())
        # What the item delegate adds around a cell's text, and the grid line.
        frame = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        margins = 2 * (frame + 1) + (1 if view.showGrid() else 0)
        for column, texts in self._samples.items():
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            cells = max((metrics.horizontalAdvance(text) for text in texts()), default=0)
            header.resizeSection(column, max(cells + margins, header.sectionSizeHint(column)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._AGAIN:
            self.apply()
        return False


def sorted_proxy(model: RowModel, parent) -> QSortFilterProxyModel:
    """Sorts by each column's sort key (its text, lower-cased, when it has none)."""
    proxy = _SortedBySource(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def selected_row(table: QTableView, proxy: QSortFilterProxyModel, model: RowModel):
    """The row (from the service) selected in a table shown through `proxy`, or None."""
    indexes = table.selectionModel().selectedRows()
    if not indexes:
        return None
    return model.row_at(proxy.mapToSource(indexes[0]).row())


def select_row(table: QTableView, row: int) -> None:
    """Selects the table's row `row` (of the model it shows) and makes it the current one.

    Not `QTableView.selectRow`: right to left, it looks the row's first cell up at the viewport's
    right edge, one pixel past the last column when the columns fill the table, and then selects
    nothing (an Arabic page showed no charter and no circle, and a new line was not selected)."""
    index = table.model().index(row, 0)
    if not index.isValid():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    if table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
        flags |= QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)


def select_key(table: QTableView, proxy: QSortFilterProxyModel, model: RowModel, key) -> bool:
    """Selects the row whose key is `key`; False when it is not in the table."""
    row = model.row_of(key)
    if row < 0:
        return False
    select_row(table, proxy.mapFromSource(model.index(row, 0)).row())
    return True


def rows_fit_their_widgets(table: QTableView) -> None:
    """A table whose cells hold fields, boxes or buttons: each row as tall as what it holds (in
    large mode a box is taller than a row of text, and was cut at the top and bottom)."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def columns_fit_their_headers(table: QTableView, stretch: int = 0) -> None:
    """A table of lines typed in place: column `stretch` takes the room left, every other column
    is as wide as its header and its cells (never a header cut short, in any language or size);
    each row is as tall as the fields it holds."""
    rows_fit_their_widgets(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    # Room for every header, the stretched one included: the table asks for it from its dialog.
    needed = sum(header.sectionSizeHint(i) for i in range(header.count()))
    table.setMinimumWidth(
        needed + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    )
