"""Icons from the bundled Tabler Icons set (MIT licence, resources/icons/LICENSE): `icon(name)`.

The SVGs are drawn in a dark grey readable on light backgrounds (COLOR, written into the files in
place of Tabler's `currentColor`). Qt's SVG icon engine draws an icon only when it is first
painted, at the size needed, so building the window costs no drawing. An unknown name gives an
empty icon (never an error), so a missing file cannot break a screen.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QTransform

from app.resources import RESOURCES_DIR
from app.ui.style import COLOURS

ICONS_DIR = RESOURCES_DIR / "icons"
COLOR = COLOURS.icon


def icon_path(name: str) -> Path:
    return ICONS_DIR / f"{name}.svg"


# Icons that point a way (back, forward, next) point the other way in a right-to-left language.
MIRRORED_RIGHT_TO_LEFT = frozenset({"arrow-back-up", "arrow-forward-up", "arrow-right"})
MIRRORED_SIZES = (16, 20, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The icon `name` (a Tabler file name without .svg), cached; empty if there is no such file.
    A direction icon is mirrored while the interface reads right to left."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _icon(name, right_to_left and name in MIRRORED_RIGHT_TO_LEFT)


@cache
def _icon(name: str, mirrored: bool) -> QIcon:
    path = icon_path(name)
    if not path.exists():
        return QIcon()
    drawn = QIcon(str(path))
    if not mirrored:
        return drawn
    flipped = QIcon()
    for size in MIRRORED_SIZES:
        flipped.addPixmap(drawn.pixmap(size, size).transformed(QTransform().scale(-1, 1)))
    return flipped


# A button's object name says what it does: the first rule whose word it contains gives its icon.
BUTTON_RULES: tuple[tuple[str, str], ...] = (
    ("undo", "arrow-back-up"),
    ("redo", "arrow-forward-up"),
    ("delete", "trash"),
    ("remove", "trash"),
    ("print", "printer"),
    ("calibration", "printer"),
    ("export", "file-export"),
    ("save", "device-floppy"),
    ("add", "plus"),
    ("new", "plus"),
    ("edit", "pencil"),
    ("correct", "pencil"),
    ("restore", "restore"),
    ("close_day", "lock"),
    ("lock", "lock"),
    ("send", "check"),
    ("finalise", "check"),
    ("open", "arrow-right"),
    ("cancel", "x"),
    ("close", "x"),
)


def icon_for_name(object_name: str) -> str:
    """The icon file name for a button called `object_name` ("" when no rule applies)."""
    words = object_name.lower().split("_")
    for key, name in BUTTON_RULES:
        if key in words or ("_" in key and key in object_name):
            return name
    return ""


def decorate_buttons(widget) -> int:
    """Give every push button under `widget` that has none the icon its object name calls for;
    returns how many got one."""
    from PySide6.QtWidgets import QPushButton

    count = 0
    for button in widget.findChildren(QPushButton):
        name = icon_for_name(button.objectName())
        if name and button.icon().isNull():
            button.setIcon(icon(name))
            count += 1
    return count
