"""Show a service's ValidationError at the field it names: a red line under the widget."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.errors import ValidationError
from app.ui.style import Role, role_of, set_role


class FieldErrors:
    """Maps field names to (input widget, error label); `show` puts the message where it belongs."""

    def __init__(self, fallback: QLabel):
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._fallback = fallback
        set_role(fallback, Role.ERROR)
        fallback.setWordWrap(True)
        fallback.hide()

    def add(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        set_role(label, Role.ERROR)
        label.setWordWrap(True)
        label.hide()
        self._fields[field] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            if role_of(widget):
                set_role(widget, None)
        self._fallback.hide()
        self._fallback.clear()

    def show(self, error: ValidationError) -> None:
        self.clear()
        widget, label = self._fields.get(error.field, (None, self._fallback))
        label.setText(error.message)
        label.show()
        if widget is not None:
            set_role(widget, Role.FIELD_ERROR)
            widget.setFocus()

    def message_for(self, field: str) -> str:
        _, label = self._fields.get(field, (None, self._fallback))
        return label.text() if label.isVisible() or label.text() else ""
