"""Fill a combo box with the values of a vocabulary (app/vocab): the label function's text shown,
the stored value as the item's data."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtWidgets import QComboBox


def add_choices(
    combo: QComboBox, choices: Iterable[StrEnum], label: Callable[[str], str]
) -> QComboBox:
    """One item per value, in the vocabulary's order; returns the combo."""
    for value in choices:
        combo.addItem(label(value), value.value)
    return combo
