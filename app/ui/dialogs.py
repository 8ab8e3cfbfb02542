"""Shared bits of form dialogs: Save/Cancel buttons in French, saving through a service, and Tab
that moves to the next field even from a text box of several lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit

from app.services.errors import ValidationError
from app.ui.field_errors import FieldErrors


def tab_leaves_text_boxes(widget) -> None:
    """In a form, Tab goes to the next field: a text box of several lines would otherwise type a
    tab character and keep the keyboard (Ctrl+Tab was the way out)."""
    for box in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
        box.setTabChangesFocus(True)


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(dialog.tr("Enregistrer"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuler"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """A dialog whose Save calls `save(typed())`; a ValidationError shows at its field."""

    def __init__(self, save: Callable, parent=None):
        super().__init__(parent)
        self._save = save
        self.result_value = None
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)

    def typed(self):
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        tab_leaves_text_boxes(self)  # the subclasses have built their fields by now
        super().showEvent(event)

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self._save(self.typed())
        except ValidationError as error:
            self.errors.show(error)
            return
        super().accept()
