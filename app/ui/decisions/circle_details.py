"""The selected circle, beside the list: its mandate and members, who leads it and who is next
(with the button that passes the lead on), its starter checklist (tick a line, add one), its
meetings with their minutes and its open tasks (they also show on Today). Every change is undoable
on the tab's stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, format_date, listing
from app.services.circles import checklist, lead, meetings
from app.services.circles import tasks as circle_tasks
from app.services.circles.circles import CircleInfo
from app.services.errors import ValidationError
from app.ui.areas import Area
from app.ui.decisions.circle_commands import (
    AddChecklistLine,
    AddCircleTask,
    AddMeeting,
    EditMeeting,
    PassLead,
    TickChecklistLine,
)
from app.ui.field_errors import FieldErrors
from app.ui.row_model import Column, RowModel
from app.ui.style import size_by_font
from app.ui.table_view import read_only_table, selected_row, sorted_proxy
from app.ui.widgets import button, hbox, named
from app.vocab.people import Gender

ITEM_ID = Qt.ItemDataRole.UserRole


def meetings_model(parent=None) -> RowModel:
    return RowModel(
        [
            Column(
                QCoreApplication.translate("Circles", "Date"),
                lambda m: format_date(m.held_on),
            ),
            Column(QCoreApplication.translate("Circles", "Compte rendu"), lambda m: m.minutes),
        ],
        parent=parent,
    )


def _box(title: str, name: str, *parts) -> QGroupBox:
    box = QGroupBox(title)
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return box


class CircleDetails(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.circle: CircleInfo | None = None
        self.lines: list[checklist.ChecklistLine] = []
        self.mandate = QLabel()
        self.mandate.setWordWrap(True)
        self.mandate.setObjectName("circle_mandate")
        self.members_label = QLabel()
        self.members_label.setWordWrap(True)
        self.lead_label = QLabel()
        self.lead_label.setWordWrap(True)
        self.lead_button = button(self.tr("Passer l'animation"), "pass_lead", self.pass_lead)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mandate)
        layout.addWidget(self.members_label)
        layout.addLayout(hbox(self.lead_label, self.lead_button, margins=False))
        layout.addWidget(self._build_checklist())
        layout.addWidget(self._build_meetings())
        layout.addWidget(self._build_tasks())

    def _build_checklist(self) -> QGroupBox:
        self.checklist = named(QListWidget(), "circle_checklist", self.tr("Liste de départ"))
        size_by_font(self.checklist, height=4.5)
        self.checklist.itemChanged.connect(self._ticked)
        self.new_line = named(
            QLineEdit(),
            "new_checklist_line",
            self.tr("Nouveau point de la liste"),
            placeholder=self.tr("par exemple : choisir les fournisseurs"),
        )
        self.new_line.returnPressed.connect(self.add_line)
        self.errors = FieldErrors(QLabel())
        error_line = self.errors.add("text", self.new_line)
        add = button(self.tr("Ajouter"), "add_checklist_line", self.add_line)
        return _box(
            self.tr("Liste de départ"),
            "circle_checklist_box",
            self.checklist,
            hbox(self.new_line, add, margins=False),
            error_line,
        )

    def _build_meetings(self) -> QGroupBox:
        self.meetings_model = meetings_model(self)
        self.meetings_proxy = sorted_proxy(self.meetings_model, self)
        self.meetings_table = read_only_table(
            "circle_meetings", self.tr("Réunions"), self.meetings_proxy
        )
        size_by_font(self.meetings_table, height=4.5)
        self.meetings_table.doubleClicked.connect(lambda _index: self.edit_meeting())
        add = button(self.tr("Nouvelle réunion"), "add_meeting", self.add_meeting)
        edit = button(self.tr("Modifier le compte rendu"), "edit_meeting", self.edit_meeting)
        bring = button(
            self.tr("Apporter au groupe…"),
            "bring_to_group",
            self.bring_to_group,
            accessible=self.tr("Apporter au groupe"),
            tooltip=self.tr("Une nouvelle décision du registre, à partir de ce compte rendu"),
        )
        return _box(
            self.tr("Réunions"),
            "circle_meetings_box",
            self.meetings_table,
            hbox(add, edit, bring, stretch_after=True, margins=False),
        )

    def _build_tasks(self) -> QGroupBox:
        self.task_list = named(QListWidget(), "circle_tasks", self.tr("Tâches du cercle"))
        size_by_font(self.task_list, height=3.5)
        add = button(self.tr("Nouvelle tâche"), "add_circle_task", self.add_task)
        return _box(
            self.tr("Tâches du cercle (aussi sur Aujourd'hui)"),
            "circle_tasks_box",
            self.task_list,
            hbox(add, stretch_after=True, margins=False),
        )

    # --- showing --------------------------------------------------------------------------------
    def show_circle(self, circle: CircleInfo | None) -> None:
        self.circle = circle
        self.setEnabled(circle is not None)
        if circle is None:
            for label in (self.mandate, self.members_label, self.lead_label):
                label.clear()
            self.checklist.clear()
            self.meetings_model.set_rows([])
            self.task_list.clear()
            return
        with self.ctx.db.session() as session:
            self.lines = checklist.checklist(session, circle.id)
            held = meetings.meetings(session, circle.id)
            open_tasks = circle_tasks.open_circle_tasks(session, circle.id)
            next_id = lead.next_lead(session, circle.id)
        self.mandate.setText(
            fill(
                self.tr("Décide seul : {alone}\nApporte au groupe : {group}"),
                alone=circle.decides_alone or "—",
                group=circle.brings_to_group or "—",
            )
        )
        self.members_label.setText(
            fill(self.tr("Membres : {names}"), names=listing(n for _, n in circle.members))
        )
        self.lead_label.setText(
            fill(
                self.tr("Animateur : {lead} · ensuite : {next}")
                if circle.lead_gender == Gender.MAN
                else self.tr("Animatrice : {lead} · ensuite : {next}"),
                lead=circle.lead_name or "—",
                next=dict(circle.members).get(next_id, "—"),
            )
        )
        self._fill_checklist()
        self.meetings_model.set_rows(held)
        self.task_list.clear()
        for task in open_tasks:
            details = [d for d in (task.assignee_name,) if d]
            if task.due_date:
                details.append(fill(self.tr("pour le {date}"), date=format_date(task.due_date)))
            self.task_list.addItem(" · ".join([task.text, *details]))

    def _fill_checklist(self) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for line in self.lines:
            text = line.text
            if line.done:
                text = fill(
                    self.tr("{text} (fait le {date})"),
                    text=line.text,
                    date=format_date(line.done_on),
                )
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if line.done else Qt.CheckState.Unchecked)
            item.setData(ITEM_ID, line.id)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)

    # --- actions --------------------------------------------------------------------------------
    def _ticked(self, item: QListWidgetItem) -> None:
        line = next((x for x in self.lines if x.id == item.data(ITEM_ID)), None)
        if line is None or self.circle is None:
            return
        on, who = self.ctx.today(), self.circle.lead_id
        with self.ctx.db.session() as session:
            checklist.set_done(session, line.id, not line.done, on, who)
        self.ctx.undo_stack.push(TickChecklistLine(self.ctx, line, on, who))
        self.ctx.changed(Area.CIRCLES)

    def add_line(self) -> None:
        if self.circle is None:
            return
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                line = checklist.add_item(session, self.circle.id, self.new_line.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        self.new_line.clear()
        self.ctx.undo_stack.push(AddChecklistLine(self.ctx, line))
        self.ctx.changed(Area.CIRCLES)

    def pass_lead(self) -> None:
        if self.circle is None:
            return
        with self.ctx.db.session() as session:
            turn = lead.pass_lead(session, self.circle.id, self.ctx.today())
        self.ctx.undo_stack.push(PassLead(self.ctx, turn))
        self.ctx.changed(Area.CIRCLES)

    def add_meeting(self) -> None:
        from app.ui.decisions.meeting_dialog import MeetingDialog

        if self.circle is None:
            return
        circle_id = self.circle.id

        def save(held_on, minutes):
            with self.ctx.db.session() as session:
                return meetings.record_meeting(session, circle_id, held_on, minutes)

        dialog = MeetingDialog(save, self.ctx.today(), parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddMeeting(self.ctx, dialog.result_value))
            self.ctx.changed(Area.CIRCLES)

    def edit_meeting(self) -> None:
        from app.ui.decisions.meeting_dialog import MeetingDialog

        before = selected_row(self.meetings_table, self.meetings_proxy, self.meetings_model)
        if before is None:
            return

        def save(held_on, minutes):
            with self.ctx.db.session() as session:
                return meetings.update_meeting(session, before.id, held_on, minutes)

        dialog = MeetingDialog(save, self.ctx.today(), before, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(EditMeeting(self.ctx, before, dialog.result_value))
            self.ctx.changed(Area.CIRCLES)

    def bring_to_group(self) -> None:
        """What the circle brings to the group becomes a decision of the register: the form of a
        new decision opens with the meeting's minutes as the proposal."""
        from app.services.decisions import register
        from app.ui.decisions.commands import AddDecision
        from app.ui.decisions.decision_dialog import DecisionDialog

        circle = self.circle
        meeting = selected_row(self.meetings_table, self.meetings_proxy, self.meetings_model)
        if circle is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return register.record_decision(session, data)

        with self.ctx.db.session() as session:
            members = register.cohort_members(session, circle.cohort_id)
        dialog = DecisionDialog(save, circle.cohort_id, members, self.ctx.today(), parent=self)
        dialog.title_edit.setText(circle.name)  # data, not a sentence: no isolates stored
        if meeting is not None:
            dialog.proposal.setPlainText(meeting.minutes)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddDecision(self.ctx, dialog.result_value))
            self.ctx.changed(Area.DECISIONS)

    def add_task(self) -> None:
        from app.services.delegate import tasks
        from app.ui.delegate.dialogs import TaskDialog

        circle = self.circle
        if circle is None:
            return
        today = self.ctx.today()

        def save(data):
            with self.ctx.db.session() as session:
                return tasks.add_task(session, circle.cohort_id, data, today)

        dialog = TaskDialog(save, list(circle.members), [(circle.id, circle.name)], today, self)
        dialog.fields.circle.setCurrentIndex(dialog.fields.circle.findData(circle.id))
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddCircleTask(self.ctx, circle.cohort_id, dialog.result_value))
            self.ctx.changed(Area.CIRCLES, Area.TODAY)
