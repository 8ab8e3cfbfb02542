"""The framed groups (QGroupBox) on a page or dialog whose title is cut off: the room the style
gives the title is narrower than its letters, or lies outside the group. Used by the fit checks of
the pages (test_placeholders_fit.py) and of the dialogs (test_dialog_fit.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QStyle, QStyleOptionGroupBox, QWidget


def cut_group_titles(widget: QWidget) -> list[str]:
    """Each shown group of `widget` whose title is cut, described."""
    found = []
    for box in widget.findChildren(QGroupBox):
        if not box.title() or not box.isVisible():
            continue
        option = QStyleOptionGroupBox()
        box.initStyleOption(option)
        room = box.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
        )
        # The letters' extent and a pixel each side, as Qt's own style measures it; a style
        # sheet rule on a group's parts made Qt measure the advance alone, and draw an Arabic
        # title's first letter beyond the group's right edge.
        needed = box.fontMetrics().boundingRect(box.title().replace("&", "")).width() + 2
        if room.width() < needed or not box.rect().contains(room):
            found.append(f"the title {box.title()!r} is cut: {room.width()} px for {needed}")
    return found
