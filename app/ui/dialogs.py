"""Shared bits of form dialogs: rows of named fields with their error line, Save/Cancel buttons in
French, saving through a service, and Tab that moves to the next field even from a text box of
several lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import StaleError, ValidationError
from app.ui.field_errors import FieldErrors
from app.ui.widgets import LayoutPart, add_parts, fitting_scroll, placeholder_fits

FieldRow = tuple[str, str, QWidget] | tuple[str, str, QWidget, QLayout | QWidget | None]


def add_field_rows(form: QFormLayout, errors: FieldErrors, rows: Iterable[FieldRow]) -> None:
    """Each row is (field, label, widget) or (field, label, widget, shown): the widget takes the
    field's name as object name and the label without its " *" as accessible name; the form shows
    the label beside `shown` (the widget itself when not given), then the field's error line. A
    text box is at least as wide as its example text (a narrow field cut "vide = un seul jo") and
    shows the start of a text longer than itself (the producer's line showed only its end)."""
    for field, label, widget, *shown in rows:
        if isinstance(widget, QLineEdit):
            placeholder_fits(widget)
            widget.setCursorPosition(0)  # a text longer than the box shows its start, not its end
        widget.setObjectName(field)
        widget.setAccessibleName(label.rstrip(" *"))
        form.addRow(label, shown[0] if shown and shown[0] is not None else widget)
        form.addRow("", errors.add(field, widget))


def tab_leaves_text_boxes(widget) -> None:
    """In a form, Tab goes to the next field: a text box of several lines would otherwise type a
    tab character and keep the keyboard (Ctrl+Tab was the way out)."""
    for box in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
        box.setTabChangesFocus(True)


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("FormDialog", "Enregistrer")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("FormDialog", "Annuler")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """A dialog whose Save calls `save(typed())`; a ValidationError shows at its field. With
    `reload` (returns the record anew), a save refused because the record changed meanwhile
    (`StaleError`) shows the new record (`refill`) with the message; else only the message."""

    # (prefix, field): an error about a field named prefix + a number (one line of a table of
    # lines, "line_3") shows under the whole table, registered as `field`.

    def __init__(self, save: Callable, parent=None, reload: Callable | None = None):
        super().__init__(parent)
        self._save = save
        self._reload = reload
        self.result_value = None
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)

    def add_rows(self, form: QFormLayout, rows: Iterable[FieldRow]) -> QFormLayout:
        """Named fields with their error lines (see `add_field_rows`); returns the form."""
        add_field_rows(form, self.errors, rows)
        return form

    def lay_out(self, *parts: LayoutPart) -> QVBoxLayout:
        """The dialog's layout: `parts` (or (part, stretch)) from top to bottom, then the line
        for errors that belong to no field, then Save and Cancel (`self.buttons`). The parts
        scroll up and down on a short screen; the error line and the buttons stay in view."""
        self.buttons = save_cancel_buttons(self)
        fields = QVBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        add_parts(fields, parts)
        layout = QVBoxLayout(self)
        layout.addWidget(fitting_scroll(fields), 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        return layout

    def typed(self):
        raise NotImplementedError

    def refill(self, record) -> None:
        """Show `record` in place of what the fields hold (after a refused save)."""
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        tab_leaves_text_boxes(self)  # the subclasses have built their fields by now
        if not event.spontaneous() and self.screen() is not None:
            # Qt opens a dialog at most 2/3 of the screen high; take the room the form needs, or
            # the size the dialog asked for (`resize`) when larger.
            wanted = self.sizeHint()
            if self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                wanted = wanted.expandedTo(self.size())
            self.resize(wanted.boundedTo(self.screen().availableGeometry().size()))
        super().showEvent(event)

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self._save(self.typed())
        except StaleError as error:
            if self._reload is not None:
                self.refill(self._reload())
            self.errors.show(error)
            return
        except ValidationError as error:
            self.errors.show(error)
            return
        super().accept()
