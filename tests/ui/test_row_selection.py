"""A row chosen by the program (the first charter, a line just added) is selected in every
language: Qt's own `QTableView.selectRow` selects nothing right to left once the columns fill the
table, so the pages go through `app.ui.table_view.select_row`."""

from __future__ import annotations

import ast

import pytest
from PySide6.QtCore import Qt

from app.ui.row_model import Column, RowModel
from app.ui.table_view import read_only_table, select_row
from tests.source_trees import APP, python_files, tree

APP_UI = APP / "ui"


def shown_table(qtbot, direction: Qt.LayoutDirection):
    model = RowModel([Column("Nom", lambda row: row[0]), Column("Remarque", lambda row: row[1])])
    model.set_rows([("Charte", "v2"), ("Charte", "v1"), ("Règlement", "v1")])
    table = read_only_table("documents", "Documents", model)
    table.setLayoutDirection(direction)
    qtbot.addWidget(table)
    table.resize(500, 200)
    table.show()
    qtbot.waitExposed(table)
    return table


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
@pytest.mark.parametrize("row", [0, 2])
def test_the_chosen_row_is_selected_and_current_in_both_directions(qtbot, direction, row):
    table = shown_table(qtbot, direction)
    select_row(table, row)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [row]
    assert table.currentIndex().row() == row


def test_a_row_past_the_end_selects_nothing(qtbot):
    table = shown_table(qtbot, Qt.LayoutDirection.RightToLeft)
    select_row(table, 0)
    select_row(table, 7)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [0]


def test_no_page_calls_qts_select_row():
    callers = []
    for path in python_files(APP_UI):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Attribute) and node.attr == "selectRow":
                callers.append(f"{path.relative_to(APP_UI)}:{node.lineno}")
    assert callers == []
