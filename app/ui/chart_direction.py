"""Which way a chart on screen reads: in a right-to-left interface (Arabic) the categories run
from the right and the value axis stands at the right, as in the printed charts
(`app/printing/charts.py`). The Schedule's hours, the Sales tab's revenue and the tastings' scores
ask here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def reads_from_the_right() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def in_reading_order(items: list) -> list:
    """`items` (categories, or one series' values) from the first drawn to the last: reversed
    in a right-to-left interface, so that the first stands at the right."""
    return list(reversed(items)) if reads_from_the_right() else list(items)


def value_axis_side() -> Qt.AlignmentFlag:
    """The side of the value axis: the reader's starting side."""
    return Qt.AlignmentFlag.AlignRight if reads_from_the_right() else Qt.AlignmentFlag.AlignLeft
