"""Keyboard use of the forms: Tab visits the fields in reading order (top to bottom) and leaves a
text box of several lines instead of typing a tab character in it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.cohort_dialog import CohortDialog
from app.ui.cooperative_dialog import CooperativeDialog
from app.ui.delegate.dialogs import HandoverDialog, TaskDialog, UnavailabilityDialog
from app.ui.menus.ingredient_dialog import IngredientDialog
from app.ui.people.dialog import PersonDialog

TODAY = dt.date(2022, 10, 3)
PEOPLE = [(1, "Amina"), (2, "Diane")]
CIRCLES = [(1, "Achats")]

DIALOGS = {
    "person": lambda: PersonDialog(lambda data: data),
    "cohort": lambda: CohortDialog(lambda data: data, TODAY),
    "cooperative": lambda: CooperativeDialog(lambda data: data, None),
    "ingredient": lambda: IngredientDialog(lambda data: data, TODAY),
    "task": lambda: TaskDialog(lambda data: data, PEOPLE, CIRCLES, TODAY),
    "handover": lambda: HandoverDialog(lambda data: data, PEOPLE, CIRCLES, TODAY),
    "unavailability": lambda: UnavailabilityDialog(lambda data: data, PEOPLE, TODAY),
}


def tab_stops(dialog) -> list[QWidget]:
    """The widgets Tab goes through, in order, from the one that has the focus on opening."""
    start = QApplication.focusWidget() or dialog
    stops, widget = [], start
    for _ in range(300):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        policy = widget.focusPolicy()
        if (
            widget is not dialog
            and widget.isVisible()
            and widget.isEnabled()
            and policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
    return [start, *stops]


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_tab_goes_down_the_form(qtbot, name):
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = [stop.mapTo(dialog, QPoint(0, 0)).y() for stop in tab_stops(dialog)]
    backwards = [
        (before, after) for before, after in zip(heights, heights[1:]) if after < before - 5
    ]
    assert backwards == [], f"Tab goes back up the {name} form"


def test_tab_leaves_a_text_box_of_several_lines(qtbot):
    dialog = PersonDialog(lambda data: data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Parle aussi turc")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert dialog.notes.toPlainText() == "Parle aussi turc"
    assert QApplication.focusWidget() is not dialog.notes
