"""A circle's meeting: its date and short minutes (what was said, what was decided)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit

from app.services.circles.meetings import MeetingInfo
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.widgets import date_edit, named


class MeetingDialog(FormDialog):
    """`save(held_on, minutes)`; `meeting` is the one edited (None: a new one on `today`)."""

    def __init__(self, save, today: dt.date, meeting: MeetingInfo | None = None, parent=None):
        super().__init__(lambda typed: save(*typed), parent)
        self.setObjectName("meeting_dialog")
        self.setWindowTitle(
            self.tr("Modifier le compte rendu") if meeting else self.tr("Réunion du cercle")
        )
        size_by_font(self, min_width=60)
        self.held_on = named(date_edit(meeting.held_on if meeting else today), "held_on")
        self.held_on.setAccessibleName(self.tr("Date de la réunion"))
        self.minutes = named(
            QPlainTextEdit(meeting.minutes if meeting else ""),
            "minutes",
            self.tr("Compte rendu"),
            placeholder=self.tr("Ce qui a été dit, ce qui a été décidé, qui fait quoi."),
        )
        size_by_font(self.minutes, height=6)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("held_on", self.tr("Date *"), self.held_on),
                ("minutes", self.tr("Compte rendu *"), self.minutes),
            ),
        )
        self.lay_out(form)
        self.minutes.setFocus()

    def typed(self) -> tuple[dt.date, str]:
        return self.held_on.date().toPython(), self.minutes.toPlainText()
