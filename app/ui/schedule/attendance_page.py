"""The "Présences" page of the Schedule tab: the members × mornings grid, the follow-up alerts,
"all present", and the attestation of the chosen member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import fill
from app.services.errors import StaleError, ValidationError
from app.services.schedule import attendance
from app.services.schedule.attendance import (
    AttendanceGrid,
    MemberAttendance,
    follow_up_sentence,
)
from app.ui.areas import Area
from app.ui.schedule.commands import SetAttendance
from app.ui.schedule.models import STATUS_CYCLE, AttendanceModel
from app.ui.schedule.views import AttendanceView
from app.ui.style import Role, set_role
from app.ui.widgets import button


class AttendancePage(QWidget):
    """`say(text)` shows a message under the tab (errors, what was done)."""

    def __init__(self, ctx, say: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.say = say
        self.setObjectName("attendance_page")
        self.model = AttendanceModel(self)
        self.view = AttendanceView(self.set_cell)
        self.view.setModel(self.model)
        self.view.clicked.connect(self.cycle_cell)
        self.alerts_label = QLabel()
        self.alerts_label.setObjectName("attendance_alerts")
        self.alerts_label.setWordWrap(True)
        set_role(self.alerts_label, Role.ALERT_BOX)
        help_label = QLabel(
            self.tr(
                "Cliquez sur une case pour passer à l'état suivant, ou tapez P (présente), "
                "R (en retard), E (excusée), A (absente). Suppr efface."
            )
        )
        help_label.setWordWrap(True)
        self.all_present_button = button(
            self.tr("Toutes présentes à cette matinée"), "all_present", self.all_present, tall=True
        )
        self.attestation_button = button(
            self.tr("Attestation de ce membre"),
            "print_attestation",
            self.print_attestation,
            tall=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addWidget(self.alerts_label)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.attestation_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_grid(self, grid: AttendanceGrid, summaries: list[MemberAttendance]) -> None:
        current = self.view.currentIndex()
        self.model.set_grid(grid, summaries)
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        alerts = [follow_up_sentence(s) for s in summaries if s.needs_follow_up]
        self.alerts_label.setText("\n".join(alerts))
        self.alerts_label.setVisible(bool(alerts))

    def cycle_cell(self, index) -> None:
        """A click: nothing -> present -> late -> excused -> absent -> nothing."""
        cell = self.model.cell(index)
        if cell is None:
            return
        current = self.model.grid.status(*cell)
        self.set_cell(index, STATUS_CYCLE[(STATUS_CYCLE.index(current) + 1) % len(STATUS_CYCLE)])

    def set_cell(self, index, status: str | None) -> None:
        cell = self.model.cell(index)
        if cell is None:
            return
        morning_id, person_id = cell
        morning = next(m for m in self.model.grid.mornings if m.id == morning_id)
        shown = self.model.grid.status(morning_id, person_id)
        try:
            with self.ctx.db.session() as session:
                before = attendance.set_attendance(
                    session, morning_id, person_id, status, seen=shown
                )
        except StaleError as error:
            self.ctx.changed(Area.SCHEDULE)  # noted elsewhere meanwhile: the grid reloads
            self.say(error.message)
            return
        except ValidationError as error:
            self.say(error.message)
            return
        if before != status:
            self.ctx.undo_stack.push(
                SetAttendance(self.ctx, morning_id, person_id, before, status, morning.status)
            )
        self.ctx.changed(Area.SCHEDULE)

    def all_present(self) -> None:
        cell = self.model.cell(self.view.currentIndex())
        if cell is None:
            self.say(self.tr("Cliquez d'abord sur une case de la matinée."))
            return
        with self.ctx.db.session() as session:
            marked = attendance.mark_all_present(session, cell[0])
        self.say(self.tr("%n membre(s) notée(s) présente(s).", "", len(marked)))
        self.ctx.changed(Area.SCHEDULE)

    def print_attestation(self) -> None:
        from app.printing.attestation import attestation_pdf
        from app.ui.pdf_preview import preview_pdf

        index = self.view.currentIndex()
        members = self.model.grid.members
        if self.ctx.cohort_id is None or not index.isValid() or index.row() >= len(members):
            self.say(self.tr("Cliquez d'abord sur la ligne d'un membre."))
            return
        member = members[index.row()]
        with self.ctx.db.session() as session:
            pdf = attestation_pdf(session, self.ctx.cohort_id, member.id, self.ctx.today())
        preview_pdf(
            pdf,
            fill(self.tr("Attestation de {name}"), name=member.name),
            f"attestation-{member.name.replace(' ', '-').lower()}.pdf",
            self,
        )
