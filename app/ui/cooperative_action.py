"""Fichier › Paramètres de la coopérative…: the dialog drawn from the stored settings; its save
writes only what she changed (`save_cooperative` with what the dialog showed) and is refused
when another window changed the same settings meanwhile; then Édition › Annuler on the visible
tab puts back what this save changed, and only that."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.people import cooperative
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import FieldsSaved


def edit_cooperative(ctx: AppContext, parent) -> None:
    """Open the settings; a save announces the cooperative's change and, when the cooperative
    already existed, goes on the visible tab's undo history."""
    from app.ui.cooperative_dialog import CooperativeDialog
    from app.ui.stale import SeenRecord

    with ctx.db.session() as session:
        shown = cooperative.get_cooperative(session)
    seen = SeenRecord(
        ctx,
        (Area.COOPERATIVE,),
        shown,
        cooperative.get_cooperative,
        cooperative.save_cooperative,
        seen_of=lambda record: record,
    )
    dialog = CooperativeDialog(seen.save, shown, parent, reload=seen.reload)
    if not dialog.exec() or dialog.result_value is None:
        return
    stack = ctx.undo_group.activeStack()
    if seen.record is None or stack is None:  # creating it is not undone
        return
    t = QCoreApplication.translate
    stack.push(
        FieldsSaved(
            ctx,
            t("CooperativeDialog", "modification des paramètres de la coopérative"),
            Area.COOPERATIVE,
            cooperative.save_cooperative,
            *seen.undo_values(dialog.result_value),
            refusal=(
                t("CooperativeDialog", "Paramètres de la coopérative"),
                t(
                    "CooperativeDialog",
                    "Ces paramètres ont été changés depuis, dans une autre fenêtre : ils restent "
                    "comme ils sont.",
                ),
            ),
        )
    )
