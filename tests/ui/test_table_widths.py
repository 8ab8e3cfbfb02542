"""Columns as wide as their widest possible text, from the fonts (`widths_from_samples`): a long
list is asked only for the cells it paints, never a figure is cut, and the widths follow a
change of font (the large mode); the list painted once at its first show."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView

from app.services.money import format_amount
from app.ui.row_model import Column, RowModel
from app.ui.style import lines
from app.ui.table_view import (
    name_column_takes_the_room,
    read_only_table,
    sorted_proxy,
    widths_from_samples,
)


@dataclass(frozen=True)
class Priced:
    id: int
    name: str
    cents: int


WIDEST = format_amount(-999_999)


class CountingModel(RowModel):
    """Remembers the rows a view asked about."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows_asked: set[int] = set()

    def data(self, index, role=0):
        self.rows_asked.add(index.row())
        return super().data(index, role)


def make_table(qtbot, rows: int = 500):
    columns = [
        Column("Recette", lambda r: r.name),
        Column("Prix", lambda r: format_amount(r.cents), lambda r: r.cents, right=True,
               widest=lambda: (WIDEST,)),
        Column("Coût / unité", lambda r: format_amount(r.cents // 3), right=True,
               widest=lambda: (WIDEST,)),
    ]  # fmt: skip
    model = CountingModel(columns)
    table = read_only_table("priced", "Prix", sorted_proxy(model, None), sortable=True)
    widths_from_samples(table, columns)
    name_column_takes_the_room(table)
    model.set_rows(Priced(i, f"recette {i:03}", 250 + i) for i in range(rows))  # as a page does
    table.resize(800, lines(8))
    qtbot.addWidget(table)
    return table, model


def _cell_margins(table) -> int:
    return 4 + 1  # at least the delegate's margins and the grid line


def test_figures_are_never_cut_and_their_headers_whole(qtbot):
    table, _model = make_table(qtbot)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    widest = QFontMetrics(table.font()).horizontalAdvance(WIDEST)
    for column in (1, 2):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed
        assert header.sectionSize(column) >= widest + _cell_margins(table)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch


def test_a_long_list_is_asked_only_for_the_rows_it_paints(qtbot):
    """Qt's "as wide as the contents" would read the first 30 rows (SIZED_ROWS) of a table that
    shows six: with widths from the fonts, only the rows in sight are asked for."""
    table, model = make_table(qtbot)
    table.show()
    qtbot.waitExposed(table)
    QApplication.processEvents()
    last_in_sight = table.rowAt(table.viewport().height() - 1)
    assert 0 < last_in_sight < 20
    assert model.rows_asked  # painted
    assert max(model.rows_asked) <= last_in_sight + 1


def test_the_widths_follow_a_bigger_font(qtbot):
    table, _model = make_table(qtbot)
    table.show()
    qtbot.waitExposed(table)
    before = table.horizontalHeader().sectionSize(1)
    bigger = QFont(table.font())
    bigger.setPointSizeF(table.font().pointSizeF() * 1.6)
    table.setFont(bigger)
    table.horizontalHeader().setFont(bigger)
    QApplication.processEvents()
    after = table.horizontalHeader().sectionSize(1)
    assert after > before
    assert after >= QFontMetrics(bigger).horizontalAdvance(WIDEST) + _cell_margins(table)


class PaintCounter(QObject):
    """Counts the paints of a widget."""

    def __init__(self, widget):
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_columns_sized_before_the_first_paint_do_not_ask_for_another(qtbot):
    """Before its first paint, a column's new width is not signalled to the view (Qt's view would
    start a timer that paints the whole list again after its first paint: the Menus tab's list
    was painted twice); after it, a wider column is painted and the scroll bar makes room."""
    table, _model = make_table(qtbot)
    header = table.horizontalHeader()
    resized: list[int] = []
    header.sectionResized.connect(lambda column, _old, _new: resized.append(column))
    counter = PaintCounter(table.viewport())
    header.resizeSection(1, header.sectionSize(1) + 10)
    table.show()
    qtbot.waitUntil(lambda: counter.paints > 0)
    assert resized == []
    painted = counter.paints
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(0, 2_000)
    assert resized == [0]
    qtbot.waitUntil(lambda: counter.paints > painted)
    assert table.horizontalScrollBar().maximum() > 0
