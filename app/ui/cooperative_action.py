"""Fichier › Paramètres de la coopérative…: the dialog drawn from the stored settings; its save
writes only what she changed (`save_cooperative` with what the dialog showed) and is refused
when another window changed the same settings meanwhile; then Édition › Annuler on the visible
tab puts back what this save changed, and only that."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services.errors import NotFound, ValidationError
from app.services.people import cooperative
from app.services.people.cooperative import CooperativeInfo
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class EditCooperative(DoneCommand):
    """The settings saved from `before` to `after`; undo writes back the fields this save changed
    (as they were before), redo writes them again; each is refused if they changed since."""

    area = Area.COOPERATIVE

    def __init__(self, ctx: AppContext, before: CooperativeInfo, after: CooperativeInfo):
        t = QCoreApplication.translate
        super().__init__(
            ctx, t("CooperativeDialog", "modification des paramètres de la coopérative")
        )
        self.before, self.after = before, after

    def _apply(self, session) -> None:
        cooperative.save_cooperative(session, self.after, seen=self.before)

    def _revert(self, session) -> None:
        cooperative.save_cooperative(session, self.before, seen=self.after)

    def _refused(self, error: NotFound | ValidationError) -> None:
        """Another window changed the same settings since (`StaleError`): say so, nothing was
        written."""
        t = QCoreApplication.translate
        QMessageBox.warning(
            None,
            t("CooperativeDialog", "Paramètres de la coopérative"),
            t(
                "CooperativeDialog",
                "Ces paramètres ont été changés depuis, dans une autre fenêtre : ils restent "
                "comme ils sont.",
            ),
        )


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
        lambda session, data, before: cooperative.save_cooperative(session, data, before),
        seen_of=lambda record: record,
    )
    dialog = CooperativeDialog(seen.save, shown, parent, reload=seen.reload)
    if not dialog.exec() or dialog.result_value is None:
        return
    stack = ctx.undo_group.activeStack()
    if seen.record is not None and stack is not None:  # creating it is not undone
        stack.push(EditCooperative(ctx, *seen.undo_values(dialog.result_value)))
