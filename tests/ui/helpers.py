"""Helpers for driving modal dialogs in pytest-qt tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_dialog_opens(action: Callable[[QDialog], None], name: str | None = None) -> list:
    """Run `action(dialog)` on the next modal dialog shown; returns a list that records errors."""
    errors: list = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or (name and dialog.objectName() != name):
            QTimer.singleShot(20, poll)
            return
        try:
            action(dialog)
        except Exception as error:  # recorded, then the dialog is closed so the test cannot hang
            errors.append(error)
            dialog.reject()

    QTimer.singleShot(0, poll)
    return errors


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard would, including letters QTest.keyClicks cannot send (ằ, Ж, ع)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )
