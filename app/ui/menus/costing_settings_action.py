"""Menus › TVA et objectif de marge…: the dialog drawn from the stored settings; its save writes
only the settings she changed and is refused when another window changed the same ones meanwhile
(the dialog then shows them); Édition › Annuler on the Menus tab puts back what the save changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.menus import costing_settings
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import FieldsSaved


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
    t = QCoreApplication.translate
    ctx.undo_stack.push(
        FieldsSaved(
            ctx,
            t("CostingSettingsDialog", "modification de la TVA et de la marge"),
            Area.SETTINGS,
            costing_settings.save_costing_settings,
            *seen.undo_values(dialog.result_value),
            refusal=(
                t("CostingSettingsDialog", "TVA et objectif de marge"),
                t(
                    "CostingSettingsDialog",
                    "Ces réglages ont été changés depuis, dans une autre fenêtre : ils restent "
                    "comme ils sont.",
                ),
            ),
        )
    )
    return True
