"""Icons from the bundled Tabler Icons set (MIT licence, resources/icons/LICENSE): `icon(name)`.

The SVGs use `currentColor`; it is drawn in a dark grey readable on light backgrounds. An unknown
name gives an empty icon (never an error), so a missing file cannot break a screen.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
COLOR = "#2b3a42"
SIZES = (16, 24, 32, 48)


def icon_path(name: str) -> Path:
    return ICONS_DIR / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (a Tabler file name without .svg), cached; empty if there is no such file."""
    path = icon_path(name)
    if not path.exists():
        return QIcon()
    data = QByteArray(path.read_text(encoding="utf-8").replace("currentColor", COLOR).encode())
    renderer = QSvgRenderer(data)
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
