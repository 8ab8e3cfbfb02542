"""The one read-only table model (app/ui/row_model.py) and the table helpers over it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.ui.row_model import INACTIVE_COLOR, SORT_ROLE, WARNING_COLOR, Column, RowModel
from app.ui.table_view import (
    lay_out_now,
    read_only_table,
    select_key,
    selected_row,
    sorted_proxy,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    price: int | None
    active: bool = True


def make_model(model_class: type[RowModel] = RowModel) -> RowModel:
    return model_class(
        [
            Column("Nom", lambda r: r.name, tooltip=lambda r: f"nom {r.name}"),
            Column(
                "Prix",
                lambda r: None if r.price is None else f"{r.price} €",
                lambda r: r.price or 0,
                right=True,
                warning=lambda r: r.price is None,
                background=lambda r: "#ffee00" if r.price == 9 else None,
            ),
        ],
        row_color=lambda r: None if r.active else INACTIVE_COLOR,
        row_background=lambda r: "#dddddd" if not r.active else None,
        row_tooltip=lambda r: "inactif" if not r.active else None,
    )


ROWS = [Item(1, "pain", 10), Item(2, "Babka", 9, active=False), Item(3, "cake", None)]


def colour(model, row, column, role=Qt.ItemDataRole.ForegroundRole):
    brush = model.index(row, column).data(role)
    return None if brush is None else brush.color().name()


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = make_model()
    qtmodeltester.check(model)  # empty
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_cells_headers_and_keys(qtbot):
    model = make_model()
    model.set_rows(ROWS)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Nom", "Prix"]
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert [model.index(r, 1).data() for r in range(3)] == ["10 €", "9 €", ""]  # None shows nothing
    assert model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "10 €"
    assert model.index(2, 0).data(Qt.ItemDataRole.UserRole) == 3
    assert model.row_of(2) == 1 and model.row_of(99) == -1
    assert model.row_at(2) is ROWS[2] and model.row_at(3) is None
    assert model.key_at(0) == 1 and model.key_at(-1) is None
    assert model.rows() == ROWS


def test_a_number_stays_a_number(qtbot):
    model = RowModel([Column("N", lambda r: r.price)])
    model.set_rows([Item(1, "a", 7)])
    assert model.index(0, 0).data() == 7
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "7"


def test_alignment_colours_and_tooltips(qtbot):
    model = make_model()
    model.set_rows(ROWS)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert colour(model, 0, 0) is None
    assert colour(model, 1, 0) == INACTIVE_COLOR  # the row's colour
    assert colour(model, 2, 1) == WARNING_COLOR.lower()  # the cell's warning
    background = Qt.ItemDataRole.BackgroundRole
    assert colour(model, 1, 1, background) == "#ffee00"  # the column's own wins
    assert colour(model, 1, 0, background) == "#dddddd"
    assert colour(model, 0, 0, background) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "nom Babka"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "inactif"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None


def test_sorting_goes_by_the_sort_key_or_the_text_folded(qtbot):
    model = make_model()
    model.set_rows(ROWS)
    assert model.index(1, 0).data(SORT_ROLE) == "babka"
    assert model.index(1, 1).data(SORT_ROLE) == 9
    proxy = sorted_proxy(model, None)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # 0 (no price), 9, 10: not "10 €" < "9 €"
    assert [proxy.index(r, 0).data() for r in range(3)] == ["cake", "Babka", "pain"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Babka", "cake", "pain"]


@pytest.mark.parametrize("sortable", [False, True])
def test_a_read_only_table_selects_by_key(qtbot, sortable):
    model = make_model()
    model.set_rows(ROWS)
    proxy = sorted_proxy(model, None)
    table = read_only_table("items", "Articles", proxy, sortable=sortable)
    qtbot.addWidget(table)
    assert (table.objectName(), table.accessibleName()) == ("items", "Articles")
    assert table.isSortingEnabled() is sortable
    assert selected_row(table, proxy, model) is None
    assert select_key(table, proxy, model, 3)
    assert selected_row(table, proxy, model) == ROWS[2]
    assert not select_key(table, proxy, model, 42)


def test_a_sorted_table_keeps_its_selection_and_its_order_for_new_rows(qtbot):
    """Each row's key is computed once per sort; exact amounts sort as numbers and empty keys
    go last; the selected row stays selected; rows read again keep the order asked for."""
    from decimal import Decimal

    asked = []

    def key(row):
        asked.append(row.id)
        return None if row.price is None else Decimal(row.price) / 4

    model = RowModel([Column("Nom", lambda r: r.name), Column("Coût", lambda r: "", key)])
    rows = [Item(n, f"n{n}", None if n % 7 == 0 else (n * 37) % 101) for n in range(1, 301)]
    model.set_rows(rows)
    proxy = sorted_proxy(model, None)
    table = read_only_table("items", "Articles", proxy, sortable=True)
    qtbot.addWidget(table)
    select_key(table, proxy, model, 50)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert sorted(asked) == list(range(1, 301))  # once each
    shown = [model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(300)]
    priced = [row.price for row in shown if row.price is not None]
    assert priced == sorted(priced)
    assert all(row.price is None for row in shown[len(priced) :])
    assert selected_row(table, proxy, model).id == 50
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows[:3])
    assert [proxy.index(r, 0).data() for r in range(3)] == ["n3", "n2", "n1"]


def test_each_cell_is_worked_out_once_for_every_role_until_its_row_changes(qtbot):
    """A view asks each painted cell for eight roles at every paint: the column's functions run
    once per cell, and again only after the rows or the cell changed."""
    calls = {"text": 0, "warning": 0, "tooltip": 0}

    def counted(name, function):
        def call(row):
            calls[name] += 1
            return function(row)

        return call

    model = RowModel(
        [
            Column(
                "Prix",
                counted("text", lambda r: f"{r.price} €"),
                right=True,
                warning=counted("warning", lambda r: r.price > 9),
                tooltip=counted("tooltip", lambda r: r.name),
            )
        ]
    )
    model.set_rows(ROWS[:2])
    roles = (
        DISPLAY,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    )
    for _paint in range(3):
        answers = [model.index(0, 0).data(role) for role in roles]
    assert calls == {"text": 1, "warning": 1, "tooltip": 1}
    assert answers[1:4] == ["10 €", "10 €", int(Qt.AlignmentFlag.AlignRight | Qt.AlignVCenter)]
    assert answers[4].color().name() == WARNING_COLOR.lower() and answers[6:] == ["pain", 1]
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))  # a count typed, say
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "pain"
    assert calls["tooltip"] == 2
    model.set_rows([Item(1, "pain", 5)])
    assert model.index(0, 0).data(DISPLAY).strip("\u2068\u2069") == "5 €"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(DISPLAY) is None  # no such row


class CountedCalls(RowModel):
    """Counts the calls a view's delegate makes for a cell's roles."""

    multi_calls = 0

    def multiData(self, index, roles):  # noqa: N802 (Qt's name)
        type(self).multi_calls += 1
        super().multiData(index, roles)


class OwnDisplay(CountedCalls):
    """A subclass that answers `data` itself (an editable count, say)."""

    def data(self, index, role=DISPLAY):
        return "à moi" if role == DISPLAY else super().data(index, role)


class Delegate(QStyledItemDelegate):
    """A view's delegate (its protected `initStyleOption` callable from Python)."""


def style_option(index) -> QStyleOptionViewItem:
    """What a table's delegate knows of a cell before painting it."""
    option = QStyleOptionViewItem()
    delegate = Delegate()
    delegate.initStyleOption(option, index)
    return option


@pytest.mark.parametrize("through_proxy", [False, True])
def test_a_painted_cell_is_asked_for_all_its_roles_in_one_call(qtbot, through_proxy):
    """Qt's delegate asks seven roles of each cell it paints: one call into Python (through
    the sorting proxy too), with the same answers as `data` role by role."""
    model = make_model(CountedCalls)
    model.set_rows(ROWS)
    shown = sorted_proxy(model, None) if through_proxy else model
    CountedCalls.multi_calls = 0
    option = style_option(shown.index(2, 1))  # cake (no price, in red): last by name too
    assert CountedCalls.multi_calls == 1
    assert option.text == ""
    assert option.displayAlignment == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert option.palette.text().color().name() == WARNING_COLOR.lower()
    option = style_option(shown.index(0, 0))
    assert option.text.strip("\u2068\u2069") in {"pain", "Babka"}
    assert CountedCalls.multi_calls == 2


def test_a_model_answering_data_itself_is_asked_role_by_role(qtbot):
    model = make_model(OwnDisplay)
    model.set_rows(ROWS)
    proxy = sorted_proxy(model, None)
    option = style_option(proxy.index(0, 1))
    assert option.text == "à moi"
    assert option.displayAlignment == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_rows_laid_out_at_once_after_a_change(qtbot):
    """`lay_out_now`: the scroll bar knows the new rows before the first paint (Qt lays them
    out at that paint otherwise, then paints the list a second time)."""
    model = make_model()
    table = read_only_table("items", "Articles", sorted_proxy(model, None), sortable=True)
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    many = [Item(i, f"n{i:03}", i) for i in range(1, 200)]
    model.set_rows(many)
    assert table.verticalScrollBar().maximum() == 0  # Qt's layout waits for the event loop
    lay_out_now(table)
    assert table.verticalScrollBar().maximum() > 0
