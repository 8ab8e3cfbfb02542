"""A label whose text changes often (a count, a running total, the last tap's message) without
laying the page out again each time.

A QLabel asks its parent's layout to lay out again at every `setText`; Qt then lays out the whole
window and repaints every widget of the page (on the tally: the six product buttons, the payment
buttons, the totals; ~20 ms of CPU a tap against ~1.5 ms for the label alone). `steady(label)`
puts the label in a holder without a layout, which takes that request itself and passes it on
only when the new text needs more room than the label has (a longer message that wraps onto one
more line, a count that no longer fits). A shorter text keeps the room it had until the page is
next laid out (the window resized): the buttons below do not move under the finger.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget


class SteadyHolder(QWidget):
    """Holds one QLabel, sized as the label asks; see the module's docstring."""

    def __init__(self, label: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.label.heightForWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def needs_more_room(self) -> bool:
        """True when the label's text no longer fits the size it has."""
        size = self.size()
        if self.label.wordWrap():
            return self.label.heightForWidth(size.width()) > size.height()
        hint = self.label.minimumSizeHint()
        return hint.width() > size.width() or hint.height() > size.height()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            if self.needs_more_room():
                self.updateGeometry()
            return True
        return super().event(event)


def steady(label: QLabel) -> SteadyHolder:
    """`label` in a holder to put in a layout instead of it (keep using the label itself)."""
    return SteadyHolder(label)
