"""What a test closed is deleted before the next test (tests/qt_cleanup.py): a finished test's
window no longer lives on, to be restyled at every later switch of style or language."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from tests.qt_cleanup import delete_closed_widgets


def test_a_widget_closed_and_left_for_later_is_deleted_at_once(qapp):
    widget, kept = QWidget(), QWidget()
    widget.show()
    widget.close()
    widget.deleteLater()
    assert shiboken6.isValid(widget)  # Qt waits for an event loop
    delete_closed_widgets()
    assert not shiboken6.isValid(widget)
    assert shiboken6.isValid(kept)
    kept.deleteLater()
    delete_closed_widgets()
