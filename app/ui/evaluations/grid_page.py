"""Format A in the Evaluations tab: pick evaluators, enter one evaluator's sheet for one member and
one day (a level and a comment per competence), see medians, disagreements and agreement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, labelled, listed, with_percent
from app.services.errors import StaleError, ValidationError
from app.services.evaluations import campaigns, framework, grid
from app.ui.areas import Area
from app.ui.dialogs import FormDialog
from app.ui.evaluations.common import (
    TextRowsModel,
    number,
    start_campaign,
)
from app.ui.style import Role, role_of, set_role, size_by_font
from app.ui.table_view import (
    name_column_takes_the_room,
    read_only_table,
    rows_fit_their_widgets,
    select_row,
)
from app.ui.undo import ServiceCommand
from app.ui.widgets import button, list_fits_its_items
from app.vocab import values
from app.vocab.evaluations import CompetenceCategory, competence_category_short_label


class EvaluatorsDialog(FormDialog):
    """Tick the evaluators of a grid campaign (staff of the cohort; members are not offered)."""

    def __init__(self, save, possible, chosen, parent=None):
        super().__init__(save, parent)
        self.setObjectName("evaluators_dialog")
        self.setWindowTitle(self.tr("Évaluatrices"))
        self.list = QListWidget()
        self.list.setObjectName("evaluators")
        self.list.setAccessibleName(self.tr("Évaluatrices"))
        for person in possible:
            item = QListWidgetItem(f"{person.full_name} ({person.role_label})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        list_fits_its_items(self.list)
        hint = QLabel(self.tr("Au moins deux évaluatrices observent chaque membre."))
        hint.setWordWrap(True)
        self.lay_out(hint, self.list, self.errors.add("evaluators", self.list))

    def typed(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class GridPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._framework = None
        self.loaded_sheet: dict[int, grid.RatingInput] = {}
        self.campaign = QComboBox()
        self.campaign.setObjectName("grid_campaign")
        self.campaign.setAccessibleName(self.tr("Évaluation"))
        size_by_font(self.campaign, min_width=37)
        self.campaign.currentIndexChanged.connect(lambda _i: self.load_campaign())
        self.new_button = button(
            self.tr("Nouvelle grille…"),
            "new_grid",
            self.new_campaign,
            tooltip=self.tr("Nouvelle grille d'observation (Ctrl+N)"),
        )
        self.evaluators_button = button(
            self.tr("Évaluatrices…"), "choose_evaluators", self.choose_evaluators
        )
        self.finalise_button = button(self.tr("Finaliser"), "finalise_grid", self.finalise)
        self.state = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Grille :")))
        top.addWidget(self.campaign)
        for widget in (self.new_button, self.evaluators_button, self.finalise_button):
            size_by_font(widget, min_height=2)
            top.addWidget(widget)
        top.addWidget(self.state, 1)

        # Entry of one sheet.
        self.evaluator = QComboBox()
        self.evaluator.setObjectName("sheet_evaluator")
        self.evaluator.setAccessibleName(self.tr("Évaluatrice"))
        self.member = QComboBox()
        self.member.setObjectName("sheet_member")
        self.member.setAccessibleName(self.tr("Membre"))
        self.day = QSpinBox()
        self.day.setObjectName("sheet_day")
        self.day.setAccessibleName(self.tr("Jour"))
        self.day.setPrefix(self.tr("jour "))
        for widget in (self.evaluator, self.member):
            widget.currentIndexChanged.connect(lambda _i: self.load_sheet())
        self.day.valueChanged.connect(lambda _v: self.load_sheet())
        self.sheet = QTableWidget(0, 3)
        self.sheet.setObjectName("sheet")
        self.sheet.setAccessibleName(self.tr("Fiche d'observation"))
        self.sheet.setHorizontalHeaderLabels(
            [self.tr("Compétence"), self.tr("Niveau"), self.tr("Commentaire")]
        )
        self.sheet.verticalHeader().hide()
        rows_fit_their_widgets(self.sheet)  # the level boxes whole, in large mode
        self.sheet.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Enregistrer la fiche"))
        self.save_button.setObjectName("save_sheet")
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.save_button.setAccessibleName(self.save_button.text())
        size_by_font(self.save_button, min_height=2.2)
        self.save_button.clicked.connect(self.save_sheet)
        self.sheet_message = QLabel()
        self.sheet_message.setObjectName("sheet_message")
        self.sheet_message.setWordWrap(True)
        pick = QHBoxLayout()
        pick.addWidget(self.evaluator, 1)
        pick.addWidget(self.member, 1)
        pick.addWidget(self.day)
        entry = QGroupBox(self.tr("Saisie d'une fiche"))
        entry_layout = QVBoxLayout(entry)
        entry_layout.addLayout(pick)
        entry_layout.addWidget(self.sheet, 1)
        entry_layout.addWidget(self.sheet_message)
        entry_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        # Results.
        self.results_model = TextRowsModel(
            [self.tr("Membre")]
            + [competence_category_short_label(c) for c in values(CompetenceCategory)]
            + [self.tr("Nombre de notes")]
        )
        self.results = read_only_table(
            "grid_results", self.tr("Médianes par membre"), self.results_model
        )
        name_column_takes_the_room(self.results)  # the names share the room, the medians whole
        self.results.selectionModel().selectionChanged.connect(lambda *_: self.show_member_detail())
        self.detail_model = TextRowsModel(
            [self.tr("Compétence"), self.tr("Médiane"), self.tr("Commentaires")]
        )
        self.detail = read_only_table(
            "grid_member_detail", self.tr("Détail du membre"), self.detail_model
        )
        name_column_takes_the_room(self.detail, 0, 2)
        self._result: grid.GridResults | None = None
        self.gaps_model = TextRowsModel(
            [
                self.tr("Membre"),
                self.tr("Compétence"),
                self.tr("Jour"),
                self.tr("Notes différentes"),
            ]
        )
        self.gaps = read_only_table("grid_disagreements", self.tr("Désaccords"), self.gaps_model)
        self.agreement = QLabel()
        self.agreement.setObjectName("grid_agreement")
        self.agreement.setWordWrap(True)
        results = QGroupBox(self.tr("Résultats"))
        results_layout = QVBoxLayout(results)
        sections = QSplitter(Qt.Orientation.Vertical)
        for title, view in (
            (self.tr("Médiane des notes par catégorie"), self.results),
            (self.tr("Médiane par compétence du membre choisi"), self.detail),
            (self.tr("À discuter avant l'entretien (2 niveaux d'écart ou plus)"), self.gaps),
        ):
            section = QWidget()
            section_layout = QVBoxLayout(section)
            section_layout.setContentsMargins(0, 0, 0, 0)
            section_layout.addWidget(QLabel(title))
            section_layout.addWidget(view, 1)
            sections.addWidget(section)
        results_layout.addWidget(sections, 1)
        results_layout.addWidget(self.agreement)

        split = QSplitter()
        split.addWidget(entry)
        split.addWidget(results)
        split.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_sheet)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_campaign)

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        cohort_id = self.ctx.cohort_id
        if cohort_id:
            with self.ctx.db.session() as session:
                for info in campaigns.list_campaigns(session, cohort_id, "grid"):
                    self.campaign.addItem(info.title, info.id)
        index = self.campaign.findData(current)
        self.campaign.setCurrentIndex(index if index >= 0 else self.campaign.count() - 1)
        self.campaign.blockSignals(False)
        self.load_campaign()

    def campaign_id(self) -> int | None:
        return self.campaign.currentData()

    def load_campaign(self) -> None:
        campaign_id = self.campaign_id()
        has = campaign_id is not None
        for widget in (self.evaluators_button, self.finalise_button, self.save_button, self.sheet):
            widget.setEnabled(has)
        self.new_button.setEnabled(bool(self.ctx.cohort_id))
        keep_evaluator, keep_member = self.evaluator.currentData(), self.member.currentData()
        for combo in (self.evaluator, self.member):
            combo.blockSignals(True)
            combo.clear()
        if not has:
            self.state.setText(self.tr("Aucune grille : créez-en une."))
            self.sheet.setRowCount(0)
            self.results_model.set_rows([])
            self.gaps_model.set_rows([])
            self.agreement.clear()
            for combo in (self.evaluator, self.member):
                combo.blockSignals(False)
            return
        with self.ctx.db.session() as session:
            info = campaigns.get_campaign(session, campaign_id)
            staff = {p.id: p for p in campaigns.possible_evaluators(session, info.cohort_id)}
            members = campaigns.evaluated_members(session, info.cohort_id)
            self._framework = framework.get_framework(session, info.cohort_id)
            result = grid.results(session, campaign_id)
        for person_id in info.evaluator_ids:
            person = staff.get(person_id)
            self.evaluator.addItem(person.full_name if person else str(person_id), person_id)
        for person in members:
            self.member.addItem(person.full_name, person.id)
        for combo, keep in ((self.evaluator, keep_evaluator), (self.member, keep_member)):
            index = combo.findData(keep)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.day.blockSignals(True)
        self.day.setRange(1, info.days)
        self.day.blockSignals(False)
        self.state.setText(
            self.tr("Finalisée")
            if info.finalised
            else fill(
                self.tr("{days}, {evaluators}"),
                days=self.tr("%n jour(s)", "", info.days),
                evaluators=self.tr("%n évaluatrice(s)", "", len(info.evaluator_ids)),
            )
        )
        self.finalise_button.setEnabled(not info.finalised)
        self.evaluators_button.setEnabled(not info.finalised)
        self.save_button.setEnabled(not info.finalised and bool(info.evaluator_ids))
        self._show_results(result)
        self.load_sheet()

    def show_member_detail(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        member_id = self.results_model.key_at(rows[0].row()) if rows else None
        found = None
        if self._result is not None and member_id is not None:
            found = next((m for m in self._result.members if m.member_id == member_id), None)
        if found is None or self._framework is None:
            self.detail_model.set_rows([])
            return
        self.detail_model.set_rows(
            [
                [
                    c.name,
                    number(found.competence_medians.get(c.id)),
                    " / ".join(found.comments.get(c.id, ())),
                ]
                for c in self._framework.competences
            ],
            [c.id for c in self._framework.competences],
        )

    def _show_results(self, result: grid.GridResults) -> None:
        self._result = result
        keep = self.member.currentData()
        self.results_model.set_rows(
            [
                [m.member_name]
                + [number(m.category_medians[c]) for c in values(CompetenceCategory)]
                + [str(m.rating_count)]
                for m in result.members
            ],
            [m.member_id for m in result.members],
        )
        keys = [m.member_id for m in result.members]
        if keep in keys:
            select_row(self.results, keys.index(keep))
        self.show_member_detail()
        self.gaps_model.set_rows(
            [
                [
                    d.member_name,
                    d.competence_name,
                    str(d.day),
                    listed(
                        labelled(d.first_evaluator, d.first_level),
                        labelled(d.second_evaluator, d.second_level),
                    ),
                ]
                for d in result.disagreements
            ]
        )
        overall = result.overall
        if not overall.pairs:
            self.agreement.setText(
                self.tr("Accord entre évaluatrices : pas encore de notes à comparer.")
            )
        else:
            kappa = "—" if overall.kappa is None else number(overall.kappa, 2)
            self.agreement.setText(
                fill(
                    self.tr(
                        "Accord entre évaluatrices ({n} paires de notes) : {exact} identiques, "
                        "{close} à un niveau près. Kappa pondéré : {kappa}."
                    ),
                    n=overall.pairs,
                    exact=with_percent(number(overall.exact_percent, 0)),
                    close=with_percent(number(overall.within_one_percent, 0)),
                    kappa=kappa,
                )
            )

    def load_sheet(self, keep: dict[int, grid.RatingInput] | None = None) -> None:
        """The stored sheet; `keep` holds what the person changed and did not save (stays)."""
        self.sheet_message.clear()
        campaign_id, evaluator_id, member_id = (
            self.campaign_id(),
            self.evaluator.currentData(),
            self.member.currentData(),
        )
        if campaign_id is None or self._framework is None:
            self.sheet.setRowCount(0)
            return
        saved = {}
        if evaluator_id is not None and member_id is not None:
            with self.ctx.db.session() as session:
                saved = grid.get_sheet(
                    session, campaign_id, evaluator_id, member_id, self.day.value()
                )
        self.loaded_sheet = saved  # what a save checks is still stored
        shown = {**saved, **(keep or {})}
        competences = self._framework.competences
        self.sheet.setRowCount(len(competences))
        for row, competence in enumerate(competences):
            label = QLabel(f"{competence.name}")
            label.setToolTip(competence.category_label)
            self.sheet.setCellWidget(row, 0, label)
            level = QComboBox()
            level.setObjectName(f"level_{competence.id}")
            level.setAccessibleName(fill(self.tr("Niveau pour {name}"), name=competence.name))
            level.addItem(self.tr("— pas observé"), None)
            for scale in self._framework.scale:
                level.addItem(listed(scale.level, scale.label), scale.level)
                level.setItemData(level.count() - 1, scale.description, Qt.ItemDataRole.ToolTipRole)
            comment = QLineEdit()
            comment.setObjectName(f"comment_{competence.id}")
            comment.setAccessibleName(
                fill(self.tr("Commentaire pour {name}"), name=competence.name)
            )
            if competence.id in shown:
                level.setCurrentIndex(max(0, level.findData(shown[competence.id].level)))
                comment.setText(shown[competence.id].comment)
            self.sheet.setCellWidget(row, 1, level)
            self.sheet.setCellWidget(row, 2, comment)
        self.sheet.resizeColumnsToContents()
        self.sheet.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # --- actions ------------------------------------------------------------------------------
    def sheet_ratings(self) -> list[grid.RatingInput]:
        ratings = []
        # The widgets now in the table (a reload replaces them; the old ones linger until deleted).
        for row, competence in enumerate(self._framework.competences if self._framework else ()):
            level, comment = self.sheet.cellWidget(row, 1), self.sheet.cellWidget(row, 2)
            ratings.append(grid.RatingInput(competence.id, level.currentData(), comment.text()))
        return ratings

    def _changed_ratings(self, ratings: list[grid.RatingInput]) -> dict[int, grid.RatingInput]:
        """The ratings the person changed since the sheet was loaded."""
        empty = grid.RatingInput(0, None, "")
        changed = {}
        for rating in ratings:
            loaded = self.loaded_sheet.get(rating.competence_id, empty)
            if (rating.level, rating.comment) != (loaded.level, loaded.comment):
                changed[rating.competence_id] = rating
        return changed

    def show_sheet_error(self, error: ValidationError) -> None:
        """The message under the sheet, and a red frame on the cell it is about."""
        set_role(self.sheet_message, Role.ERROR)
        self.sheet_message.setText(error.message)
        self.sheet_message.show()
        name = error.field if error.row is None else f"{error.field}_{error.row}"
        widget = self.sheet.findChild(QWidget, name)
        if widget is not None:
            set_role(widget, Role.FIELD_ERROR)
            widget.setFocus()

    def save_sheet(self) -> None:
        campaign_id = self.campaign_id()
        if campaign_id is None or not self.save_button.isEnabled():
            return
        self.sheet_message.clear()
        for widget in self.sheet.findChildren(QWidget):
            if role_of(widget):
                set_role(widget, None)
        evaluator_id, member_id = self.evaluator.currentData(), self.member.currentData()
        sheet = (campaign_id, evaluator_id, member_id, self.day.value())
        ratings = self.sheet_ratings()
        try:
            with self.ctx.db.session() as session:
                before = list(grid.get_sheet(session, *sheet).values())
                count = grid.save_sheet(session, *sheet, ratings, seen=self.loaded_sheet)
                self.loaded_sheet = grid.get_sheet(session, *sheet)
        except StaleError as error:
            self.load_sheet(keep=self._changed_ratings(ratings))
            self.show_sheet_error(error)
            return
        except ValidationError as error:
            self.show_sheet_error(error)
            return
        # Edit > Undo puts the sheet back as it was before this save.
        self.ctx.undo_stack.push(
            ServiceCommand(
                self.ctx,
                fill(
                    self.tr("Fiche de {name}, jour {day}"),
                    name=self.member.currentText(),
                    day=self.day.value(),
                ),
                lambda session: grid.save_sheet(session, *sheet, ratings),
                lambda session: grid.save_sheet(session, *sheet, before),
                Area.EVALUATIONS,
            )
        )
        self.ctx.changed(Area.EVALUATIONS)
        set_role(self.sheet_message, Role.SUCCESS)
        self.sheet_message.setText(self.tr("Fiche enregistrée : %n note(s).", "", count))
        self.sheet_message.show()

    def new_campaign(self) -> None:
        start_campaign(self, "grid")

    def choose_evaluators(self) -> None:
        campaign_id = self.campaign_id()
        if campaign_id is None:
            return
        with self.ctx.db.session() as session:
            info = campaigns.get_campaign(session, campaign_id)
            possible = campaigns.possible_evaluators(session, info.cohort_id)

        def save(person_ids):
            with self.ctx.db.session() as session:
                return campaigns.set_evaluators(session, campaign_id, person_ids)

        dialog = EvaluatorsDialog(save, possible, set(info.evaluator_ids), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(Area.EVALUATIONS)

    def finalise(self) -> None:
        campaign_id = self.campaign_id()
        if campaign_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Finaliser"),
            self.tr("Finaliser cette grille ? Les notes ne pourront plus changer."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as session:
                grid.finalise(session, campaign_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Finaliser"), error.message)
            return
        self.ctx.changed(Area.EVALUATIONS)
