"""A RowModel over light rows: costly columns computed only for the rows a view asks for (a page
at a time, one call for many rows), sorting by such a column completing every row, and rows shown
a page at a time as the view scrolls (`page_size`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.ui import row_model
from app.ui.row_model import Column, RowModel
from app.ui.table_view import read_only_table, sorted_proxy


@dataclass(frozen=True)
class Light:
    id: int
    name: str


@dataclass(frozen=True)
class Full(Light):
    cost: int


class Completer:
    """Completes rows as a service would, and remembers each call's rows."""

    def __init__(self):
        self.calls: list[list[int]] = []

    def __call__(self, rows):
        self.calls.append([row.id for row in rows])
        return [Full(row.id, row.name, 1000 - row.id) for row in rows]

    def completed(self) -> set[int]:
        return {key for call in self.calls for key in call}


def make_model(completer, page_size=None) -> RowModel:
    return RowModel(
        [
            Column("Nom", lambda r: r.name),
            Column("Coût", lambda r: f"{r.cost} c", lambda r: r.cost, computed=True),
        ],
        complete=completer,
        page_size=page_size,
    )


ROWS = [Light(i, f"recette {i:03}") for i in range(250)]


def test_a_computed_cell_completes_its_row_and_the_next_ones_in_one_call(qtmodeltester):
    completer = Completer()
    model = make_model(completer)
    model.set_rows(ROWS)
    assert model.index(5, 0).data() == "recette 005"  # a light column: nothing completed
    assert completer.calls == []
    assert model.index(5, 1).data() == "995 c"
    assert completer.calls == [list(range(5, 5 + row_model.COMPLETED_TOGETHER))]
    assert model.index(6, 1).data() == "994 c"  # already there: no second call
    assert model.index(2, 1).data() == "998 c"  # rows before: completed up to the done ones
    together = row_model.COMPLETED_TOGETHER
    # rows 2 to 4, then on after the first call's rows, `together` in all
    assert completer.calls[1] == [2, 3, 4] + list(range(5 + together, 5 + 2 * together - 3))
    assert model.row_at(200).cost == 800  # a row handed out is complete
    qtmodeltester.check(model)


def test_a_view_completes_only_the_rows_in_sight(qtbot):
    completer = Completer()
    model = make_model(completer)
    model.set_rows(ROWS)
    view = read_only_table("lazy", "lazy", model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert model.index(0, 1).data() == "1000 c"
    # The columns' widths are measured on the first rows, and a screenful is painted: the
    # 250 rows are not all completed.
    assert 0 < len(completer.completed()) < len(ROWS)
    assert all(len(call) <= row_model.COMPLETED_TOGETHER for call in completer.calls)


def test_sorting_by_a_computed_column_completes_every_row_once(qtbot):
    completer = Completer()
    model = make_model(completer)
    model.set_rows(ROWS)
    proxy = sorted_proxy(model, None)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert completer.completed() == set(range(250))
    assert [model.row_at(i).id for i in range(3)] == [249, 248, 247]
    calls = len(completer.calls)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # by name: no completion needed
    assert len(completer.calls) == calls
    assert model.row_at(0).name == "recette 000"


def test_rows_are_shown_a_page_at_a_time(qtmodeltester):
    completer = Completer()
    model = make_model(completer, page_size=40)
    model.set_rows(ROWS)
    assert model.rowCount() == 40
    assert model.index(39, 1).isValid()
    assert not model.index(40, 0).isValid()  # a row not shown yet has no index
    assert not model.index(0, 2).isValid()
    assert not model.index(0, 0, model.index(0, 0)).isValid()  # a table: no children
    assert model.canFetchMore()
    model.fetchMore()
    assert model.index(79, 0).isValid()
    assert model.rowCount() == 80
    assert model.row_of(201) == 201  # looked for: shown, with the rows before it
    assert model.rowCount() == 202
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    assert completer.calls == []  # showing is not completing
    qtmodeltester.check(model)
    model.set_rows(ROWS[:10])
    assert model.rowCount() == 10
    assert not model.canFetchMore()
