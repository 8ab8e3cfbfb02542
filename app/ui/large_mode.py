"""The large mode for the kitchen counter: bigger text and click targets of at least 44 px.

One function, `apply_large_mode`, scales the application font (Qt passes it on to every widget)
and the role fonts (`app/ui/style.py`), and marks every window as large: the application's one
style sheet, which never changes, gives the click targets of a marked window their least height.
What the new fonts and targets oblige Qt to measure again (the click targets polished again,
the columns sized to their contents) is done at once on screen, and for a page out of sight only
when it is next shown: the switch stays quick on a window with every tab open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QRadioButton,
    QTabBar,
    QWidget,
)

from app.ui.style import (
    FONT_SCALE_LARGE,
    LARGE_PROPERTY,
    MIN_TARGET_PX,
    TARGET_CLASSES,
    apply_style,
    property_or,
    refit,
)
from app.ui.widgets import settle_layouts

MIN_TARGET = MIN_TARGET_PX  # the smallest height of a button or field in large mode
FONT_SCALE = FONT_SCALE_LARGE
# The widgets whose look the style sheet changes in large mode (least height, tick box, tab size).
POLISHED_CLASSES = (*TARGET_CLASSES, QCheckBox, QRadioButton, QTabBar, QAbstractItemView)
# Set on a header while its columns sized to their contents wait (Interactive) to be measured.
WAITING_COLUMNS = "coopactives_columns_to_size"
ResizeMode = QHeaderView.ResizeMode
_normal_point_size: float | None = None


def apply_large_mode(application: QApplication, on: bool) -> None:
    """Enlarge (or restore) the application's font, click targets and every role's size."""
    global _normal_point_size
    if _normal_point_size is None:
        size = application.font().pointSizeF()
        _normal_point_size = size if size > 0 else 10.0
    on = bool(on)
    widgets = application.allWidgets()
    headers = [widget for widget in widgets if isinstance(widget, QHeaderView)]
    # Columns sized to their contents are measured once, after the new fonts, instead of at
    # each of the many font changes a table's cells and headers receive (two thirds of the
    # switch went there, in a profile of the demo with every tab open).
    for header in headers:
        _hold_columns(header)
    apply_style(application, _normal_point_size, on, widgets)
    for window in application.topLevelWidgets():
        window.setProperty(LARGE_PROPERTY, on)
    out_of_sight: set[QWidget] = set()
    for widget in widgets:
        if isinstance(widget, (*POLISHED_CLASSES, QHeaderView)):
            if widget.isVisible():
                refresh(widget)
            else:
                out_of_sight.add(_hidden_root(widget))
    for root in out_of_sight:
        _RefreshWhenShown.mark(root)
    application.setProperty("coopactives_large_mode", on)
    _NewWindows.follow(application, on)


def follow_large_mode(window: QWidget) -> None:
    """Mark a new window as large when the large mode is on (its click targets then take the
    large mode's height when first shown); what it holds already polished is measured again."""
    on = is_large_mode(QApplication.instance())
    if bool(property_or(window, LARGE_PROPERTY, False)) == on:
        return
    window.setProperty(LARGE_PROPERTY, on)
    polished = Qt.WidgetAttribute.WA_WState_Polished
    held = [w for w in window.findChildren(QWidget) if isinstance(w, POLISHED_CLASSES)]
    for widget in held:
        if widget.testAttribute(polished):
            refresh(widget)
    if held:
        settle_layouts(window)


class _NewWindows(QObject):
    """While the large mode is on, marks every window as large when it is first polished (just
    before it is first shown): a message box, a file or input dialog opened with no parent (at
    start, before the main window) has no marked window above it to follow. Every event of the
    application passes through it, so it is installed in large mode only."""

    NAME = "new_windows_follow_large_mode"

    @classmethod
    def follow(cls, application: QApplication, on: bool) -> None:
        only_direct = Qt.FindChildOption.FindDirectChildrenOnly
        found = application.findChildren(QObject, cls.NAME, only_direct)
        marker = found[0] if found else cls(application)
        if on:
            application.installEventFilter(marker)
        else:
            application.removeEventFilter(marker)

    def __init__(self, application: QApplication):
        super().__init__(application)
        self.setObjectName(self.NAME)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            follow_large_mode(watched)
        return False


def refresh(widget: QWidget) -> None:
    """Measure `widget` again after a switch: a click target is polished again under the style
    sheet (its window's mode) and given back its own sizes; a header sizes its columns."""
    if isinstance(widget, QHeaderView):
        _size_columns(widget)
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    refit(widget)


def _hold_columns(header: QHeaderView) -> None:
    """Turn the columns sized to their contents to Interactive until `_size_columns`."""
    waiting = list(property_or(header, WAITING_COLUMNS, None) or [])
    for section in range(header.count()):
        if header.sectionResizeMode(section) == ResizeMode.ResizeToContents:
            header.setSectionResizeMode(section, ResizeMode.Interactive)
            waiting.append(section)
    header.setProperty(WAITING_COLUMNS, waiting)


def _size_columns(header: QHeaderView) -> None:
    for section in property_or(header, WAITING_COLUMNS, None) or []:
        if section < header.count():
            header.setSectionResizeMode(section, ResizeMode.ResizeToContents)
    header.setProperty(WAITING_COLUMNS, None)


def _hidden_root(widget: QWidget) -> QWidget:
    """The outermost hidden widget that holds `widget` (the one shown when it is shown)."""
    while not widget.isWindow() and not (parent := widget.parentWidget()).isVisible():
        widget = parent
    return widget


class _RefreshWhenShown(QObject):
    """Refreshes what a hidden page holds (`refresh`) when it is next shown: it follows the mode
    in force then."""

    NAME = "refresh_when_shown"

    @classmethod
    def mark(cls, root: QWidget) -> None:
        only_direct = Qt.FindChildOption.FindDirectChildrenOnly
        if not root.findChildren(QObject, cls.NAME, only_direct):
            cls(root)

    def __init__(self, root: QWidget):
        super().__init__(root)
        self.setObjectName(self.NAME)
        root.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            self.setObjectName("")
            for widget in [watched, *watched.findChildren(QWidget)]:
                if isinstance(widget, (*POLISHED_CLASSES, QHeaderView)):
                    refresh(widget)
            self.deleteLater()
        return False


def is_large_mode(application: QApplication) -> bool:
    return bool(property_or(application, "coopactives_large_mode", False))
