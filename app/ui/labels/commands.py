"""Undoable changes to label templates (Edit > Undo / Redo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.services.labels import templates as label_templates
from app.services.labels.templates import LabelTemplate, template_input
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand


class DeleteTemplate(DoneCommand):
    """The template was already deleted when the command is pushed."""

    area = Area.LABELS

    def __init__(self, ctx: AppContext, template: LabelTemplate):
        super().__init__(
            ctx,
            fill(
                QCoreApplication.translate("Labels", "suppression du modèle {name}"),
                name=template.name,
            ),
        )
        self.template = template

    def _apply(self, session) -> None:
        label_templates.delete_custom_template(session, self.template.id)

    def _revert(self, session) -> None:
        label_templates.save_custom_template(session, template_input(self.template))
