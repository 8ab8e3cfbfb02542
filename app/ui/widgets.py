"""Small helpers that build widgets the house way: a widget named for the tests and for screen
readers in one call, a push button, and a date field (dd/MM/yyyy with a calendar)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


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
    tooltip: str | None = None,
) -> QPushButton:
    """A push button named `name`, read aloud as its text, that calls `on_click()` when clicked."""
    push = named(QPushButton(text), name, tooltip=tooltip)
    if on_click is not None:
        push.clicked.connect(lambda *_: on_click())
    return push


def date_edit(day: dt.date | QDate | None = None) -> QDateEdit:
    """A date field written dd/MM/yyyy with a calendar that pops up; `day` is shown first."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if isinstance(day, dt.date):
        day = QDate(day.year, day.month, day.day)
    if day is not None:
        edit.setDate(day)
    return edit
