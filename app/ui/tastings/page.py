"""The Tastings page (Menus tab), open to every member: choose a product and a version, edit the
version's questions, record a tasting, type its paper forms fast, print the questionnaire, and
compare the versions' results with their cost, price and margin (a table and a chart)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, format_date, with_percent
from app.services.money import format_amount
from app.services.safety import trash
from app.services.tastings import questions, sessions, summary
from app.services.text_match import sort_key
from app.ui.areas import Area
from app.ui.row_model import Column, RowModel
from app.ui.safety.commands import Added
from app.ui.safety.delete_action import confirm_and_trash
from app.ui.style import size_by_font
from app.ui.table_view import name_column_takes_the_room, read_only_table, select_row
from app.ui.tastings.commands import MoveQuestion, ReworkQuestion
from app.ui.tastings.dialogs import QuestionDialog, TastingDialog
from app.ui.widgets import button, hbox
from app.vocab.tastings import question_kind_label


def _number(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}".replace(".", ",")


class TastingsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: summary.Comparison | None = None
        split = QSplitter()
        split.addWidget(self._build_questions_and_tastings())
        split.addWidget(self._build_results())
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addWidget(split, 1)

    # --- building -----------------------------------------------------------------------------
    def _build_top(self) -> QHBoxLayout:
        self.product = QComboBox()
        self.product.setObjectName("tasting_product")
        self.product.setAccessibleName(self.tr("Produit"))
        size_by_font(self.product, min_width=30)
        self.product.currentIndexChanged.connect(lambda _i: self._load_versions())
        self.version = QComboBox()
        self.version.setObjectName("tasting_version")
        self.version.setAccessibleName(self.tr("Version"))
        self.version.currentIndexChanged.connect(lambda _i: self._load_questions())
        self.new_button = button(self.tr("Nouvelle dégustation…"), "new_tasting", self.new_tasting)
        self.entry_button = button(
            self.tr("Saisir les formulaires…"),
            "enter_forms",
            self.enter_forms,
            tooltip=self.tr("Taper les formulaires papier de la dégustation choisie"),
        )
        self.print_button = button(
            self.tr("Imprimer le questionnaire…"), "print_tasting_form", self.print_form
        )
        return hbox(
            QLabel(self.tr("Produit :")),
            self.product,
            QLabel(self.tr("Version :")),
            self.version,
            self.new_button,
            self.entry_button,
            self.print_button,
            stretch_after=True,
        )

    def _build_questions_and_tastings(self) -> QWidget:
        self.questions_model = RowModel(
            [
                Column(self.tr("N°"), lambda q: str(q.position + 1)),
                Column(self.tr("Genre"), lambda q: question_kind_label(q.kind)),
                Column(self.tr("Question"), lambda q: q.text),
                Column(self.tr("Réponses possibles"), lambda q: " / ".join(q.options)),
            ]
        )
        self.questions_table = read_only_table(
            "tasting_questions", self.tr("Questions de la version"), self.questions_model
        )
        # The question and its answers share the room: the table never scrolls sideways.
        name_column_takes_the_room(self.questions_table, 2, 3)
        self.questions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.questions_table.doubleClicked.connect(lambda _i: self.edit_question())
        self.add_question_button = button(self.tr("Ajouter…"), "add_question", self.add_question)
        self.edit_question_button = button(
            self.tr("Modifier…"), "edit_question", self.edit_question
        )
        self.up_button = button(self.tr("Monter"), "question_up", lambda: self.move_question(-1))
        self.down_button = button(
            self.tr("Descendre"), "question_down", lambda: self.move_question(+1)
        )
        self.delete_question_button = button(
            self.tr("Supprimer"), "delete_question", self.delete_question
        )
        questions_box = QGroupBox(self.tr("Questions de la version choisie"))
        box = QVBoxLayout(questions_box)
        box.addWidget(self.questions_table, 1)
        box.addLayout(
            hbox(
                self.add_question_button,
                self.edit_question_button,
                self.up_button,
                self.down_button,
                self.delete_question_button,
                stretch_after=True,
                margins=False,
            )
        )
        self.tastings_model = RowModel(
            [
                Column(self.tr("Date"), lambda t: format_date(t.tasted_on)),
                Column(self.tr("Version"), lambda t: f"v{t.recipe.version}"),
                Column(self.tr("Lieu"), lambda t: t.place),
                Column(self.tr("Formulaires"), lambda t: str(t.form_count), right=True),
            ]
        )
        self.tastings_table = read_only_table(
            "tastings", self.tr("Dégustations"), self.tastings_model
        )
        self.tastings_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.tastings_table.doubleClicked.connect(lambda _i: self.enter_forms())
        tastings_box = QGroupBox(self.tr("Dégustations du produit"))
        QVBoxLayout(tastings_box).addWidget(self.tastings_table)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(questions_box, 3)
        layout.addWidget(tastings_box, 2)
        return column

    def _build_results(self) -> QWidget:
        self.results_table = read_only_table(
            "tasting_results", self.tr("Résultats par version"), RowModel([])
        )
        from app.ui.tastings.chart import ComparisonChart  # QtCharts: when the page is built

        self.chart = ComparisonChart()
        box = QGroupBox(self.tr("Résultats, version après version"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            QLabel(self.tr("Notes moyennes sur 5, avec le coût, le prix et la marge par pièce."))
        )
        layout.addWidget(self.results_table, 1)
        layout.addWidget(self.chart, 2)
        return box

    # --- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        with self.ctx.db.session() as session:
            newest = {v.family_id: v for v in sessions.list_recipe_versions(session)}
            if keep is None:  # the first time: a product that was tasted, not an empty page
                tasted = summary.tasted_families(session)
                keep = tasted[0].family_id if tasted else None
        for family_id, version in sorted(newest.items(), key=lambda i: sort_key(i[1].name)):
            self.product.addItem(version.name, family_id)
        self.product.setCurrentIndex(max(self.product.findData(keep), 0))
        self.product.blockSignals(False)
        self._load_versions()

    def show_recipe(self, recipe_id: int) -> None:
        """Choose the product and version of `recipe_id`."""
        with self.ctx.db.session() as session:
            found = [v for v in sessions.list_recipe_versions(session) if v.id == recipe_id]
        if found:
            self.product.setCurrentIndex(self.product.findData(found[0].family_id))
            self.version.setCurrentIndex(self.version.findData(recipe_id))

    def _load_versions(self) -> None:
        keep = self.version.currentData()
        family_id = self.product.currentData()
        self.version.blockSignals(True)
        self.version.clear()
        tastings, comparison = [], None
        if family_id is not None:
            with self.ctx.db.session() as session:
                versions = sessions.family_versions(session, family_id)
                tastings = sessions.list_tastings(session, family_id)
                comparison = summary.compare_versions(session, family_id, self.ctx.today())
            for version in versions:
                self.version.addItem(f"v{version.version}", version.id)
            index = self.version.findData(keep)
            self.version.setCurrentIndex(index if index >= 0 else self.version.count() - 1)
        self.version.blockSignals(False)
        keep_tasting = self.selected_tasting()
        self.tastings_model.set_rows(tastings)
        if tastings:
            ids = [t.id for t in tastings]
            chosen = keep_tasting.id if keep_tasting and keep_tasting.id in ids else ids[-1]
            select_row(self.tastings_table, ids.index(chosen))
        self._show_results(comparison)
        self._load_questions()

    def _load_questions(self) -> None:
        keep = self.selected_question()
        recipe_id = self.version.currentData()
        asked = []
        if recipe_id is not None:
            with self.ctx.db.session() as session:
                asked = questions.list_questions(session, recipe_id)
        self.questions_model.set_rows(asked)
        if keep is not None:
            self._select_question(keep.id)
        self._update_buttons()

    def _show_results(self, comparison: summary.Comparison | None) -> None:
        self.comparison = comparison
        columns = [
            Column(self.tr("Version"), lambda r: f"v{r.summary.recipe.version}"),
            Column(self.tr("Formulaires"), lambda r: str(r.summary.answers), right=True),
        ]
        for key, text in comparison.scales if comparison else ():
            columns.append(
                Column(text, lambda r, k=key: _number(r.summary.means.get(k)), right=True)
            )
        columns += [
            Column(self.tr("Coût"), lambda r: format_amount(r.cost_cents), right=True),
            Column(self.tr("Prix de vente"), lambda r: format_amount(r.price_cents), right=True),
            Column(
                self.tr("Marge"),
                lambda r: fill(
                    self.tr("{amount} ({percent})"),
                    amount=format_amount(r.margin_cents),
                    percent=with_percent(_number(r.margin_percent)),
                ),
                right=True,
                warning=lambda r: r.margin_cents < 0,
            ),
        ]
        model = RowModel(columns, parent=self.results_table)
        model.set_rows(comparison.versions if comparison else [])
        old = self.results_table.model()
        self.results_table.setModel(model)
        old.deleteLater()
        if comparison is not None:
            self.chart.show_comparison(comparison)

    def _update_buttons(self) -> None:
        question = self.selected_question()
        count = self.questions_model.rowCount()
        has_version = self.version.currentData() is not None
        self.new_button.setEnabled(has_version)
        self.print_button.setEnabled(has_version)
        self.add_question_button.setEnabled(has_version)
        for widget in (self.edit_question_button, self.delete_question_button):
            widget.setEnabled(question is not None)
        self.up_button.setEnabled(question is not None and question.position > 0)
        self.down_button.setEnabled(question is not None and question.position < count - 1)
        self.entry_button.setEnabled(self.selected_tasting() is not None)

    def selected_question(self) -> questions.QuestionInfo | None:
        rows = self.questions_table.selectionModel().selectedRows()
        return self.questions_model.row_at(rows[0].row()) if rows else None

    def selected_tasting(self) -> sessions.TastingInfo | None:
        rows = self.tastings_table.selectionModel().selectedRows()
        return self.tastings_model.row_at(rows[0].row()) if rows else None

    def _select_question(self, question_id: int) -> None:
        row = self.questions_model.row_of(question_id)
        if row >= 0:
            select_row(self.questions_table, row)

    # --- questions ----------------------------------------------------------------------------
    def add_question(self) -> None:
        recipe_id = self.version.currentData()
        if recipe_id is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return questions.add_question(session, recipe_id, data)

        dialog = QuestionDialog(save, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            added = dialog.result_value
            self.ctx.undo_stack.push(
                Added(self.ctx, "tasting_question", added.id, added.text, Area.TASTINGS)
            )
            self.ctx.changed(Area.TASTINGS)
            self._select_question(added.id)

    def edit_question(self) -> None:
        before = self.selected_question()
        if before is None:
            return

        def save(data):
            with self.ctx.db.session() as session:
                return questions.update_question(session, before.id, data)

        dialog = QuestionDialog(save, before, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.undo_stack.push(ReworkQuestion(self.ctx, before, dialog.result_value))
            self.ctx.changed(Area.TASTINGS)

    def move_question(self, step: int) -> None:
        question = self.selected_question()
        if question is None:
            return
        target = question.position + step
        if not 0 <= target < self.questions_model.rowCount():
            return
        with self.ctx.db.session() as session:
            questions.move_question(session, question.id, step)
        self.ctx.undo_stack.push(MoveQuestion(self.ctx, question, step))
        self.ctx.changed(Area.TASTINGS)
        self._select_question(question.id)

    def delete_question(self) -> None:
        question = self.selected_question()
        if question is None:
            return
        confirm_and_trash(
            self.ctx,
            self,
            question.text,
            lambda s: trash.move_to_trash(s, "tasting_question", question.id, question.text),
            Area.TASTINGS,
        )

    # --- tastings -----------------------------------------------------------------------------
    def new_tasting(self) -> None:
        family_id = self.product.currentData()
        with self.ctx.db.session() as session:
            versions = sessions.family_versions(session, family_id)
        chosen = self.version.currentData()
        versions.sort(key=lambda v: v.id != chosen)

        def save(values):
            recipe_id, day, place = values
            with self.ctx.db.session() as session:
                return sessions.create_tasting(session, recipe_id, day, place)

        dialog = TastingDialog(save, versions, QDate(self.ctx.today()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            made = dialog.result_value
            label = fill(self.tr("dégustation du {day}"), day=format_date(made.tasted_on))
            self.ctx.undo_stack.push(Added(self.ctx, "tasting", made.id, label, Area.TASTINGS))
            self.ctx.changed(Area.TASTINGS)
            self.version.setCurrentIndex(self.version.findData(made.recipe.id))
            row = self.tastings_model.row_of(made.id)
            if row >= 0:
                select_row(self.tastings_table, row)

    def enter_forms(self) -> None:
        tasting = self.selected_tasting()
        if tasting is None:
            return
        from app.ui.tastings.entry_dialog import FormEntryDialog

        with self.ctx.db.session() as session:
            asked = questions.list_questions(session, tasting.recipe.id)
        FormEntryDialog(self.ctx, tasting, asked, self).exec()

    def print_form(self) -> None:
        recipe_id = self.version.currentData()
        if recipe_id is None:
            return
        from app.printing.tasting_form import tasting_form_pdf
        from app.ui.pdf_preview import preview_pdf

        unprepared = self.questions_model.rowCount() == 0
        with self.ctx.db.session() as session:
            pdf = tasting_form_pdf(session, recipe_id)  # gives the version its questions
        if unprepared:
            self.ctx.changed(Area.TASTINGS)
        preview_pdf(pdf, self.tr("Questionnaire de dégustation"), "questionnaire.pdf", self)
