"""Dialogs of the Schedule tab: a morning, move a morning, copy a week, generate a term, a closure.

Each saves through a service passed in as `save`; a ValidationError shows at its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
)

from app.i18n import fill, format_date, joined, listed
from app.services.errors import ValidationError
from app.services.schedule.modules import ModuleInfo
from app.services.schedule.mornings import KIND_ICONS, MorningInfo, MorningInput
from app.services.schedule.term import TermPattern
from app.services.text_match import sort_key
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.vocab_combo import add_choices
from app.ui.weekday_boxes import weekday_boxes
from app.ui.widgets import date_edit
from app.vocab import values
from app.vocab.schedule import MorningKind, MorningStatus, morning_kind_label, morning_status_label


def to_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


def to_time(edit: QTimeEdit) -> dt.time:
    return edit.time().toPython().replace(second=0, microsecond=0)


def time_edit(value: dt.time) -> QTimeEdit:
    """A time written HH:mm, left to right in every language: right to left, Qt lays the hours
    and minutes out in reverse ("00:09" for 9:00), where Arabic writes a time as in French. The
    direction is set before the format, which Qt reverses when it is given right to left."""
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat("HH:mm")
    return edit


def kind_box() -> QComboBox:
    box = QComboBox()
    for kind in values(MorningKind):
        box.addItem(f"{KIND_ICONS[kind]} {morning_kind_label(kind)}", kind)
    return box


def module_box(modules: list[ModuleInfo]) -> QComboBox:
    box = QComboBox()
    box.addItem("—", None)
    for module in sorted(modules, key=lambda m: sort_key(m.label)):
        box.addItem(module.label, module.id)
    return box


@dataclass(frozen=True)
class MorningDirectory:
    """The directory's choices for a morning: (id, name) of the mentors and of the places."""

    mentors: tuple[tuple[int, str], ...] = ()
    hosts: tuple[tuple[int, str], ...] = ()


def _choice_box(choices) -> QComboBox:
    box = QComboBox()
    box.addItem("—", None)
    for key, name in choices:
        box.addItem(name, key)
    return box


class MorningDialog(FormDialog):
    """Add or edit a morning. `save(MorningInput)` writes it."""

    def __init__(
        self,
        save: Callable[[MorningInput], MorningInfo],
        day: dt.date,
        modules: list[ModuleInfo],
        facilitators: list[tuple[int, str]],
        morning: MorningInfo | None = None,
        parent=None,
        subgroups: list[tuple[int, str]] = (),
        directory: MorningDirectory = MorningDirectory(),
    ):
        super().__init__(save, parent)
        self.setObjectName("morning_dialog")
        self.setWindowTitle(
            self.tr("Nouvelle matinée") if morning is None else self.tr("Modifier la matinée")
        )
        size_by_font(self, min_width=69)
        self._modules = {m.id: m for m in modules}
        self.date = date_edit(morning.date if morning else day)
        self.start = time_edit(morning.start_time if morning else dt.time(9))
        self.end = time_edit(morning.end_time if morning else dt.time(12))
        self.kind = kind_box()
        self.module = module_box(modules)
        self.module.currentIndexChanged.connect(self._module_picked)
        self.facilitator = QComboBox()
        self.facilitator.addItem("—", None)
        for person_id, name in facilitators:
            self.facilitator.addItem(name, person_id)
        self.subgroup = QComboBox()
        self.subgroup.addItem(self.tr("Toute la cohorte"), None)
        for subgroup_id, name in subgroups:
            self.subgroup.addItem(name, subgroup_id)
        self.place = QLineEdit()
        self.mentor = _choice_box(directory.mentors)
        self.host = _choice_box(directory.hosts)
        self.meeting_point = QLineEdit()
        self.meeting_point.setPlaceholderText(self.tr("par exemple : devant la gare, à 8h30"))
        self.notes = QPlainTextEdit()
        size_by_font(self.notes, height=3.8)
        self.status = add_choices(QComboBox(), MorningStatus, morning_status_label)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("date", self.tr("Date *"), self.date),
                ("start_time", self.tr("Début"), self.start),
                ("end_time", self.tr("Fin"), self.end),
                ("module_id", self.tr("Module"), self.module),
                ("kind", self.tr("Type"), self.kind),
                ("facilitator_id", self.tr("Animé par"), self.facilitator),
                ("subgroup_id", self.tr("Pour"), self.subgroup),
                ("place", self.tr("Lieu"), self.place),
                ("mentor_id", self.tr("Marraine / parrain"), self.mentor),
                ("host_organisation_id", self.tr("Visite chez"), self.host),
                ("meeting_point", self.tr("Point de rendez-vous"), self.meeting_point),
                ("notes", self.tr("Notes"), self.notes),
                ("status", self.tr("État"), self.status),
            ),
        )
        self.lay_out(form)
        if morning is not None:
            self.module.setCurrentIndex(max(0, self.module.findData(morning.module_id)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(morning.kind)))
            self.facilitator.setCurrentIndex(
                max(0, self.facilitator.findData(morning.facilitator_id))
            )
            self.subgroup.setCurrentIndex(max(0, self.subgroup.findData(morning.subgroup_id)))
            self.place.setText(morning.place)
            self.mentor.setCurrentIndex(max(0, self.mentor.findData(morning.mentor_id)))
            self.host.setCurrentIndex(max(0, self.host.findData(morning.host_organisation_id)))
            self.meeting_point.setText(morning.meeting_point)
            self.notes.setPlainText(morning.notes)
            self.status.setCurrentIndex(max(0, self.status.findData(morning.status)))
        self.date.setFocus()

    def _module_picked(self) -> None:
        module = self._modules.get(self.module.currentData())
        if module is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(module.kind)))

    def typed(self) -> MorningInput:
        return MorningInput(
            date=to_date(self.date),
            start_time=to_time(self.start),
            end_time=to_time(self.end),
            kind=self.kind.currentData(),
            module_id=self.module.currentData(),
            facilitator_id=self.facilitator.currentData(),
            place=self.place.text(),
            notes=self.notes.toPlainText(),
            status=self.status.currentData(),
            subgroup_id=self.subgroup.currentData(),
            mentor_id=self.mentor.currentData(),
            host_organisation_id=self.host.currentData(),
            meeting_point=self.meeting_point.text(),
        )


class MoveDialog(FormDialog):
    """Move a morning to another day and start time; `save((date, time))`."""

    def __init__(self, save: Callable, morning: MorningInfo, parent=None):
        super().__init__(save, parent)
        self.setObjectName("move_dialog")
        self.setWindowTitle(self.tr("Déplacer la matinée"))
        self.date = date_edit(morning.date)
        self.start = time_edit(morning.start_time)
        form = QFormLayout()
        form.addRow(
            QLabel(joined(morning.title, listed(format_date(morning.date), morning.time_range)))
        )
        self.add_rows(
            form,
            (
                ("date", self.tr("Nouvelle date"), self.date),
                ("start_time", self.tr("Début"), self.start),
            ),
        )
        self.lay_out(form)

    def typed(self):
        return to_date(self.date), to_time(self.start)


class CopyWeekDialog(FormDialog):
    """Copy the shown week to another week; `save(monday)`."""

    def __init__(self, save: Callable, monday: dt.date, parent=None):
        super().__init__(save, parent)
        self.setObjectName("copy_week_dialog")
        self.setWindowTitle(self.tr("Copier la semaine"))
        self.target = date_edit(monday + dt.timedelta(days=7))
        form = QFormLayout()
        form.addRow(
            QLabel(
                fill(
                    self.tr("Copier les matinées de la semaine du {date} vers la semaine du :"),
                    date=format_date(monday),
                )
            )
        )
        self.add_rows(form, (("week", self.tr("Semaine"), self.target),))
        self.lay_out(form)

    def typed(self) -> dt.date:
        return to_date(self.target)


class TermDialog(FormDialog):
    """Generate a term from a pattern; `preview(TermPattern)` says what would be made."""

    def __init__(
        self,
        save: Callable,
        preview: Callable[[TermPattern], str],
        start: dt.date,
        end: dt.date,
        modules: list[ModuleInfo],
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("term_dialog")
        self.setWindowTitle(self.tr("Générer une période"))
        size_by_font(self, min_width=74)
        self._preview = preview
        self.start = date_edit(start)
        self.end = date_edit(end)
        days, self.weekdays = weekday_boxes()
        for index, box in enumerate(self.weekdays):
            box.setChecked(index < 4)
            box.toggled.connect(self.update_preview)
        self.start_time = time_edit(dt.time(9))
        self.end_time = time_edit(dt.time(12))
        self.kind = kind_box()
        self.module = module_box(modules)
        self.place = QLineEdit()
        self.summary = QLabel()
        self.summary.setObjectName("term_summary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("start", self.tr("Du"), self.start),
                ("end", self.tr("Au"), self.end),
                ("weekdays", self.tr("Jours"), days),
                ("start_time", self.tr("Début"), self.start_time),
                ("end_time", self.tr("Fin"), self.end_time),
                ("kind", self.tr("Type"), self.kind),
                ("module_id", self.tr("Module"), self.module),
                ("place", self.tr("Lieu"), self.place),
            ),
        )
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.update_preview)
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(self.update_preview)
        hint = QLabel(self.tr("Les jours fériés belges et les fermetures sont sautés."))
        hint.setWordWrap(True)
        self.lay_out(form, hint, self.summary)
        self.update_preview()

    def update_preview(self, *_args) -> None:
        try:
            self.summary.setText(self._preview(self.typed()))
        except ValidationError as error:
            self.summary.setText(error.message)

    def typed(self) -> TermPattern:
        return TermPattern(
            start=to_date(self.start),
            end=to_date(self.end),
            weekdays=tuple(i for i, box in enumerate(self.weekdays) if box.isChecked()),
            start_time=to_time(self.start_time),
            end_time=to_time(self.end_time),
            kind=self.kind.currentData(),
            module_id=self.module.currentData(),
            place=self.place.text(),
        )


class ClosureDialog(FormDialog):
    """A closure typed as text (31/12/2022) so an impossible date gets a clear message."""

    def __init__(self, save: Callable, parent=None):
        super().__init__(save, parent)
        self.setObjectName("closure_dialog")
        self.setWindowTitle(self.tr("Nouvelle fermeture"))
        self.start = QLineEdit()
        self.start.setPlaceholderText("31/10/2022")
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("vide = un seul jour"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("par exemple : congé d'automne"))
        self.all_cohorts = QCheckBox(self.tr("Pour toutes les cohortes"))
        self.all_cohorts.setAccessibleName(self.all_cohorts.text())
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("start_date", self.tr("Du *"), self.start),
                ("end_date", self.tr("Au"), self.end),
                ("reason", self.tr("Raison"), self.reason),
            ),
        )
        form.addRow("", self.all_cohorts)
        self.lay_out(form)

    def typed(self):
        return self.start.text(), self.end.text(), self.reason.text(), self.all_cohorts.isChecked()


class PrerequisiteDialog(FormDialog):
    """A rule: a module to follow before another module or before every morning of a kind.
    `save((required_module_id, module_id, kind))`."""

    def __init__(self, save: Callable, modules: list[ModuleInfo], parent=None):
        super().__init__(save, parent)
        self.setObjectName("prerequisite_dialog")
        self.setWindowTitle(self.tr("Nouveau prérequis"))
        self.required = module_box(modules)
        self.target = QComboBox()
        self.target.addItem("—", None)
        for kind in values(MorningKind):
            self.target.addItem(
                fill(self.tr("toutes les matinées « {kind} »"), kind=morning_kind_label(kind)),
                ("kind", kind),
            )
        for module in sorted(modules, key=lambda m: sort_key(m.label)):
            self.target.addItem(module.label, ("module", module.id))
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("required_module_id", self.tr("D'abord le module"), self.required),
                ("module_id", self.tr("Avant"), self.target),
            ),
        )
        self.lay_out(form)

    def typed(self):
        target = self.target.currentData()
        module_id = target[1] if target and target[0] == "module" else None
        kind = target[1] if target and target[0] == "kind" else None
        return self.required.currentData(), module_id, kind


class ModuleDialog(FormDialog):
    """A new module of the catalogue; `save((name, kind))`."""

    def __init__(self, save: Callable, parent=None):
        super().__init__(save, parent)
        self.setObjectName("module_dialog")
        self.setWindowTitle(self.tr("Nouveau module"))
        self.name = QLineEdit()
        self.kind = kind_box()
        form = QFormLayout()
        self.add_rows(
            form,
            (("name", self.tr("Nom *"), self.name), ("kind", self.tr("Type"), self.kind)),
        )
        self.lay_out(form)

    def typed(self):
        return self.name.text(), self.kind.currentData()
