"""Dialogs of the delegate's work: a task, the handover, planning, a change of delegate (swap,
absence, hand choice, departure) and an unavailability. A service's message shows at its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.services.delegate.tasks import TaskInput
from app.services.delegate.weekday_names import weekday_name
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.weekday_boxes import weekday_boxes
from app.ui.widgets import date_edit

translate = QCoreApplication.translate


def person_combo(people: list[tuple[int, str]], empty: str | None = None) -> QComboBox:
    """A list of (id, name); `empty` adds a first "nobody" entry."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for person_id, name in people:
        combo.addItem(name, person_id)
    return combo


class _TaskFields:
    """Text, person, optional due date and circle: shared by the task and handover dialogs."""

    def __init__(self, dialog: FormDialog, people, circles, today: dt.date):
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("TaskFields", "par exemple : acheter des dattes"))
        self.assignee = person_combo(people, translate("TaskFields", "(personne en particulier)"))
        self.has_due = QCheckBox(translate("TaskFields", "Avec une date limite"))
        self.has_due.setObjectName("has_due")
        self.has_due.setAccessibleName(self.has_due.text())
        self.due = date_edit(today + dt.timedelta(days=7))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.circle = QComboBox()
        self.circle.addItem(translate("TaskFields", "(aucun)"), None)
        for circle_id, name in circles:
            self.circle.addItem(name, circle_id)
        due_row = QWidget()
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_due)
        row.addWidget(self.due, 1)
        self.due_row = due_row

    def rows(self, dialog, required: bool):
        return (
            (
                "text",
                translate("TaskFields", "Tâche *")
                if required
                else translate("TaskFields", "Nouvelle tâche"),
                self.text,
            ),
            ("assignee", translate("TaskFields", "Pour qui"), self.assignee),
            ("due_date", translate("TaskFields", "Pour quand"), self.due_row),
            ("circle", translate("TaskFields", "Cercle"), self.circle),
        )

    def typed(self) -> TaskInput:
        return TaskInput(
            text=self.text.text(),
            assignee_id=self.assignee.currentData(),
            due_date=self.due.date().toPython() if self.has_due.isChecked() else None,
            circle_id=self.circle.currentData(),
        )


class TaskDialog(FormDialog):
    def __init__(self, save, people, circles, today: dt.date, parent=None):
        super().__init__(save, parent)
        self.setObjectName("task_dialog")
        self.setWindowTitle(self.tr("Nouvelle tâche"))
        size_by_font(self, min_width=63)
        self.fields = _TaskFields(self, people, circles, today)
        form = QFormLayout()
        self.add_rows(form, self.fields.rows(self, True))
        self.lay_out(form)
        self.fields.text.setFocus()

    def typed(self) -> TaskInput:
        return self.fields.typed()


class HandoverDialog(FormDialog):
    """What was done, what comes next, and one new task if needed; `typed()` returns a tuple."""

    def __init__(self, save, people, circles, today: dt.date, current=None, parent=None):
        super().__init__(save, parent)
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("Passation"))
        size_by_font(self, min_width=74)
        intro = QLabel(
            self.tr("Pour la prochaine déléguée : ce qui est fait, ce qui reste à faire.")
        )
        intro.setWordWrap(True)
        self.done_text = QPlainTextEdit(current.done_text if current else "")
        size_by_font(self.done_text, height=5.6)
        self.next_text = QPlainTextEdit(current.next_text if current else "")
        size_by_font(self.next_text, height=5.6)
        self.fields = _TaskFields(self, people, circles, today)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("done_text", self.tr("Ce qui est fait"), self.done_text),
                ("next_text", self.tr("La suite"), self.next_text),
                *self.fields.rows(self, False),
            ),
        )
        self.lay_out(intro, form)
        self.done_text.setFocus()

    def typed(self):
        task = self.fields.typed()
        tasks = [task] if task.text.strip() else []
        return self.done_text.toPlainText(), self.next_text.toPlainText(), tasks


class PlanDialog(FormDialog):
    """From which day, which weekdays (when there is no schedule), keep published days, pairing."""

    def __init__(
        self, save, today: dt.date, weekdays: tuple[int, ...], has_schedule: bool, parent=None
    ):
        super().__init__(save, parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(self.tr("Planifier les déléguées"))
        size_by_font(self, min_width=66)
        self.from_date = date_edit(today)
        days, self.weekday_boxes = weekday_boxes(6)
        for weekday, box in enumerate(self.weekday_boxes):
            box.setChecked(weekday in weekdays)
            box.setEnabled(not has_schedule)
        self.keep_published = QCheckBox(self.tr("Garder les jours déjà publiés"))
        self.keep_published.setChecked(True)
        self.pair = QCheckBox(self.tr("Une adjointe expérimentée pour une première fois"))
        self.pair.setChecked(True)
        for box in (self.keep_published, self.pair):
            box.setAccessibleName(box.text())
        hint = QLabel(
            self.tr("Les jours de travail sont ceux du programme de la cohorte.")
            if has_schedule
            else self.tr("Pas de planning pour cette cohorte : choisissez les jours de la semaine.")
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("from_date", self.tr("À partir du"), self.from_date),
                ("weekdays", self.tr("Jours"), days),
            ),
        )
        form.addRow("", self.keep_published)
        form.addRow("", self.pair)
        self.lay_out(hint, form)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Planifier"))

    def typed(self) -> dict:
        return {
            "from_date": self.from_date.date().toPython(),
            "weekdays": tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            "keep_published": self.keep_published.isChecked(),
            "pair_newcomers": self.pair.isChecked(),
        }


class ChangeDialog(FormDialog):
    """One change of delegate: an optional person (field "other" or "person"), a date, a reason."""

    def __init__(
        self,
        save,
        title: str,
        intro: str,
        people: list[tuple[int, str]] | None = None,
        person_field: str = "person",
        person_label: str = "",
        date: dt.date | None = None,
        date_label: str = "",
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("change_dialog")
        self.setWindowTitle(title)
        size_by_font(self, min_width=63)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.person = person_combo(people or [])
        self.date = date_edit(date or dt.date.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("par exemple : rendez-vous médical"))
        rows = []
        if people is not None:
            rows.append((person_field, person_label, self.person))
        if date is not None:
            rows.append(("date", date_label, self.date))
        rows.append(("reason", self.tr("Pourquoi"), self.reason))
        form = QFormLayout()
        self.add_rows(form, rows)
        self.lay_out(label, form)

    def typed(self) -> dict:
        return {
            "person_id": self.person.currentData(),
            "date": self.date.date().toPython(),
            "reason": self.reason.text(),
        }


class UnavailabilityDialog(FormDialog):
    """A member cannot be delegate: on one date, or every week on a weekday."""

    def __init__(self, save, people: list[tuple[int, str]], today: dt.date, parent=None):
        super().__init__(save, parent)
        self.setObjectName("unavailability_dialog")
        self.setWindowTitle(self.tr("Indisponible"))
        self.person = person_combo(people)
        self.one_date = QRadioButton(self.tr("Un jour"))
        self.every_week = QRadioButton(self.tr("Chaque semaine"))
        self.one_date.setChecked(True)
        self.date = date_edit(today)
        self.weekday = QComboBox()
        for weekday in range(6):
            self.weekday.addItem(weekday_name(weekday), weekday)
        self.weekday.setEnabled(False)
        self.every_week.toggled.connect(self.weekday.setEnabled)
        self.one_date.toggled.connect(self.date.setEnabled)
        when = QWidget()
        grid = QFormLayout(when)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addRow(self.one_date, self.date)
        grid.addRow(self.every_week, self.weekday)
        for widget in (self.one_date, self.every_week, self.weekday):
            widget.setAccessibleName(widget.text() if hasattr(widget, "text") else self.tr("Jour"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("par exemple : garde des enfants"))
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("person", self.tr("Membre"), self.person),
                ("when", self.tr("Quand"), when),
                ("reason", self.tr("Pourquoi"), self.reason),
            ),
        )
        self.lay_out(form)

    def typed(self) -> dict:
        weekly = self.every_week.isChecked()
        return {
            "person_id": self.person.currentData(),
            "on_date": None if weekly else self.date.date().toPython(),
            "weekday": self.weekday.currentData() if weekly else None,
            "reason": self.reason.text(),
        }
