"""Undoable changes to the thematic circles: a circle made or edited, a checklist line added or
ticked, a meeting written or edited, the lead passed on, a task given to the circle. Each undo or
redo is one unit of work and announces the circles (and Today, for tasks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.services.circles import checklist, circles, lead, meetings
from app.services.circles.circles import CircleInfo, CircleInput
from app.services.circles.meetings import MeetingInfo
from app.services.delegate import tasks
from app.services.delegate.tasks import TaskInput
from app.services.today.day_records import TaskInfo
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class _CirclesCommand(DoneCommand):
    area = Area.CIRCLES


class AddCircle(_CirclesCommand):
    def __init__(self, ctx: AppContext, circle: CircleInfo):
        super().__init__(ctx, QCoreApplication.translate("Circles", "nouveau cercle"))
        self.circle = circle

    def _apply(self, session) -> None:
        self.circle = circles.create_circle(session, self.circle.as_input())

    def _revert(self, session) -> None:
        circles.delete_circle(session, self.circle.id)


class EditCircle(_CirclesCommand):
    def __init__(self, ctx: AppContext, circle_id: int, before: CircleInput, after: CircleInput):
        super().__init__(ctx, QCoreApplication.translate("Circles", "modification d'un cercle"))
        self.circle_id, self.before, self.after = circle_id, before, after

    def _apply(self, session) -> None:
        circles.update_circle(session, self.circle_id, self.after)

    def _revert(self, session) -> None:
        circles.update_circle(session, self.circle_id, self.before)


class AddChecklistLine(_CirclesCommand):
    def __init__(self, ctx: AppContext, line: checklist.ChecklistLine):
        super().__init__(ctx, QCoreApplication.translate("Circles", "ajout à la liste du cercle"))
        self.line = line

    def _apply(self, session) -> None:
        self.line = checklist.add_item(
            session, self.line.circle_id, self.line.text, self.line.position
        )

    def _revert(self, session) -> None:
        checklist.remove_item(session, self.line.id)


class TickChecklistLine(_CirclesCommand):
    def __init__(
        self, ctx: AppContext, line: checklist.ChecklistLine, on: dt.date, who: int | None
    ):
        super().__init__(ctx, QCoreApplication.translate("Circles", "point de la liste coché"))
        self.line, self.on, self.who = line, on, who

    def _apply(self, session) -> None:
        checklist.set_done(session, self.line.id, not self.line.done, self.on, self.who)

    def _revert(self, session) -> None:
        checklist.set_done(
            session,
            self.line.id,
            self.line.done,
            self.line.done_on or self.on,
            self.line.done_by_id,
        )


class AddMeeting(_CirclesCommand):
    def __init__(self, ctx: AppContext, meeting: MeetingInfo):
        super().__init__(ctx, QCoreApplication.translate("Circles", "réunion du cercle"))
        self.meeting = meeting

    def _apply(self, session) -> None:
        m = self.meeting
        self.meeting = meetings.record_meeting(session, m.circle_id, m.held_on, m.minutes)

    def _revert(self, session) -> None:
        meetings.delete_meeting(session, self.meeting.id)


class EditMeeting(_CirclesCommand):
    def __init__(self, ctx: AppContext, before: MeetingInfo, after: MeetingInfo):
        super().__init__(ctx, QCoreApplication.translate("Circles", "compte rendu modifié"))
        self.before, self.after = before, after

    def _apply(self, session) -> None:
        meetings.update_meeting(session, self.after.id, self.after.held_on, self.after.minutes)

    def _revert(self, session) -> None:
        meetings.update_meeting(session, self.before.id, self.before.held_on, self.before.minutes)


class PassLead(_CirclesCommand):
    def __init__(self, ctx: AppContext, turn: lead.LeadTurn):
        super().__init__(ctx, QCoreApplication.translate("Circles", "animation passée"))
        self.turn = turn

    def _apply(self, session) -> None:
        t = self.turn
        self.turn = lead.pass_lead(session, t.circle_id, t.started_on, t.person_id)

    def _revert(self, session) -> None:
        lead.remove_turn(session, self.turn.id)


class AddCircleTask(_CirclesCommand):
    """A task of the circle; it also shows on the Today screen."""

    def __init__(self, ctx: AppContext, cohort_id: int, task: TaskInfo):
        super().__init__(ctx, QCoreApplication.translate("Circles", "tâche du cercle"))
        self.cohort_id, self.task = cohort_id, task

    def _apply(self, session) -> None:
        t = self.task
        data = TaskInput(t.text, t.assignee_id, t.due_date, t.circle_id)
        self.task = tasks.add_task(session, self.cohort_id, data, t.created_on)
        self.ctx.changed(Area.TODAY)

    def _revert(self, session) -> None:
        tasks.delete_task(session, self.task.id)
        self.ctx.changed(Area.TODAY)
