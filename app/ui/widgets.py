"""Small helpers that build widgets the house way: a widget named for the tests and for screen
readers in one call, a push button, a list to choose from, a date field (dd/MM/yyyy with a
calendar), a row of widgets and a column that scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QListWidget

# QDate, QDateEdit, QListWidget and QStyle are imported where used: importing a Qt class makes
# PySide6 create its type and enums (QStyle's alone ~12 ms), which the first window does not need.
W = TypeVar("W", bound=QWidget)
BUTTON_HEIGHT = 36  # a button a finger or an unsteady hand finds easily


def named(
    widget: W,
    name: str,
    accessible: str | None = None,
    *,
    placeholder: str | None = None,
    tooltip: str | None = None,
) -> W:
    """Object name (tests find widgets by it), accessible name (what a screen reader says; a
    button's own text when not given), placeholder and tooltip, in one call."""
    widget.setObjectName(name)
    if accessible is None and isinstance(widget, QAbstractButton):
        accessible = widget.text()
    if accessible is not None:
        widget.setAccessibleName(accessible)
    if placeholder is not None:
        widget.setPlaceholderText(placeholder)
    if tooltip is not None:
        widget.setToolTip(tooltip)
    return widget


def button(
    text: str,
    name: str,
    on_click: Callable[[], object] | None = None,
    *,
    accessible: str | None = None,
    tooltip: str | None = None,
    tall: bool = False,
) -> QPushButton:
    """A push button named `name`, read aloud as its text (or `accessible`), that calls
    `on_click()` when clicked; `tall` gives it the height of the tabs' main buttons."""
    push = named(QPushButton(text), name, accessible, tooltip=tooltip)
    if tall:
        push.setMinimumHeight(BUTTON_HEIGHT)
    if on_click is not None:
        push.clicked.connect(lambda *_: on_click())
    return push


def date_edit(day: dt.date | QDate | None = None) -> QDateEdit:
    """A date field written dd/MM/yyyy with a calendar that pops up; `day` is shown first."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if isinstance(day, dt.date):
        day = QDate(day.year, day.month, day.day)
    if day is not None:
        edit.setDate(day)
    return edit


def combo_box(choices: Iterable[tuple[str, object]]) -> QComboBox:
    """A list of (text shown, value kept as the item's data)."""
    box = QComboBox()
    for text, value in choices:
        box.addItem(text, value)
    return box


def placeholder_width(edit: QLineEdit) -> int:
    """The width `edit` needs to show its whole example text (placeholder), of any length. Qt's
    text box asks for room for 17 "x"; what it adds around them is kept."""
    metrics = edit.fontMetrics()
    around = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance(edit.placeholderText()) + around


def placeholder_fits(edit: QLineEdit) -> None:
    """`edit` at least as wide as its example text (`placeholder_width`), now and when its font
    changes (the large mode): what a field shows when empty is read whole, in every language."""
    from app.ui.style import size_by_font

    average = edit.fontMetrics().averageCharWidth()
    size_by_font(edit, min_width=max(edit.minimumWidth(), placeholder_width(edit)) / average + 1)


LayoutPart = QWidget | QLayout | tuple[QWidget | QLayout, int]


def add_parts(layout: QBoxLayout, parts: Iterable[LayoutPart]) -> QBoxLayout:
    """Adds widgets and layouts in order, each as it is or as (part, stretch factor)."""
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def hbox(*parts: LayoutPart, stretch_after: bool = False, margins: bool = True) -> QHBoxLayout:
    """Widgets and layouts side by side (see `add_parts`); `stretch_after` pushes them to the
    left; `margins` False for a row that sits inside a form."""
    row = QHBoxLayout()
    if not margins:
        row.setContentsMargins(0, 0, 0, 0)
    add_parts(row, parts)
    if stretch_after:
        row.addStretch(1)
    return row


def scrolling(layout: QLayout, *, sideways: bool = True) -> QScrollArea:
    """`layout` in an area that scrolls when the window is too small for it (up and down only
    when `sideways` is False: the area is then never narrower than its content)."""
    inner = QWidget()
    inner.setLayout(layout)
    area = QScrollArea() if sideways else UpAndDownScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def list_fits_its_items(view: QListWidget) -> QListWidget:
    """`view` at least as wide as its widest item (filled beforehand) and room for a scroll bar:
    a dialog's list of names with a role ("Isabelle Francotte (Beoordelaar)") scrolled sideways
    in large mode, the role cut."""
    frame = 2 * view.frameWidth()
    from PySide6.QtWidgets import QStyle

    scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    view.setMinimumWidth(view.sizeHintForColumn(0) + frame + scroll_bar)
    return view


SMALL_SCREEN = QSize(1366, 700)  # the kitchen laptop's usable screen; every window fits in it


def settle_layouts(widget: QWidget) -> None:
    """Lay out `widget` and what it holds now, the innermost first, rather than at the event
    loop's next turn. A child polished again has new least sizes (a dialog's fields take the
    large mode's click targets when their area is put into the dialog: they were polished before,
    outside it); until its layouts are done again, the sizes they hand up are those of before,
    and a dialog that sizes itself then opens too small for its fields."""
    only_direct = Qt.FindChildOption.FindDirectChildrenOnly
    # Every widget comes after what holds it: reversed, the innermost are laid out first.
    for held in [*reversed(widget.findChildren(QWidget)), widget]:
        if not held.isWindow() or held is widget:  # not a list's pop-up
            for layout in held.findChildren(QLayout, options=only_direct):
                layout.activate()  # nothing to do (and quick) when it is up to date


class UpAndDownScrollArea(QScrollArea):
    """A scroll area that scrolls up and down only: at least as wide as its content (nothing is
    cut off on the side), and a few lines high. Its content is laid out again before it is
    measured (`settle_layouts`)."""

    def _content(self) -> QWidget | None:
        inner = self.widget()
        if inner is not None:
            settle_layouts(inner)
        return inner

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self._content().minimumSizeHint() if self.widget() else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + 2 * self.frameWidth() + bar, 4 * self.fontMetrics().height())


class FittingScrollArea(UpAndDownScrollArea):
    """A scroll area as large as its content when the screen allows (a dialog opens without
    scroll bars), that scrolls up and down instead of growing taller than the screen."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self._content().sizeHint() if self.widget() else QSize()
        frame = 2 * self.frameWidth()
        wanted = QSize(
            inner.width() + frame + self.verticalScrollBar().sizeHint().width(),
            inner.height() + frame,
        )
        room_around = QSize(100, 100)  # the dialog's margins, error line and buttons
        return wanted.boundedTo(SMALL_SCREEN - room_around)


def fitting_scroll(layout: QLayout) -> FittingScrollArea:
    """`layout` in a frameless area that scrolls up and down when the screen is too short."""
    inner = QWidget()
    inner.setLayout(layout)
    area = FittingScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
