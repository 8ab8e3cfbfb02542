"""The dialog for a custom sheet template: page size, label size, margins, pitch, rows, columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from app.services.labels.templates import LabelTemplate, TemplateInput, template_input
from app.ui.dialogs import FormDialog
from app.ui.style import Role, set_role, size_by_font


class TemplateDialog(FormDialog):
    """`save` receives the typed TemplateInput; a ValidationError shows under its field."""

    def __init__(
        self,
        save: Callable[[TemplateInput], LabelTemplate],
        start: LabelTemplate | None,
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(self.tr("Nouveau modèle d'étiquettes"))
        size_by_font(self, min_width=63)
        rows = (
            ("id", self.tr("Code du modèle *"), "MON-70x36"),
            ("name", self.tr("Nom"), self.tr("Mes étiquettes")),
            ("page_width_mm", self.tr("Largeur de la page (mm)"), "210"),
            ("page_height_mm", self.tr("Hauteur de la page (mm)"), "297"),
            ("label_width_mm", self.tr("Largeur d'une étiquette (mm)"), "63,5"),
            ("label_height_mm", self.tr("Hauteur d'une étiquette (mm)"), "38,1"),
            ("left_mm", self.tr("Marge à gauche (mm)"), "7,2"),
            ("top_mm", self.tr("Marge en haut (mm)"), "15,15"),
            ("pitch_x_mm", self.tr("Pas horizontal (mm)"), "66,04"),
            ("pitch_y_mm", self.tr("Pas vertical (mm)"), "38,1"),
            ("columns", self.tr("Colonnes"), "3"),
            ("rows", self.tr("Rangées"), "7"),
        )
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field, label, example in rows:
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setPlaceholderText(example)
            edit.setAccessibleName(label.rstrip(" *"))
            self.edits[field] = edit
            form.addRow(label, edit)
            form.addRow("", self.errors.add(field, edit))
        hint = QLabel(
            self.tr(
                "Mesurez sur la feuille, depuis le coin en haut à gauche. "
                "Le pas est la distance entre le début d'une étiquette et le début de la suivante."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        self.lay_out(hint, form)
        if start is not None:
            values = template_input(start)
            for field, edit in self.edits.items():
                edit.setText(getattr(values, field))
            self.edits["id"].setText(f"{start.id}-MOI" if not start.custom else start.id)
        self.edits["id"].setFocus()

    def accept(self) -> None:
        super().accept()
        if self.isVisible():  # refused: make room for the message under the field
            self.adjustSize()

    def typed(self) -> TemplateInput:
        return TemplateInput(**{field: edit.text() for field, edit in self.edits.items()})
