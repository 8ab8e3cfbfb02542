"""Cohorte › Modifier la cohorte…: the dialog drawn from the stored cohort; its save writes only
the settings she changed (`update_cohort` with what the dialog showed) and is refused when another
window changed the same settings meanwhile; then Édition › Annuler on the visible tab puts back
what this save changed, and only that."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.people import cohorts
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import FieldsSaved


def edit_cohort(ctx: AppContext, parent) -> bool:
    """Open the current cohort's settings; a save announces the cohorts' change and goes on the
    visible tab's undo history. True when something was saved."""
    from app.ui.cohort_dialog import CohortDialog
    from app.ui.stale import SeenRecord

    cohort_id = ctx.cohort_id
    if cohort_id is None:
        return False

    def write(session, data, seen_input):
        return cohorts.update_cohort(session, cohort_id, data, seen_input)

    with ctx.db.session() as session:
        shown = cohorts.get_cohort(session, cohort_id)
    seen = SeenRecord(
        ctx,
        (Area.COHORTS,),
        shown,
        lambda session: cohorts.get_cohort(session, cohort_id),
        write,
        seen_of=lambda record: record.as_input(),
    )
    dialog = CohortDialog(seen.save, ctx.today(), shown, parent, reload=seen.reload)
    if not dialog.exec() or dialog.result_value is None:
        return False
    stack = ctx.undo_group.activeStack()
    if stack is not None:
        t = QCoreApplication.translate
        stack.push(
            FieldsSaved(
                ctx,
                t("CohortDialog", "modification de la cohorte"),
                Area.COHORTS,
                write,
                *seen.undo_values(dialog.result_value),
                refusal=(
                    t("CohortDialog", "Cohorte"),
                    t(
                        "CohortDialog",
                        "Cette cohorte a été changée ou supprimée depuis, dans une autre fenêtre : "
                        "elle reste comme elle est.",
                    ),
                ),
            )
        )
    return True
