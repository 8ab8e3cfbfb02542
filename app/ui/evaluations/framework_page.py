"""The competence framework of the current cohort in the Evaluations tab: competences by category
(add, rename, retire), the rating scale's levels with their behaviour, and the adjectives list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill
from app.services.evaluations import framework
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.evaluations.common import TextRowsModel
from app.ui.style import size_by_font
from app.ui.table_view import read_only_table
from app.ui.widgets import button
from app.vocab import values
from app.vocab.evaluations import CompetenceCategory, competence_category_label


class FieldsDialog(FormDialog):
    """A small form: `fields` is a list of (name, label, initial text or list of (text, data))."""

    def __init__(self, save, title: str, fields, parent=None):
        super().__init__(save, parent)
        self.setObjectName("framework_dialog")
        self.setWindowTitle(title)
        size_by_font(self, min_width=63)
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for name, label, initial in fields:
            if isinstance(initial, list):
                widget = QComboBox()
                for text, data in initial:
                    widget.addItem(text, data)
            else:
                widget = QLineEdit(initial)
            widget.setObjectName(name)
            widget.setAccessibleName(label)
            self.widgets[name] = widget
            form.addRow(label, widget)
            form.addRow("", self.errors.add(name, widget))
        self.lay_out(form)

    def typed(self) -> dict:
        return {
            name: widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            for name, widget in self.widgets.items()
        }


class FrameworkPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.competence_model = TextRowsModel(
            [self.tr("Catégorie"), self.tr("Compétence"), self.tr("État")]
        )
        self.competences = read_only_table(
            "competences", self.tr("Compétences"), self.competence_model
        )
        self.scale_model = TextRowsModel(
            [self.tr("Niveau"), self.tr("Nom"), self.tr("Ce que l'on observe")]
        )
        self.scale = read_only_table("scale", self.tr("Échelle"), self.scale_model)
        self.adjective_model = TextRowsModel(
            [self.tr("Adjectif"), self.tr("État"), self.tr("Explication")]
        )
        self.adjectives = read_only_table("adjectives", self.tr("Adjectifs"), self.adjective_model)

        competence_box = QGroupBox(self.tr("Compétences de la cohorte"))
        box = QVBoxLayout(competence_box)
        box.addWidget(self.competences, 1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Ajouter…"), "add_competence", self.add_competence))
        row.addWidget(button(self.tr("Renommer…"), "rename_competence", self.rename_competence))
        row.addWidget(
            button(self.tr("Retirer / remettre"), "toggle_competence", self.toggle_competence)
        )
        row.addStretch(1)
        box.addLayout(row)

        scale_box = QGroupBox(self.tr("Échelle de notes"))
        box = QVBoxLayout(scale_box)
        box.addWidget(self.scale, 1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Modifier le niveau…"), "edit_level", self.edit_level))
        row.addStretch(1)
        box.addLayout(row)

        adjective_box = QGroupBox(self.tr("Adjectifs (pour toutes les cohortes)"))
        box = QVBoxLayout(adjective_box)
        box.addWidget(self.adjectives, 1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Ajouter…"), "add_adjective", self.add_adjective))
        row.addWidget(button(self.tr("Modifier…"), "edit_adjective", self.edit_adjective))
        row.addWidget(
            button(self.tr("Retirer / remettre"), "toggle_adjective", self.toggle_adjective)
        )
        row.addStretch(1)
        box.addLayout(row)

        left = QVBoxLayout()
        left.addWidget(competence_box, 3)
        left.addWidget(scale_box, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(adjective_box, 2)
        self._active: dict[object, bool] = {}

    def refresh(self) -> None:
        cohort_id = self.ctx.cohort_id
        self.setEnabled(bool(cohort_id))
        if not cohort_id:
            for model in (self.competence_model, self.scale_model, self.adjective_model):
                model.set_rows([])
            return
        with self.ctx.db.session() as session:
            current = framework.get_framework(session, cohort_id, include_inactive=True)
            adjectives = framework.list_adjectives(session, include_inactive=True)
        active_text = {True: self.tr("utilisée"), False: self.tr("retirée")}
        self.competence_model.set_rows(
            [[c.category_label, c.name, active_text[c.active]] for c in current.competences],
            [c.id for c in current.competences],
        )
        self._active = {("c", c.id): c.active for c in current.competences}
        self._active.update({("a", a.id): a.active for a in adjectives})
        self._names = {("c", c.id): c.name for c in current.competences}
        self._names.update({("a", a.id): (a.word, a.explanation) for a in adjectives})
        self.scale_model.set_rows(
            [[str(s.level), s.label, s.description] for s in current.scale],
            [(s.level, s.label, s.description) for s in current.scale],
        )
        self.adjective_model.set_rows(
            [[a.word, active_text[a.active], a.explanation] for a in adjectives],
            [a.id for a in adjectives],
        )

    def _selected(self, view, model):
        rows = view.selectionModel().selectedRows()
        return model.key_at(rows[0].row()) if rows else None

    def _run(self, title, fields, write) -> None:
        def save(values):
            with self.ctx.db.session() as session:
                return write(session, values)

        dialog = FieldsDialog(save, title, fields, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(Area.EVALUATIONS)

    def add_competence(self) -> None:
        cohort_id = self.ctx.cohort_id
        categories = [(competence_category_label(c), c) for c in values(CompetenceCategory)]
        self._run(
            self.tr("Nouvelle compétence"),
            [("category", self.tr("Catégorie"), categories), ("name", self.tr("Compétence"), "")],
            lambda s, v: framework.add_competence(s, cohort_id, v["category"], v["name"]),
        )

    def rename_competence(self) -> None:
        competence_id = self._selected(self.competences, self.competence_model)
        if competence_id is None:
            return
        self._run(
            self.tr("Renommer la compétence"),
            [("name", self.tr("Compétence"), self._names[("c", competence_id)])],
            lambda s, v: framework.rename_competence(s, competence_id, v["name"]),
        )

    def toggle_competence(self) -> None:
        competence_id = self._selected(self.competences, self.competence_model)
        if competence_id is None:
            return
        with self.ctx.db.session() as session:
            framework.set_competence_active(
                session, competence_id, not self._active[("c", competence_id)]
            )
        self.ctx.changed(Area.EVALUATIONS)

    def edit_level(self) -> None:
        selected = self._selected(self.scale, self.scale_model)
        if selected is None:
            return
        level, label, description = selected
        cohort_id = self.ctx.cohort_id
        self._run(
            fill(self.tr("Niveau {n}"), n=level),
            [
                ("label", self.tr("Nom"), label),
                ("description", self.tr("Ce que l'on observe"), description),
            ],
            lambda s, v: framework.update_scale_level(
                s, cohort_id, level, v["label"], v["description"]
            ),
        )

    def add_adjective(self) -> None:
        self._run(
            self.tr("Nouvel adjectif"),
            [("word", self.tr("Adjectif"), ""), ("explanation", self.tr("Explication simple"), "")],
            lambda s, v: framework.save_adjective(s, v["word"], v["explanation"]),
        )

    def edit_adjective(self) -> None:
        adjective_id = self._selected(self.adjectives, self.adjective_model)
        if adjective_id is None:
            return
        word, explanation = self._names[("a", adjective_id)]
        self._run(
            self.tr("Modifier l'adjectif"),
            [
                ("word", self.tr("Adjectif"), word),
                ("explanation", self.tr("Explication simple"), explanation),
            ],
            lambda s, v: framework.save_adjective(s, v["word"], v["explanation"], adjective_id),
        )

    def toggle_adjective(self) -> None:
        adjective_id = self._selected(self.adjectives, self.adjective_model)
        if adjective_id is None:
            return
        with self.ctx.db.session() as session:
            framework.set_adjective_active(
                session, adjective_id, not self._active[("a", adjective_id)]
            )
        self.ctx.changed(Area.EVALUATIONS)
