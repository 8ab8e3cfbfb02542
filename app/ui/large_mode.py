"""The large mode for the kitchen counter: bigger text and click targets of at least 44 px.

One function, `apply_large_mode`, scales the application font and re-applies the one style sheet
of `app/ui/style.py`, whose sizes follow the font: every open window grows at once, the tally's
product buttons included.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QHeaderView

from app.ui.style import FONT_SCALE_LARGE, MIN_TARGET_PX, apply_style

MIN_TARGET = MIN_TARGET_PX  # the smallest height of a button or field in large mode
FONT_SCALE = FONT_SCALE_LARGE
_normal_point_size: float | None = None


def apply_large_mode(application: QApplication, on: bool) -> None:
    """Enlarge (or restore) the application's font, click targets and every role's size."""
    global _normal_point_size
    if _normal_point_size is None:
        size = application.font().pointSizeF()
        _normal_point_size = size if size > 0 else 10.0
    with _columns_sized_once(application):
        apply_style(application, _normal_point_size, bool(on))
    application.setProperty("coopactives_large_mode", bool(on))


@contextmanager
def _columns_sized_once(application: QApplication):
    """Columns sized to their contents are measured once, after the new style, instead of again
    at each of the many font and style changes the new style sheet sends every table (a profile
    of the demo with every tab open: two thirds of the switch went there)."""
    ResizeMode = QHeaderView.ResizeMode  # noqa: N806 (Qt's enum)
    sized = [
        (header, section)
        for header in application.allWidgets()
        if isinstance(header, QHeaderView)
        for section in range(header.count())
        if header.sectionResizeMode(section) == ResizeMode.ResizeToContents
    ]
    for header, section in sized:
        header.setSectionResizeMode(section, ResizeMode.Interactive)
    try:
        yield
    finally:
        for header, section in sized:
            header.setSectionResizeMode(section, ResizeMode.ResizeToContents)


def is_large_mode(application: QApplication) -> bool:
    return bool(application.property("coopactives_large_mode"))
