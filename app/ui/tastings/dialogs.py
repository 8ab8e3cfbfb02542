"""The small dialogs of the Tastings page: a new tasting (version, date, place) and a question
(its kind, its words, a choice's possible answers one a line)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from app.services.tastings.questions import QuestionInfo, QuestionInput
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.vocab_combo import add_choices
from app.ui.widgets import date_edit
from app.vocab.tastings import QuestionKind, question_kind_label


class TastingDialog(FormDialog):
    def __init__(self, save, versions, today: QDate, parent=None):
        super().__init__(save, parent)
        self.setObjectName("tasting_dialog")
        self.setWindowTitle(self.tr("Nouvelle dégustation"))
        self.recipe = QComboBox()
        for version in versions:
            self.recipe.addItem(version.label, version.id)
        self.day = date_edit(today)
        self.place = QLineEdit()
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("recipe", self.tr("Produit et version"), self.recipe),
                ("tasted_on", self.tr("Date"), self.day),
                ("place", self.tr("Lieu"), self.place),
            ),
        )
        self.lay_out(form)

    def typed(self):
        return self.recipe.currentData(), self.day.date().toPython(), self.place.text()


class QuestionDialog(FormDialog):
    """Add or reword a question: a score from 1 to 5, a choice, or free text."""

    def __init__(self, save, question: QuestionInfo | None = None, parent=None):
        super().__init__(save, parent)
        self.setObjectName("question_dialog")
        self.setWindowTitle(
            self.tr("Nouvelle question") if question is None else self.tr("Modifier la question")
        )
        self.kind = add_choices(QComboBox(), QuestionKind, question_kind_label)
        self.text = QLineEdit()
        self.text.setMaxLength(200)
        size_by_font(self.text, min_width=40)
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("Une réponse par ligne"))
        size_by_font(self.options, height=5)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("kind", self.tr("Genre de question"), self.kind),
                ("text", self.tr("Question"), self.text),
                ("options", self.tr("Réponses possibles"), self.options),
            ),
        )
        if question is not None:
            self.kind.setCurrentIndex(self.kind.findData(question.kind))
            self.text.setText(question.text)
            self.options.setPlainText("\n".join(question.options))
        self.kind.currentIndexChanged.connect(lambda _i: self._show_options())
        self._show_options()
        self.lay_out(form)

    def _show_options(self) -> None:
        self.options.setEnabled(self.kind.currentData() == QuestionKind.CHOICE)

    def typed(self) -> QuestionInput:
        return QuestionInput(
            self.kind.currentData(),
            self.text.text(),
            tuple(self.options.toPlainText().splitlines()),
        )
