"""Cohorte › Modifier la cohorte…: the dialog drawn from the stored cohort; its save writes only
the settings she changed (`update_cohort` with what the dialog showed) and is refused when another
window changed the same settings meanwhile; then Édition › Annuler on the visible tab puts back
what this save changed, and only that."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services.errors import NotFound, ValidationError
from app.services.people import cohorts
from app.services.people.cohorts import CohortInput
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class EditCohort(DoneCommand):
    """The cohort's settings saved from `before` to `after`; undo writes back the fields this save
    changed (as they were before), redo writes them again; each is refused if they changed since,
    or if the cohort was deleted."""

    area = Area.COHORTS

    def __init__(self, ctx: AppContext, cohort_id: int, before: CohortInput, after: CohortInput):
        t = QCoreApplication.translate
        super().__init__(ctx, t("CohortDialog", "modification de la cohorte"))
        self.cohort_id = cohort_id
        self.before, self.after = before, after

    def _apply(self, session) -> None:
        cohorts.update_cohort(session, self.cohort_id, self.after, seen=self.before)

    def _revert(self, session) -> None:
        cohorts.update_cohort(session, self.cohort_id, self.before, seen=self.after)

    def _refused(self, error: NotFound | ValidationError) -> None:
        """Another window changed the same settings since (`StaleError`) or deleted the cohort:
        say so, nothing was written."""
        t = QCoreApplication.translate
        QMessageBox.warning(
            None,
            t("CohortDialog", "Cohorte"),
            t(
                "CohortDialog",
                "Cette cohorte a été changée ou supprimée depuis, dans une autre fenêtre : elle "
                "reste comme elle est.",
            ),
        )


def edit_cohort(ctx: AppContext, parent) -> bool:
    """Open the current cohort's settings; a save announces the cohorts' change and goes on the
    visible tab's undo history. True when something was saved."""
    from app.ui.cohort_dialog import CohortDialog
    from app.ui.stale import SeenRecord

    cohort_id = ctx.cohort_id
    if cohort_id is None:
        return False
    with ctx.db.session() as session:
        shown = cohorts.get_cohort(session, cohort_id)
    seen = SeenRecord(
        ctx,
        (Area.COHORTS,),
        shown,
        lambda session: cohorts.get_cohort(session, cohort_id),
        lambda session, data, before: cohorts.update_cohort(session, cohort_id, data, before),
        seen_of=lambda record: record.as_input(),
    )
    dialog = CohortDialog(seen.save, ctx.today(), shown, parent, reload=seen.reload)
    if not dialog.exec() or dialog.result_value is None:
        return False
    stack = ctx.undo_group.activeStack()
    if stack is not None:
        stack.push(EditCohort(ctx, cohort_id, *seen.undo_values(dialog.result_value)))
    return True
