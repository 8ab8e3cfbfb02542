"""Undoable changes to label templates (Edit > Undo / Redo)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.labels import templates as label_templates
from app.services.labels.templates import LabelTemplate, template_input
from app.ui.context import AppContext


class DeleteTemplate(QUndoCommand):
    """The template was already deleted when the command is pushed: the first redo does nothing."""

    def __init__(self, ctx: AppContext, template: LabelTemplate):
        super().__init__(
            QCoreApplication.translate("Labels", "Supprimer le modèle {name}").format(
                name=template.name
            )
        )
        self.ctx, self.template, self._first = ctx, template, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with self.ctx.db.session() as session:
            label_templates.delete_custom_template(session, self.template.id)
        self.ctx.changed("labels")

    def undo(self) -> None:
        with self.ctx.db.session() as session:
            label_templates.save_custom_template(session, template_input(self.template))
        self.ctx.changed("labels")
