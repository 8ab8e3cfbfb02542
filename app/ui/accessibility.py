"""Accessible names: which interactive widgets a screen reader could not name.

The rule, as Qt's accessibility layer reports names: a widget is named when `accessibleName()` is
set, when it is a button or check box with a visible text (Qt reads the text), or when a QLabel
with text is its buddy. Widgets that are parts of another widget (a spin box's line edit, a combo
box's list, a table's headers) are named through their owner and are skipped.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)


def _is_part_of_another(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton":
        return True  # a table's headers and corner button are read through the table
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)):
            return True
        if type(parent).__name__ in ("QComboBoxPrivateContainer", "QCalendarWidget"):
            return True
        parent = parent.parentWidget()
    return False


def label_buddies(root: QWidget) -> set[int]:
    """ids of the widgets some text label under `root` is the buddy label of."""
    named = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            named.add(id(buddy))
    return named


def spoken_name(widget: QWidget, buddies: set[int]) -> str:
    """The name a screen reader would say, or "" when there is none."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "")
    if id(widget) in buddies:
        return "(label)"
    return ""


def unnamed_widgets(root: QWidget, only_visible: bool = False) -> list[QWidget]:
    """Interactive widgets under `root` without a name (hidden ones too, unless only_visible)."""
    buddies = label_buddies(root.window())
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget):
            continue
        if only_visible and not widget.isVisibleTo(root):
            continue
        if not spoken_name(widget, buddies):
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """'QLineEdit search (in members > …)' to find a widget in a failure message."""
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 4:
        if parent.objectName():
            path.append(parent.objectName())
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(path)}"
