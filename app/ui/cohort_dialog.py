"""Create or edit a cohort: name, dates, activity, planned mornings and hours."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox

from app.services.people.cohorts import CohortInfo, CohortInput
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.widgets import date_edit


class CohortDialog(FormDialog):
    def __init__(self, save, today, cohort: CohortInfo | None = None, parent=None, reload=None):
        super().__init__(save, parent, reload)
        self.setObjectName("cohort_dialog")
        self.setWindowTitle(self.tr("Nouvelle cohorte") if cohort is None else self.tr("Cohorte"))
        size_by_font(self, min_width=60)
        start = cohort.start_date if cohort else today
        end = cohort.end_date if cohort else today.replace(day=1)
        if cohort is None:
            month = today.month + 3
            end = end.replace(year=today.year + (month - 1) // 12, month=(month - 1) % 12 + 1)
        self.name = QLineEdit(cohort.name if cohort else "")
        self.name.setPlaceholderText(self.tr("par exemple : Coopérative 3"))
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.activity = QLineEdit(cohort.activity if cohort else "")
        self.mornings = QSpinBox()
        self.mornings.setRange(0, 366)
        self.mornings.setValue(cohort.planned_mornings if cohort else 36)
        self.hours = QSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setValue(cohort.planned_hours if cohort else 108)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("start_date", self.tr("Début"), self.start),
                ("end_date", self.tr("Fin"), self.end),
                ("activity", self.tr("Activité"), self.activity),
                ("planned_mornings", self.tr("Matinées prévues"), self.mornings),
                ("planned_hours", self.tr("Heures prévues"), self.hours),
            ),
        )
        self.lay_out(form)

    def refill(self, cohort: CohortInfo) -> None:
        """The cohort as stored now, in place of what was typed (its save was refused)."""
        self.name.setText(cohort.name)
        for edit, day in ((self.start, cohort.start_date), (self.end, cohort.end_date)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.activity.setText(cohort.activity)
        self.mornings.setValue(cohort.planned_mornings)
        self.hours.setValue(cohort.planned_hours)

    def typed(self) -> CohortInput:
        return CohortInput(
            name=self.name.text(),
            start_date=self.start.date().toPython(),
            end_date=self.end.date().toPython(),
            activity=self.activity.text(),
            planned_mornings=self.mornings.value(),
            planned_hours=self.hours.value(),
        )
