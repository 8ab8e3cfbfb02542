"""Show a service's ValidationError at the field it names: a red line under the widget."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.errors import ValidationError

ERROR_STYLE = "color: #b00020; font-weight: bold;"
FIELD_ERROR_STYLE = "border: 2px solid #b00020;"


class FieldErrors:
    """Maps field names to (input widget, error label); `show` puts the message where it belongs."""

    def __init__(self, fallback: QLabel):
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._fallback = fallback
        fallback.setStyleSheet(ERROR_STYLE)
        fallback.setWordWrap(True)
        fallback.hide()

    def add(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._fields[field] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setStyleSheet("")
        self._fallback.hide()
        self._fallback.clear()

    def show(self, error: ValidationError) -> None:
        self.clear()
        widget, label = self._fields.get(error.field, (None, self._fallback))
        label.setText(error.message)
        label.show()
        if widget is not None:
            widget.setStyleSheet(FIELD_ERROR_STYLE)
            widget.setFocus()

    def message_for(self, field: str) -> str:
        _, label = self._fields.get(field, (None, self._fallback))
        return label.text() if label.isVisible() or label.text() else ""
