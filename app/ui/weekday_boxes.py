"""A row of tick boxes, one per weekday, each showing the day's short name (its full name as
tooltip and accessible name): the Schedule's "Générer une période" and the delegates' "Planifier"
choose days with it.

The short names are translated as such. The first letters of a translated name are not a short
name: in Arabic "الأربعاء" (Wednesday) and "الأحد" (Sunday) both begin "الأ", and Monday cut to
"الإ" says nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.services.delegate.weekday_names import weekday_name


def short_weekday_names() -> tuple[str, ...]:
    """Monday to Sunday as a calendar's column heads write them in the interface language."""
    translate = QCoreApplication.translate
    return (
        translate("WeekdayBoxes", "lun."),
        translate("WeekdayBoxes", "mar."),
        translate("WeekdayBoxes", "mer."),
        translate("WeekdayBoxes", "jeu."),
        translate("WeekdayBoxes", "ven."),
        translate("WeekdayBoxes", "sam."),
        translate("WeekdayBoxes", "dim."),
    )


def weekday_boxes(count: int = 7) -> tuple[QWidget, list[QCheckBox]]:
    """(a row to put in a form, its boxes from Monday): `count` days, 6 to stop at Saturday."""
    row_widget = QWidget()
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    boxes = []
    for index, short in enumerate(short_weekday_names()[:count]):
        full = weekday_name(index)
        box = QCheckBox(short)
        box.setObjectName(f"weekday_{index}")
        box.setAccessibleName(full)
        box.setToolTip(full)
        row.addWidget(box)
        boxes.append(box)
    row.addStretch(1)
    return row_widget, boxes
