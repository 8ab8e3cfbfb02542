"""Tasting questionnaires in the Evaluations tab: the tastings of a product, customers' answers
typed one after the other, averages per version and a chart of the scores across versions."""

from __future__ import annotations

from PySide6.QtCore import QDate, QMargins, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import format_date
from app.services.evaluations import tastings
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.evaluations.commands import AddAnswer, DeleteAnswer
from app.ui.evaluations.common import TextRowsModel, number
from app.ui.style import size_by_font
from app.ui.table_view import read_only_table
from app.ui.widgets import button, date_edit


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


class AnswerDialog(FormDialog):
    """One customer's questionnaire: four scores typed as digits 1 to 5, would buy, comment."""

    def __init__(self, save, parent=None):
        super().__init__(save, parent)
        self.setObjectName("answer_dialog")
        self.setWindowTitle(self.tr("Réponse d'un client"))
        self.scores: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Notes de 1 (pas bon) à 5 (très bon)")))
        for name in tastings.SCORES:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(2)
            size_by_font(edit, max_width=9)
            edit.setAccessibleName(tastings.score_label(name))
            self.scores[name] = edit
            form.addRow(tastings.score_label(name), edit)
            form.addRow("", self.errors.add(name, edit))
        self.would_buy = QComboBox()
        self.would_buy.setObjectName("would_buy")
        self.would_buy.setAccessibleName(self.tr("Achèterait"))
        self.would_buy.addItem("—", None)
        self.would_buy.addItem(self.tr("Oui"), True)
        self.would_buy.addItem(self.tr("Non"), False)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setAccessibleName(self.tr("Commentaire"))
        form.addRow(self.tr("Achèterait le produit"), self.would_buy)
        form.addRow("", self.errors.add("would_buy", self.would_buy))
        form.addRow(self.tr("Commentaire"), self.comment)
        form.addRow("", self.errors.add("comment", self.comment))
        self.lay_out(form)

    def typed(self) -> tastings.AnswerInput:
        def score(name: str) -> int | None:
            text = self.scores[name].text().strip()
            return int(text) if text.isdigit() else None

        return tastings.AnswerInput(
            *(score(name) for name in tastings.SCORES),
            would_buy=self.would_buy.currentData(),
            comment=self.comment.text(),
        )


class TastingsPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.product = QComboBox()
        self.product.setObjectName("tasting_product")
        self.product.setAccessibleName(self.tr("Produit"))
        size_by_font(self.product, min_width=37)
        self.product.currentIndexChanged.connect(lambda _i: self.load_product())
        self.new_button = button(self.tr("Nouvelle dégustation…"), "new_tasting", self.new_tasting)
        self.answer_button = button(
            self.tr("Ajouter une réponse…"),
            "add_answer",
            self.add_answer,
            tooltip=self.tr("Ajouter la réponse d'un client (Ctrl+R)"),
        )
        self.answer_button.setShortcut("Ctrl+R")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Produit :")))
        top.addWidget(self.product)
        for widget in (self.new_button, self.answer_button):
            size_by_font(widget, min_height=2)
            top.addWidget(widget)
        top.addStretch(1)

        self.tastings_model = TextRowsModel(
            [self.tr("Date"), self.tr("Version"), self.tr("Lieu"), self.tr("Réponses")]
        )
        self.tastings = read_only_table("tastings", self.tr("Dégustations"), self.tastings_model)
        self.tastings.selectionModel().selectionChanged.connect(lambda *_: self.load_answers())
        self.answers_model = TextRowsModel(
            [tastings.score_label(s) for s in tastings.SCORES]
            + [self.tr("Achèterait"), self.tr("Commentaire")]
        )
        self.answers = read_only_table("tasting_answers", self.tr("Réponses"), self.answers_model)
        self.answers.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.delete_button = QPushButton(self.tr("Supprimer la réponse"))
        self.delete_button.setObjectName("delete_answer")
        self.delete_button.setAccessibleName(self.delete_button.text())
        self.delete_button.setToolTip(self.tr("Supprimer la réponse choisie (Suppr)"))
        self.delete_button.clicked.connect(self.delete_answer)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.answers, self.delete_answer)
        self.averages_model = TextRowsModel(
            [self.tr("Version"), self.tr("Réponses")]
            + [tastings.score_label(s) for s in tastings.SCORES]
            + [self.tr("Achèteraient")]
        )
        self.averages = read_only_table(
            "tasting_averages", self.tr("Moyennes par version"), self.averages_model
        )
        left = QGroupBox(self.tr("Dégustations et moyennes"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tastings, 1)
        answers_row = QHBoxLayout()
        answers_row.addWidget(QLabel(self.tr("Réponses de la dégustation choisie")))
        answers_row.addStretch(1)
        answers_row.addWidget(self.delete_button)
        left_layout.addLayout(answers_row)
        left_layout.addWidget(self.answers, 1)
        left_layout.addWidget(QLabel(self.tr("Moyennes par version (sur 5)")))
        left_layout.addWidget(self.averages, 1)

        self.chart_box = QGroupBox(self.tr("Les notes, version après version"))
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_view = None

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.chart_box)
        split.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._averages: list[tastings.VersionAverages] = []

    def refresh(self) -> None:
        keep = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        with self.ctx.db.session() as session:
            families = {v.family_id: v for v in tastings.list_recipe_versions(session)}
        for family_id, version in sorted(families.items(), key=lambda i: i[1].name.lower()):
            self.product.addItem(version.name, family_id)
        index = self.product.findData(keep)
        self.product.setCurrentIndex(max(index, 0))
        self.product.blockSignals(False)
        self.load_product()

    def family_id(self) -> int | None:
        return self.product.currentData()

    def load_product(self) -> None:
        family_id = self.family_id()
        keep = self.selected_tasting()
        rows, averages = [], []
        if family_id is not None:
            with self.ctx.db.session() as session:
                rows = tastings.list_tastings(session, family_id)
                averages = tastings.version_averages(session, family_id)
        self.tastings_model.set_rows(
            [
                [format_date(t.tasted_on), f"v{t.recipe.version}", t.place, str(t.answer_count)]
                for t in rows
            ],
            [t.id for t in rows],
        )
        ids = [t.id for t in rows]
        if rows:
            self.tastings.selectRow(ids.index(keep) if keep in ids else len(rows) - 1)
        self.load_answers()
        self.averages_model.set_rows(
            [
                [f"v{a.recipe.version}", str(a.answers)]
                + [number(a.score(s)) for s in tastings.SCORES]
                + ["—" if a.would_buy_percent is None else f"{number(a.would_buy_percent, 0)} %"]
                for a in averages
            ]
        )
        self._averages = averages
        self.new_button.setEnabled(self.product.count() > 0)
        self._update_buttons()
        self.draw_chart()

    def load_answers(self) -> None:
        tasting_id = self.selected_tasting()
        answers = []
        if tasting_id is not None:
            with self.ctx.db.session() as session:
                answers = tastings.list_answers(session, tasting_id)
        yes, no = self.tr("oui"), self.tr("non")
        self.answers_model.set_rows(
            [
                [
                    str(a.taste),
                    str(a.texture),
                    str(a.look),
                    str(a.price),
                    yes if a.would_buy else no,
                    a.comment,
                ]
                for a in answers
            ],
            answers,
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.answer_button.setEnabled(self.selected_tasting() is not None)
        self.delete_button.setEnabled(self.selected_answer() is not None)

    def selected_answer(self) -> tastings.AnswerInfo | None:
        rows = self.answers.selectionModel().selectedRows()
        return self.answers_model.key_at(rows[0].row()) if rows else None

    def _reselect(self, tasting_id: int) -> None:
        for row in range(self.tastings_model.rowCount()):
            if self.tastings_model.key_at(row) == tasting_id:
                self.tastings.selectRow(row)

    def delete_answer(self) -> None:
        tasting_id, answer = self.selected_tasting(), self.selected_answer()
        if tasting_id is None or answer is None:
            return
        confirm = QMessageBox.question(
            self,
            self.tr("Supprimer la réponse"),
            self.tr("Supprimer cette réponse ? Vous pourrez annuler avec Ctrl+Z."),
        )
        if confirm != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.session() as session:
            tastings.delete_answer(session, answer.id)
        self.ctx.undo_stack.push(DeleteAnswer(self.ctx, tasting_id, answer))
        self.ctx.changed(Area.TASTINGS)
        self._reselect(tasting_id)

    def selected_tasting(self) -> int | None:
        rows = self.tastings.selectionModel().selectedRows()
        return self.tastings_model.key_at(rows[0].row()) if rows else None

    def chart_series(self) -> list[tuple[str, list[float]]]:
        """(score label, average per version) for the versions that have answers."""
        tasted = [a for a in self._averages if a.answers]
        return [(tastings.score_label(s), [a.score(s) for a in tasted]) for s in tastings.SCORES]

    def draw_chart(self) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QValueAxis,
        )

        chart = QChart()
        chart.setTitle(self.tr("Note moyenne sur 5, par version"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        series = QBarSeries()
        for label, values in self.chart_series():
            bar_set = QBarSet(label)
            for value in values:
                bar_set.append(value)
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"v{a.recipe.version}" for a in self._averages if a.answers])
        values = QValueAxis()
        values.setRange(0, 5)
        values.setTickCount(6)
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if self.chart_view is None:
            self.chart_view = QChartView(chart)
            self.chart_view.setObjectName("tasting_chart")
            self.chart_view.setAccessibleName(self.tr("Graphique des notes par version"))
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            size_by_font(self.chart_view, min_height=16.2)
            self.chart_layout.addWidget(self.chart_view)
        else:
            old = self.chart_view.chart()
            self.chart_view.setChart(chart)
            old.deleteLater()

    def new_tasting(self) -> None:
        family_id = self.family_id()
        with self.ctx.db.session() as session:
            versions = [
                v for v in tastings.list_recipe_versions(session) if v.family_id == family_id
            ]

        def save(values):
            recipe_id, day, place = values
            with self.ctx.db.session() as session:
                return tastings.create_tasting(session, recipe_id, day, place)

        dialog = TastingDialog(save, list(reversed(versions)), QDate(self.ctx.today()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(Area.TASTINGS)
            self.load_product()

    def add_answer(self) -> None:
        tasting_id = self.selected_tasting()
        if tasting_id is None:
            return

        def save(answer):
            with self.ctx.db.session() as session:
                return tastings.add_answer(session, tasting_id, answer)

        dialog = AnswerDialog(save, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddAnswer(self.ctx, tasting_id, dialog.result_value))
            self.ctx.changed(Area.TASTINGS)
            self.load_product()
            self._reselect(tasting_id)
