"""The large mode for the kitchen counter: bigger text and click targets of at least 44 px.

One function, `apply_large_mode`, sets (or removes) an application-wide style sheet and font
scale. The tally buttons are large in every mode (they set their own minimum heights).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

MIN_TARGET = 44  # px, the smallest height of a button or field in large mode
FONT_SCALE = 1.35
LARGE_STYLE = f"""
QPushButton, QToolButton, QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit,
QDateTimeEdit {{ min-height: {MIN_TARGET}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 24px; height: 24px; }}
QTabBar::tab {{ min-height: {MIN_TARGET}px; padding: 0 12px; }}
"""
_normal_point_size: float | None = None


def apply_large_mode(application: QApplication, on: bool) -> None:
    """Enlarge (or restore) the application's font and click targets."""
    global _normal_point_size
    font = application.font()
    if _normal_point_size is None:
        _normal_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_normal_point_size * (FONT_SCALE if on else 1.0))
    application.setFont(font)
    application.setStyleSheet(LARGE_STYLE if on else "")
    application.setProperty("coopactives_large_mode", bool(on))


def is_large_mode(application: QApplication) -> bool:
    return bool(application.property("coopactives_large_mode"))
