"""In large mode the tick boxes inside lists and tables grow with the font, at once, and each row
is as tall as its tick box: Today's checklist and open tasks (lists), the profit-sharing
decision's "took part" column (a table in a dialog)."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyleOptionViewItem

from app.ui.dialog_catalogue import DIALOGS


def first_checkable(view: QAbstractItemView) -> QModelIndex:
    """The first cell of `view` that shows a tick box."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        while index.isValid():
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                return index
            index = index.siblingAtColumn(index.column() + 1)
    raise AssertionError(f"{view.objectName()} has no tick box")


def tick_box(view: QAbstractItemView, index: QModelIndex) -> tuple[QRect, QRect]:
    """(the tick box's rectangle, the row's) as the view draws them."""
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    return box, QRect(option.rect)


def line_px() -> float:
    return QFontMetricsF(QApplication.font()).height()


def grown(view: QAbstractItemView, switch, qtbot) -> list[str]:
    """Switch the large mode on with `switch()`; what is wrong with `view`'s tick boxes then."""
    index = first_checkable(view)
    normal_box, _ = tick_box(view, index)
    normal_line = line_px()
    switch()
    qtbot.wait(10)
    ratio = line_px() / normal_line
    assert ratio > 1.2, "the large mode enlarges the font"
    box, row = tick_box(view, first_checkable(view))
    wanted = math.floor(normal_box.height() * ratio)
    found = []
    if min(box.width(), box.height()) < wanted:
        found.append(f"{view.objectName()}: tick box {box.size().toTuple()} < {wanted} px")
    if not row.contains(box):
        found.append(f"{view.objectName()}: row {row} does not hold its tick box {box}")
    return found


def test_the_checklist_and_tasks_tick_boxes_grow_in_large_mode(laptop_demo_window, qtbot):
    window = laptop_demo_window
    window.open_tab("today")
    page = window.page("today")
    checklist, tasks = page.checklist, page.task_list
    task_box = tick_box(tasks, first_checkable(tasks))[0]
    problems = grown(checklist, lambda: window.large_mode_action.setChecked(True), qtbot)
    window.large_mode_action.setChecked(False)
    qtbot.wait(10)
    assert tick_box(tasks, first_checkable(tasks))[0] == task_box, "back to normal"
    problems += grown(tasks, lambda: window.large_mode_action.setChecked(True), qtbot)
    assert problems == []


def test_a_tables_tick_boxes_grow_in_large_mode(laptop_demo_window, qtbot):
    window = laptop_demo_window
    dialog = DIALOGS["SharingDialog"][1](window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    problems = grown(dialog.hours, lambda: window.large_mode_action.setChecked(True), qtbot)
    dialog.reject()
    assert problems == []
