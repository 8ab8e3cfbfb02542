"""Menus › TVA et objectif de marge…: the dialog drawn from the stored settings; its save writes
only the settings she changed and is refused when another window changed the same ones meanwhile
(the dialog then shows them); Édition › Annuler on the Menus tab puts back what the save changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services.errors import NotFound, ValidationError
from app.services.menus import costing_settings
from app.services.menus.costing_settings import CostingSettings
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class EditCostingSettings(DoneCommand):
    """The settings saved from `before` to `after`; undo writes back the ones this save changed,
    redo writes them again; each is refused if they changed since."""

    area = Area.SETTINGS

    def __init__(self, ctx: AppContext, before: CostingSettings, after: CostingSettings):
        t = QCoreApplication.translate
        super().__init__(ctx, t("CostingSettingsDialog", "modification de la TVA et de la marge"))
        self.before, self.after = before, after

    def _apply(self, session) -> None:
        costing_settings.save_costing_settings(session, self.after, seen=self.before)

    def _revert(self, session) -> None:
        costing_settings.save_costing_settings(session, self.before, seen=self.after)

    def _refused(self, error: NotFound | ValidationError) -> None:
        t = QCoreApplication.translate
        QMessageBox.warning(
            None,
            t("CostingSettingsDialog", "TVA et objectif de marge"),
            t(
                "CostingSettingsDialog",
                "Ces réglages ont été changés depuis, dans une autre fenêtre : ils restent comme "
                "ils sont.",
            ),
        )


def edit_costing_settings(ctx: AppContext, parent) -> bool:
    """Open the dialog; a save announces the settings' change and goes on `ctx`'s undo stack
    (the Menus tab's). True when something was saved."""
    from app.ui.menus.settings_dialog import CostingSettingsDialog
    from app.ui.stale import SeenRecord

    with ctx.db.session() as session:
        shown = costing_settings.get_costing_settings(session)
    seen = SeenRecord(
        ctx,
        (Area.SETTINGS,),
        shown,
        costing_settings.get_costing_settings,
        costing_settings.save_costing_settings,
        seen_of=lambda record: record,
    )
    dialog = CostingSettingsDialog(seen.save, shown, parent, reload=seen.reload)
    if not dialog.exec() or dialog.result_value is None:
        return False
    ctx.undo_stack.push(EditCostingSettings(ctx, *seen.undo_values(dialog.result_value)))
    return True
