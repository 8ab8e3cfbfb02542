"""PySide6 must count its references to None: 6.12.0 hands back None (a widget's missing parent,
a child not found, an unset property, what a call that returns nothing gives) without counting
one, so a long day of such calls frees None itself and the interpreter crashes ("deallocating
None"). pyproject.toml keeps PySide6 below 6.12; this test fails on a version with that bug,
whatever the pin says."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget

CALLS = 2000


def _none_references_lost(call) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


def test_none_handed_back_by_qt_keeps_its_reference_count(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = {
        "parentWidget": widget.parentWidget,
        "findChild": lambda: widget.findChild(QLabel, "nothing-by-this-name"),
        "property": lambda: widget.property("no_such_property"),
        "a call that returns nothing": lambda: widget.setWindowTitle("x"),
        "update": widget.update,
    }
    lost = {name: _none_references_lost(call) for name, call in calls.items()}
    # A few references may come and go with the interpreter's own work; CALLS lost is the bug.
    assert all(count < CALLS // 10 for count in lost.values()), lost
