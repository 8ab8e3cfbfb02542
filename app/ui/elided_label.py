"""A one-line label that shortens its text with "…" to the width it is given, instead of making
its row wider or wrapping onto more lines; the whole text is then its tooltip.

For a short line beside buttons whose room depends on the language and the large mode (the
Sales tab's delegate line): the row keeps its height and the page its width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.style import chars


class ElidedLabel(QLabel):
    """Shows `full_text()` on one line, shortened with "…" when it is wider than the label."""

    def __init__(self, text: str = "", least_chars: float = 8, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self._least_chars = least_chars
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return self.text() != self._full

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the whole text, one line of the font high."""
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width, metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = self.sizeHint()
        return QSize(min(hint.width(), chars(self._least_chars, self.font())), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.updateGeometry()
            self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
