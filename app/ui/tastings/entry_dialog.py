"""Typing a stack of paper questionnaires, one screen per form, keyboard only.

A score is one digit: typing it goes to the next question. Enter or Tab goes to the next
question too; Ctrl+Entrée saves the form and clears the screen for the next one ("Formulaire 8");
a score out of 1–5 shows its message under the question and nothing is saved. Each saved form
can be undone (Ctrl+Z here, or Édition › Annuler afterwards): it goes to the Corbeille.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.i18n import fill
from app.services.errors import ValidationError
from app.services.tastings import forms
from app.services.tastings.questions import QuestionInfo
from app.services.tastings.sessions import TastingInfo
from app.ui.areas import Area
from app.ui.field_errors import FieldErrors
from app.ui.safety.commands import Added
from app.ui.style import Role, set_role, size_by_font
from app.ui.widgets import button, fitting_scroll, hbox
from app.vocab.tastings import QuestionKind


class AnswerEdit(QLineEdit):
    """One question's answer; Enter moves on like Tab, a score moves on after its digit.
    Ctrl+Entrée calls `save()`; Ctrl+Z in an empty answer calls `undo_form()` (in a typed one it
    takes back the typing, as in any text box)."""

    def __init__(self, question: QuestionInfo, save, undo_form, parent=None):
        super().__init__(parent)
        self.question, self._save, self._undo_form = question, save, undo_form
        if question.kind == QuestionKind.SCALE:
            size_by_font(self, max_width=6)
            self.textEdited.connect(self._digit_typed)
        elif question.kind == QuestionKind.CHOICE:
            size_by_font(self, max_width=6)
        else:
            size_by_font(self, min_width=40)
        self.returnPressed.connect(self._next)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._save()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self._undo_form()
            return
        super().keyPressEvent(event)

    def _digit_typed(self, text: str) -> None:
        if len(text) == 1 and text.isdigit():
            self._next()

    def _next(self) -> None:
        self.focusNextChild()


class FormEntryDialog(QDialog):
    def __init__(self, ctx, tasting: TastingInfo, questions: list[QuestionInfo], parent=None):
        super().__init__(parent)
        self.ctx, self.tasting = ctx, tasting
        self.setObjectName("form_entry_dialog")
        self.setWindowTitle(self.tr("Saisir les formulaires"))
        self.saved: list[Added] = []
        self.counter = QLabel()
        self.counter.setObjectName("form_counter")
        set_role(self.counter, Role.TITLE)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.edits: dict[int, AnswerEdit] = {}
        form = QFormLayout()
        for question in questions:
            edit = AnswerEdit(question, self.save, self.undo_last)
            field = forms.question_field(question.id)
            edit.setObjectName(field)
            edit.setAccessibleName(question.text)
            hint = QLabel(self._hint(question))
            hint.setObjectName("answer_hint")  # a choice's answers: the group's own words
            asked = QLabel(question.text)
            asked.setObjectName("question_text")  # the group's own words
            asked.setBuddy(edit)
            form.addRow(asked, hbox(edit, hint, stretch_after=True, margins=False))
            form.addRow("", self.errors.add(field, edit))
            self.edits[question.id] = edit
        self.save_button = button(
            self.tr("Enregistrer et formulaire suivant (Ctrl+Entrée)"), "save_form", self.save
        )
        self.undo_button = button(
            self.tr("Annuler le dernier formulaire (Ctrl+Z)"), "undo_form", self.undo_last
        )
        self.close_button = button(self.tr("Fermer"), "close_entry", self.accept)
        heading = QLabel(
            fill(
                self.tr("{product}, {place} : tapez les réponses d'un formulaire papier."),
                product=tasting.recipe.label,
                place=tasting.place or "—",
            )
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(heading)
        layout.addWidget(fitting_scroll(form), 1)
        layout.addWidget(self.general_error)
        layout.addLayout(hbox(self.undo_button, self.save_button, self.close_button))
        self._next_form()

    def _hint(self, question: QuestionInfo) -> str:
        if question.kind == QuestionKind.SCALE:
            return self.tr("1 à 5")
        if question.kind == QuestionKind.CHOICE:
            return "  ".join(f"{n}. {option}" for n, option in enumerate(question.options, 1))
        return ""

    def number(self) -> int:
        return self.tasting.form_count + len(self.saved) + 1

    def _next_form(self) -> None:
        self.counter.setText(fill(self.tr("Formulaire {n}"), n=self.number()))
        for edit in self.edits.values():
            edit.clear()
        self.undo_button.setEnabled(bool(self.saved))
        if self.edits:
            next(iter(self.edits.values())).setFocus()

    def typed(self) -> dict[int, str]:
        return {question_id: edit.text() for question_id, edit in self.edits.items()}

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.db.session() as session:
                saved = forms.add_form(session, self.tasting.id, self.typed())
        except ValidationError as error:
            self.errors.show(error)
            return
        label = fill(self.tr("formulaire {n}"), n=saved.number)
        command = Added(self.ctx, "tasting_form", saved.id, label, Area.TASTINGS)
        self.ctx.undo_stack.push(command)
        self.saved.append(command)
        self.ctx.changed(Area.TASTINGS)
        self._next_form()

    def undo_last(self) -> None:
        """Take back the last form saved here (it goes to the Corbeille)."""
        stack = self.ctx.undo_stack
        if not self.saved or stack.index() == 0:
            return
        if stack.command(stack.index() - 1) is not self.saved[-1]:
            return  # something else was done since: Édition › Annuler is the way
        stack.undo()
        self.saved.pop()
        self._next_form()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.edits:
            next(iter(self.edits.values())).setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Enter belongs to the fields (next question), never to a default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            return
        super().keyPressEvent(event)
