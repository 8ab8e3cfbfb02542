"""Colours and sizes by role, in one place: the application's one style sheet.

A widget says what it is (`set_role(label, Role.ERROR)`), never how it looks: the look of every
role is written once here, font sizes as a factor of the application font and heights in lines of
that font, so that the large mode (a bigger application font, `apply_style`) enlarges everything
at once, without a restart. The style sheet is set once and never changes (setting another makes
Qt polish every widget again: seconds on a full window): it holds colours, borders and paddings,
and the large mode's click targets for the windows marked large; a role's font is the widget's
own, set from Python (`role_font`). Item models take their colours from `COLOURS` (`colour(...)`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

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
FONT_ROLES = frozenset(str(role) for role in set(FONT_FACTORS) | BOLD)
# Heights in lines of the application font (a line is about 16 px at the normal size).
# The tally's buttons, in lines of their own font: the least; they share the room left.
TALLY_BUTTON_LINES = 5.3
TARGET_LINES_LARGE = 2.35  # a button or field in large mode, never under MIN_TARGET_PX
MIN_TARGET_PX = 44
FONT_SCALE_LARGE = 1.35
# Set on every window in large mode: the style sheet's click targets apply to what it holds.
LARGE_PROPERTY = "large_mode"
# The widgets a finger must hit: at least the large target's height in large mode.
TARGET_CLASSES: tuple[type[QWidget], ...] = (
    QPushButton,
    QToolButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
)
_TARGET_SELECTORS = (
    "QPushButton, QToolButton, QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit,"
    " QTimeEdit, QDateTimeEdit"
)
# The tick boxes a finger must hit in large mode: a check box's, a radio button's, and those of the
# checkable rows of lists and tables (today's checklist, the tasks, the members to choose).
# No rule for a group's (QGroupBox) parts: any makes Qt lay the group's title out itself,
# measured too narrow (an Arabic title's first letter was drawn beyond the group's edge).
_INDICATOR_SELECTORS = "QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator"


def _rule(role: Role, body: str, widget: str = "*") -> str:
    return f'{widget}[{ROLE_PROPERTY}="{role}"] {{ {body} }}\n'


def _in_large_windows(selectors: str) -> str:
    """`selectors` (comma-separated) for the widgets of a window in large mode."""
    return ", ".join(
        f'QWidget[{LARGE_PROPERTY}="true"] {selector.strip()}' for selector in selectors.split(",")
    )


def style_sheet(line_px: int, large_line_px: int) -> str:
    """The application's one style sheet, the same in both modes (setting another makes Qt
    re-polish every widget: seconds on a full window). `line_px` is a line of the normal font
    (paddings), `large_line_px` a line of the large font: the large mode's click targets apply
    to the widgets of windows that carry the LARGE_PROPERTY (`large_mode.apply_large_mode`).
    Fonts are not here: a role's font is the widget's own (`role_font`), relative to the
    application font, so that a new application font reaches every widget at once."""
    target = large_target_px(large_line_px)
    sheet = f"{_in_large_windows(_TARGET_SELECTORS)} {{ min-height: {target}px; }}\n"
    box = large_line_px + 6
    sheet += f"{_in_large_windows(_INDICATOR_SELECTORS)} {{ width: {box}px; height: {box}px; }}\n"
    # A list's or table's tick box in the middle of its row, and the row as tall as the box (Qt
    # would keep the box's top where the small box's was, and a row as tall as its text only).
    sheet += (
        f"{_in_large_windows('QAbstractItemView::indicator')}"
        " { subcontrol-position: left center; }\n"
    )
    sheet += f"{_in_large_windows('QAbstractItemView::item')} {{ min-height: {box + 2}px; }}\n"
    sheet += (
        f"{_in_large_windows('QTabBar::tab')}"
        f" {{ min-height: {target}px; padding: 0 {large_line_px // 2}px; }}\n"
    )
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
    sheet += _rule(Role.TALLY_PRODUCT, f"padding: {pad}px;", "QPushButton")
    sheet += _rule(Role.TALLY_METHOD, f"padding: {pad // 2}px;", "QPushButton")
    sheet += (
        f'QPushButton[{ROLE_PROPERTY}="{Role.TALLY_METHOD}"]:checked'
        f" {{ background: {COLOURS.chosen}; color: white; }}\n"
    )
    return sheet


def large_target_px(large_line_px: int) -> int:
    """The least height of a click target in large mode, for lines of `large_line_px`."""
    return max(MIN_TARGET_PX, round(large_line_px * TARGET_LINES_LARGE))


_large_target = 0  # the least height of a click target now: 0 in normal mode


def apply_style(
    application: QApplication,
    base_point_size: float,
    large: bool,
    widgets: list[QWidget] | None = None,
) -> None:
    """Set the application font (scaled in large mode), which Qt passes on to every widget, and
    the role fonts of `widgets` (all the application's when not given) that follow from it; the
    style sheet is set once (it never changes)."""
    global _large_target
    normal = QFont(application.font())
    normal.setPointSizeF(base_point_size)
    large_font = QFont(normal)
    large_font.setPointSizeF(base_point_size * FONT_SCALE_LARGE)
    large_line_px = QFontMetrics(large_font).height()
    sheet = style_sheet(QFontMetrics(normal).height(), large_line_px)
    if application.styleSheet() != sheet:
        # A new application font reaches widgets under a style sheet only with this attribute.
        application.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        application.setStyleSheet(sheet)
    _large_target = large_target_px(large_line_px) if large else 0
    application.setFont(large_font if large else normal)
    for widget in application.allWidgets() if widgets is None else widgets:
        if role_of(widget) in FONT_ROLES:
            widget.setFont(role_font(Role(role_of(widget))))


def large_target() -> int:
    """The least height of a click target now (0 in normal mode)."""
    return _large_target


def role_font(role: Role) -> QFont:
    """The font of `role`: only its size (a factor of the application font) and weight, all the
    rest inherited from the widget's parent."""
    font = QFont()
    factor = FONT_FACTORS.get(role)
    if factor:
        font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    if role in BOLD:
        font.setBold(True)
    return font


def set_role(widget: QWidget, role: Role | None) -> QWidget:
    """Give `widget` a role (None: back to the plain look), and redraw it with that role's look."""
    before = role_of(widget)
    after = str(role) if role else ""
    widget.setProperty(ROLE_PROPERTY, after)
    if role is not None and after in FONT_ROLES:
        widget.setFont(role_font(role))
    elif before in FONT_ROLES:
        widget.setFont(QFont())  # back to the inherited font
    if after != before and widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # The style sheet's rules for the new role; a widget not yet polished reads them when
        # first shown, and the same role keeps the same rules (asking for the style makes PySide6
        # create QStyle's type and its enums, ~12 ms, which the first window then does without).
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    refit(widget)
    widget.update()
    return widget


def role_of(widget: QWidget) -> str:
    """The role `widget` has ("" when none)."""
    return str(property_or(widget, ROLE_PROPERTY, ""))


def property_or(thing: QObject, name: str, default: object) -> object:
    """The dynamic property `name` of `thing`, or `default` when it has none. PySide6 6.12 gives
    an unset property (and any null pointer) back as a None it did not count a reference for:
    a few thousand such calls free None itself and crash the interpreter, so a loop over every
    widget never asks for a property a widget may not have."""
    if name.encode() in thing.dynamicPropertyNames():
        return thing.property(name)
    return default


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
    mode changes the application font while the window is open); a click target's least height
    is never under the large mode's target (`large_target`)."""

    def __init__(self, widget: QWidget, sizes: dict[str, float]):
        super().__init__(widget)
        self.setObjectName(_SIZER_NAME)
        self.sizes = sizes
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        font = widget.font()
        target = large_target() if isinstance(widget, TARGET_CLASSES) else 0
        for key, count in self.sizes.items():
            setter, in_lines = _SIZE_SETTERS[key]
            size = lines(count, font) if in_lines else chars(count, font)
            if key == "min_height":
                size = max(size, target)
            getattr(widget, setter)(size)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # Show: the style sheet's click target, set when the widget was polished (just before it
        # is first shown, or again at a mode switch), must not replace a greater height.
        if event.type() in _REFIT_EVENTS and isinstance(watched, QWidget):
            self.apply(watched)
        return False


_SIZER_NAME = "size_follows_font"
_REFIT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.Show)


def refit(widget: QWidget) -> None:
    """Set again the sizes `size_by_font` gave `widget` (after the style sheet set its own)."""
    # findChildren, not findChild: PySide6 6.12 gives "not found" back as an uncounted None.
    for sizer in widget.findChildren(
        QObject, _SIZER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if isinstance(sizer, _SizeFollowsFont):
            sizer.apply(widget)


def size_by_font(widget: W, **sizes: float) -> W:
    """Give `widget` sizes relative to its font, kept when the font changes: widths in average
    characters, heights in lines (`size_by_font(notes, height=4)`, `min_width=60`). Keywords:
    width, height (fixed), min_width, min_height, max_width, max_height."""
    unknown = set(sizes) - set(_SIZE_SETTERS)
    if unknown:
        raise TypeError(f"unknown sizes: {sorted(unknown)}")
    _SizeFollowsFont(widget, sizes)
    return widget
