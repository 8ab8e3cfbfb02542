"""Colours and sizes by role, in one place: the application's one style sheet.

A widget says what it is (`set_role(label, Role.ERROR)`), never how it looks: the look of every
role is written once here, font sizes as a factor of the application font and heights in lines of
that font, so that the large mode (a bigger application font, `apply_style`) enlarges everything
at once, without a restart. Item models take their colours from `COLOURS` (`colour(...)`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from app.printing.palette import KIND_BACKGROUNDS
from app.vocab.schedule import AttendanceStatus

ROLE_PROPERTY = "role"
W = TypeVar("W", bound=QWidget)


class Role(StrEnum):
    """What a widget is; its look follows from it."""

    ERROR = "error"  # a message about something wrong: red, bold
    SUCCESS = "success"  # a confirmation: green
    HINT = "hint"  # a secondary explanation: grey
    NOTICE = "notice"  # something to notice, not wrong: amber text
    STRONG = "strong"  # bold text or button
    TITLE = "title"  # a page's heading
    SUBTITLE = "subtitle"  # a smaller heading
    READING = "reading"  # text read at arm's length (totals, lists of today)
    DATE_LINE = "date_line"  # the date above today's delegate
    DELEGATE_NAME = "delegate_name"  # the delegate of the day's name, very large
    FIELD_ERROR = "field_error"  # a field whose value was refused: red border
    WARNING_PANEL = "warning_panel"  # a panel with a warning: red border
    ALERT_BOX = "alert_box"  # a box of alerts: amber background
    ISSUE_BOX = "issue_box"  # a box of problems: red on pink
    WELCOME = "welcome"  # the first-start welcome box
    HERO = "hero"  # today's main box
    FRAME = "frame"  # a thin frame around a picture
    TALLY_PRODUCT = "tally_product"  # a product's +1 / −1 button on the tally
    TALLY_COUNT = "tally_count"  # a product's count on the tally
    TALLY_METHOD = "tally_method"  # a payment method toggle on the tally


class COLOURS:
    """Named colours; the only literal colours of the interface."""

    error = "#b00020"
    error_background = "#fdecee"
    success = "#1b5e20"
    chosen = "#2e7d32"  # background of a chosen toggle
    hint = "#555555"
    inactive = "#777777"
    notice = "#8a5a00"
    alert_background = "#fff4d6"
    hero_background = "#eef6ee"
    frame = "#cccccc"
    date_line = "#444444"
    icon = "#2b3a42"  # the lines of the icons (written into the SVGs)
    late = "#800000"  # a task past its date
    cancelled = "#888888"  # the text of a cancelled morning
    cancelled_background = "#f2f2f2"
    plain_background = "#ffffff"
    follow_up_background = "#ffe2b8"  # a member to ask news of (missed mornings in a row)
    attention_background = "#ffd9d9"  # a delegate's day that needs someone's attention
    chart_planned = "#9db9e8"  # hours planned, in the schedule's chart
    chart_done = "#2e7d32"  # hours done
    sheet_paper = "#fafafa"  # the label sheet's drawing: the paper,
    sheet_edge = "#777777"  # its edge,
    sheet_line = "#555555"  # the labels' outlines,
    sheet_used = "#bdbdbd"  # a label already used,
    sheet_printed = "#8fd18f"  # one this job prints,
    sheet_free = "#ffffff"  # and a free one


# The background of an attendance cell, by status (app.vocab.schedule.AttendanceStatus).
STATUS_BACKGROUNDS: dict[str, str] = {
    AttendanceStatus.PRESENT: "#cdeccd",
    AttendanceStatus.LATE: "#fff0a8",
    AttendanceStatus.EXCUSED: "#d6e4ff",
    AttendanceStatus.ABSENT: "#f8c9c9",
}


def kind_background(kind: str) -> str:
    """The background of a morning of `kind`, the same as on the printed week sheet."""
    return KIND_BACKGROUNDS.get(kind, COLOURS.plain_background)


FONT_FACTORS: dict[Role, float] = {
    Role.TITLE: 1.6,
    Role.SUBTITLE: 1.3,
    Role.READING: 1.15,
    Role.DATE_LINE: 1.35,
    Role.DELEGATE_NAME: 2.6,
    Role.TALLY_PRODUCT: 1.3,
    Role.TALLY_COUNT: 1.8,
    Role.TALLY_METHOD: 1.15,
}
BOLD = {Role.ERROR, Role.STRONG, Role.TITLE, Role.SUBTITLE, Role.DELEGATE_NAME}
BOLD |= {Role.TALLY_PRODUCT, Role.TALLY_COUNT}
# Heights in lines of the application font (a line is about 16 px at the normal size).
TALLY_BUTTON_LINES = 6.5  # the least; the buttons share the room left (taller when there is)
TARGET_LINES_LARGE = 2.35  # a button or field in large mode, never under MIN_TARGET_PX
MIN_TARGET_PX = 44
FONT_SCALE_LARGE = 1.35


def _rule(role: Role, body: str, widget: str = "*") -> str:
    return f'{widget}[{ROLE_PROPERTY}="{role}"] {{ {body} }}\n'


def style_sheet(point_size: float, line_px: int, large: bool) -> str:
    """The application's style sheet for an application font of `point_size` (lines of
    `line_px` pixels); `large` adds the large mode's minimum click targets."""
    sheet = ""
    if large:
        target = max(MIN_TARGET_PX, round(line_px * TARGET_LINES_LARGE))
        sheet += (
            "QPushButton, QToolButton, QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit,"
            f" QTimeEdit, QDateTimeEdit {{ min-height: {target}px; }}\n"
            "QCheckBox::indicator, QRadioButton::indicator"
            f" {{ width: {line_px + 6}px; height: {line_px + 6}px; }}\n"
            f"QTabBar::tab {{ min-height: {target}px; padding: 0 {line_px // 2}px; }}\n"
        )
    for role, factor in FONT_FACTORS.items():
        sheet += _rule(role, f"font-size: {point_size * factor:.1f}pt;")
    for role in BOLD:
        sheet += _rule(role, "font-weight: bold;")
    sheet += _rule(Role.ERROR, f"color: {COLOURS.error};")
    sheet += _rule(Role.SUCCESS, f"color: {COLOURS.success};")
    sheet += _rule(Role.HINT, f"color: {COLOURS.hint};")
    sheet += _rule(Role.NOTICE, f"color: {COLOURS.notice};")
    sheet += _rule(Role.DATE_LINE, f"color: {COLOURS.date_line};")
    sheet += _rule(Role.FIELD_ERROR, f"border: 2px solid {COLOURS.error};")
    sheet += _rule(Role.WARNING_PANEL, f"border: 2px solid {COLOURS.error};")
    pad = line_px // 3
    sheet += _rule(
        Role.ALERT_BOX,
        f"background: {COLOURS.alert_background}; padding: {pad}px; border-radius: 4px;",
    )
    sheet += _rule(
        Role.ISSUE_BOX,
        f"color: {COLOURS.error}; background: {COLOURS.error_background};"
        f" padding: {pad}px; border-radius: 4px;",
    )
    sheet += _rule(Role.WELCOME, f"background: {COLOURS.alert_background}; border-radius: 6px;")
    sheet += _rule(Role.HERO, f"background: {COLOURS.hero_background}; border-radius: 8px;")
    sheet += _rule(Role.FRAME, f"border: 1px solid {COLOURS.frame};")
    tally_height = round(line_px * TALLY_BUTTON_LINES)
    sheet += _rule(
        Role.TALLY_PRODUCT, f"min-height: {tally_height}px; padding: {pad}px;", "QPushButton"
    )
    sheet += _rule(Role.TALLY_METHOD, f"padding: {pad // 2}px;", "QPushButton")
    sheet += (
        f'QPushButton[{ROLE_PROPERTY}="{Role.TALLY_METHOD}"]:checked'
        f" {{ background: {COLOURS.chosen}; color: white; }}\n"
    )
    return sheet


def apply_style(application: QApplication, base_point_size: float, large: bool) -> None:
    """Set the application font (scaled in large mode) and the style sheet that follows from it;
    every open widget takes both at once."""
    font = QFont(application.font())
    font.setPointSizeF(base_point_size * (FONT_SCALE_LARGE if large else 1.0))
    application.setFont(font)
    line_px = QFontMetrics(font).height()
    application.setStyleSheet(style_sheet(font.pointSizeF(), line_px, large))


def set_role(widget: QWidget, role: Role | None) -> QWidget:
    """Give `widget` a role (None: back to the plain look), and redraw it with that role's look."""
    widget.setProperty(ROLE_PROPERTY, str(role) if role else "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
    return widget


def role_of(widget: QWidget) -> str:
    """The role `widget` has ("" when none)."""
    return str(widget.property(ROLE_PROPERTY) or "")


def colour(name: str) -> QColor:
    """One of `COLOURS` as a QColor, for item models and painters."""
    return QColor(getattr(COLOURS, name))


def line_height() -> int:
    """The height in pixels of a line of the application font (sizes are multiples of it)."""
    return QFontMetrics(QApplication.font()).height()


def lines(count: float, font: QFont | None = None) -> int:
    """The height of `count` lines of `font` (the application font when not given), in pixels."""
    return round(count * QFontMetrics(font or QApplication.font()).height())


def chars(count: float, font: QFont | None = None) -> int:
    """The width of `count` average characters of `font` (the application's), in pixels."""
    return round(count * QFontMetrics(font or QApplication.font()).averageCharWidth())


# size_by_font's keywords: (QWidget setter, in lines (True) or in characters (False)).
_SIZE_SETTERS = {
    "width": ("setFixedWidth", False),
    "height": ("setFixedHeight", True),
    "min_width": ("setMinimumWidth", False),
    "min_height": ("setMinimumHeight", True),
    "max_width": ("setMaximumWidth", False),
    "max_height": ("setMaximumHeight", True),
}


class _SizeFollowsFont(QObject):
    """Sets a widget's sizes from its font, and again each time the font changes (the large
    mode changes the application font while the window is open)."""

    def __init__(self, widget: QWidget, sizes: dict[str, float]):
        super().__init__(widget)
        self.sizes = sizes
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        for key, count in self.sizes.items():
            setter, in_lines = _SIZE_SETTERS[key]
            font = widget.font()
            getattr(widget, setter)(lines(count, font) if in_lines else chars(count, font))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def size_by_font(widget: W, **sizes: float) -> W:
    """Give `widget` sizes relative to its font, kept when the font changes: widths in average
    characters, heights in lines (`size_by_font(notes, height=4)`, `min_width=60`). Keywords:
    width, height (fixed), min_width, min_height, max_width, max_height."""
    unknown = set(sizes) - set(_SIZE_SETTERS)
    if unknown:
        raise TypeError(f"unknown sizes: {sorted(unknown)}")
    _SizeFollowsFont(widget, sizes)
    return widget
