"""Undoable schedule changes (Edit > Undo / Redo). Each was already made when pushed; undo and redo
run one unit of work through the services and tell the other screens ("schedule").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill, format_day_month
from app.services.schedule import attendance, term
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInfo, MorningInput
from app.services.schedule.term import ClosureInfo
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand

t = QCoreApplication.translate  # literal calls, so that the catalogue finds the texts


class _ScheduleCommand(DoneCommand):
    area = Area.SCHEDULE


class AddMornings(_ScheduleCommand):
    """One morning added, or many (a generated term, a copied week)."""

    def __init__(self, ctx: AppContext, mornings: list[MorningInfo], text: str):
        super().__init__(ctx, text)
        self.mornings = list(mornings)

    def _apply(self, session) -> None:
        self.mornings = [
            schedule.create_morning(session, m.cohort_id, m.as_input()) for m in self.mornings
        ]

    def _revert(self, session) -> None:
        for morning in self.mornings:
            schedule.delete_morning(session, morning.id)


class DeleteMorning(AddMornings):
    def __init__(self, ctx: AppContext, morning: MorningInfo):
        super().__init__(
            ctx,
            [morning],
            fill(
                t("Schedule", "suppression de la matinée du {date}"),
                date=format_day_month(morning.date),
            ),
        )

    def _apply(self, session) -> None:
        AddMornings._revert(self, session)

    def _revert(self, session) -> None:
        AddMornings._apply(self, session)


class EditMorning(_ScheduleCommand):
    """An edit, a move or a change of state."""

    def __init__(
        self, ctx: AppContext, morning_id: int, before: MorningInput, after: MorningInput, text: str
    ):
        super().__init__(ctx, text)
        self.morning_id, self.before, self.after = morning_id, before, after

    def _apply(self, session) -> None:
        schedule.update_morning(session, self.morning_id, self.after)

    def _revert(self, session) -> None:
        schedule.update_morning(session, self.morning_id, self.before)


class SetAttendance(_ScheduleCommand):
    def __init__(
        self, ctx: AppContext, morning_id: int, person_id: int, before, after, morning_status: str
    ):
        super().__init__(ctx, t("Schedule", "note de présence"))
        self.morning_id, self.person_id = morning_id, person_id
        self.before, self.after, self.morning_status = before, after, morning_status

    def _apply(self, session) -> None:
        attendance.set_attendance(session, self.morning_id, self.person_id, self.after)

    def _revert(self, session) -> None:
        attendance.set_attendance(session, self.morning_id, self.person_id, self.before)
        if schedule.get_morning(session, self.morning_id).status != self.morning_status:
            schedule.set_status(session, self.morning_id, self.morning_status)


class AddClosure(_ScheduleCommand):
    def __init__(self, ctx: AppContext, closure: ClosureInfo):
        super().__init__(ctx, t("Schedule", "ajout d'une fermeture"))
        self.closure = closure

    def _apply(self, session) -> None:
        c = self.closure
        self.closure = term.add_closure(session, c.cohort_id, c.start_date, c.end_date, c.reason)

    def _revert(self, session) -> None:
        term.delete_closure(session, self.closure.id)


class DeleteClosure(AddClosure):
    def __init__(self, ctx: AppContext, closure: ClosureInfo):
        super().__init__(ctx, closure)
        self.setText(t("Schedule", "suppression d'une fermeture"))

    def _apply(self, session) -> None:
        AddClosure._revert(self, session)

    def _revert(self, session) -> None:
        AddClosure._apply(self, session)


class AddPrerequisite(_ScheduleCommand):
    def __init__(self, ctx: AppContext, rule):
        super().__init__(ctx, t("Schedule", "ajout d'un prérequis"))
        self.rule = rule

    def _apply(self, session) -> None:
        from app.services.schedule import prerequisites

        r = self.rule
        self.rule = prerequisites.add_prerequisite(
            session, r.required_module_id, r.module_id, r.morning_kind
        )

    def _revert(self, session) -> None:
        from app.services.schedule import prerequisites

        prerequisites.remove_prerequisite(session, self.rule.id)


class RemovePrerequisite(AddPrerequisite):
    def __init__(self, ctx: AppContext, rule):
        super().__init__(ctx, rule)
        self.setText(t("Schedule", "suppression d'un prérequis"))

    def _apply(self, session) -> None:
        AddPrerequisite._revert(self, session)

    def _revert(self, session) -> None:
        AddPrerequisite._apply(self, session)


class AddSubgroup(_ScheduleCommand):
    def __init__(self, ctx: AppContext, subgroup):
        super().__init__(
            ctx,
            fill(
                QCoreApplication.translate("Schedule", "nouveau sous-groupe {name}"),
                name=subgroup.name,
            ),
        )
        self.subgroup = subgroup

    def _apply(self, session) -> None:
        from app.services.schedule.subgroups import create_subgroup

        self.subgroup = create_subgroup(
            session, self.subgroup.cohort_id, self.subgroup.name, self.subgroup.member_ids
        )

    def _revert(self, session) -> None:
        from app.services.schedule.subgroups import delete_subgroup

        delete_subgroup(session, self.subgroup.id)


class RenameSubgroup(_ScheduleCommand):
    def __init__(self, ctx: AppContext, before, after):
        super().__init__(
            ctx,
            fill(
                QCoreApplication.translate("Schedule", "sous-groupe renommé {name}"),
                name=after.name,
            ),
        )
        self.before, self.after = before, after

    def _apply(self, session) -> None:
        from app.services.schedule.subgroups import rename_subgroup

        rename_subgroup(session, self.after.id, self.after.name)

    def _revert(self, session) -> None:
        from app.services.schedule.subgroups import rename_subgroup

        rename_subgroup(session, self.before.id, self.before.name)
