"""Widgets a test closed are deleted before the next test starts.

pytest-qt closes the widgets a test registered (`qtbot.addWidget`) and asks Qt to delete them
later (`deleteLater`); Qt does that only when an event loop next runs, so a finished test's main
window, with every tab it opened, often lived on through the next tests. Every live widget is
styled again at each change of the application's style sheet or language: with three finished
windows alive, one switch of the large mode cost 2.5 s of CPU instead of 0.1 s, and the screen-fit
and large-mode tests switch it once or twice each. After each test's teardown the deletions Qt was
asked for are done at once.
"""

from __future__ import annotations

import sys


def delete_closed_widgets() -> None:
    """Carry out the pending `deleteLater` calls (nothing when Qt was never imported)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
