"""The Members tab: two pages, the members (search, a sortable table, add / edit / deactivate
with undo) and the directory of organisations and outside people (`directory_page`, built and
read the first time it is shown or asked for)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill
from app.services.people import members as people
from app.services.people.members import PersonInfo, PersonInput
from app.ui.areas import Area
from app.ui.lazy_pages import LazyPage, LazyPages, lazy_page, page_from
from app.ui.people.commands import AddPerson, EditPerson, SetActive
from app.ui.people.dialog import PersonDialog
from app.ui.people.model import people_model
from app.ui.safety import person_data
from app.ui.stale import SeenRecord
from app.ui.style import size_by_font
from app.ui.tab_page import TabPage
from app.ui.table_view import read_only_table, select_key, selected_row, sorted_proxy
from app.ui.widgets import button
from app.vocab.people import in_gender


class MembersTab(TabPage):
    object_name = "members"
    refresh_on = frozenset({Area.PEOPLE, Area.COHORTS, Area.DIRECTORY})

    def __init__(self, ctx):
        super().__init__(ctx)
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(self.tr("Rechercher un nom, un téléphone, une langue…"))
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.show_inactive = QCheckBox(self.tr("Montrer les personnes inactives"))
        self.show_inactive.setObjectName("members_show_inactive")
        self.show_inactive.setAccessibleName(self.show_inactive.text())
        self.show_inactive.toggled.connect(self.refresh)

        self.model = people_model(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = read_only_table(
            "members_table", self.tr("Liste des personnes"), self.proxy, sortable=True
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.mentor_label = QLabel()
        self.mentor_label.setObjectName("member_mentors")
        self.mentor_label.setWordWrap(True)

        self.add_button = button(
            self.tr("Ajouter une personne"),
            "add_person",
            self.add_person,
            tooltip=self.tr("Ajouter une personne (Ctrl+N)"),
            tall=True,
        )
        self.edit_button = button(self.tr("Modifier"), "edit_person", self.edit_selected, tall=True)
        self.active_button = button(
            self.tr("Désactiver"), "toggle_active", self.toggle_active, tall=True
        )
        self.delete_button = button(
            self.tr("Supprimer"),
            "delete_person",
            self.delete_selected,
            tooltip=self.tr("Mettre à la corbeille (Suppr)"),
            tall=True,
        )
        self.outcomes_button = button(
            self.tr("Après le programme…"), "outcomes", self.open_outcomes, tall=True
        )
        self.portfolio_button = button(
            self.tr("Portfolio employeur…"), "portfolio", self.open_portfolio, tall=True
        )
        self.data_button = QToolButton()
        self.data_button.setObjectName("personal_data")
        self.data_button.setText(self.tr("Données personnelles"))
        self.data_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        data_menu = self.data_button.menu() or QMenu(self.data_button)
        self.export_json_action = data_menu.addAction(
            self.tr("Exporter en JSON…"), lambda: self._on_person(person_data.export_json)
        )
        self.export_pdf_action = data_menu.addAction(
            self.tr("Voir et imprimer (PDF)…"), lambda: self._on_person(person_data.preview_pdf)
        )
        data_menu.addSeparator()
        self.erase_action = data_menu.addAction(
            self.tr("Effacer ses données…"), lambda: self._on_person(person_data.erase)
        )
        self.data_button.setMenu(data_menu)
        size_by_font(self.data_button, min_height=2.2)
        self.data_button.setAccessibleName(self.data_button.text())
        self.count_label = QLabel()

        QShortcut(QKeySequence.StandardKey.New, self, self.new_in_current_page)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_in_current_page)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.outcomes_button)
        buttons.addWidget(self.portfolio_button)
        buttons.addWidget(self.data_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        members_page = QWidget()
        layout = QVBoxLayout(members_page)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mentor_label)
        layout.addLayout(buttons)
        self.pages = QTabWidget()
        self.pages.setObjectName("members_pages")
        members_page.setObjectName("members_list")
        ctx = self.ctx
        self._lazy = LazyPages(
            self.pages,
            (
                LazyPage("members", self.tr("Membres"), lambda: members_page),
                LazyPage(
                    "directory",
                    self.tr("Répertoire"),
                    page_from("app.ui.people.directory_page", "DirectoryPage", ctx),
                ),
            ),
            on_built=lambda _key, page: page.refresh(),
        )
        QVBoxLayout(self).addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Membres")

    def new_in_current_page(self) -> None:
        if self._lazy.current_key() == "directory":
            self.directory.add_organisation()
        else:
            self.add_person()

    def search_in_current_page(self) -> None:
        if self._lazy.current_key() == "directory":
            self.directory.search.setFocus()
        else:
            self.search.setFocus()

    directory = lazy_page("directory")

    def refresh(self) -> None:
        if "directory" in self._lazy.built():
            self.directory.refresh()
        selected = self.selected_person()
        with self.ctx.db.session() as session:
            rows = people.list_people(
                session,
                self.ctx.cohort_id,
                self.search.text(),
                include_inactive=self.show_inactive.isChecked(),
            )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n personne(s)", "", len(rows)))
        if selected is not None:
            self.select_person(selected.id)
        self._update_buttons()

    def selected_person(self) -> PersonInfo | None:
        return selected_row(self.table, self.proxy, self.model)

    def select_person(self, person_id: int) -> None:
        select_key(self.table, self.proxy, self.model, person_id)

    def _update_buttons(self) -> None:
        person = self.selected_person()
        self._show_mentors(person)
        self.edit_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        self.delete_button.setEnabled(person is not None)
        self.data_button.setEnabled(person is not None)
        self.outcomes_button.setEnabled(person is not None)
        self.portfolio_button.setEnabled(person is not None)
        self.active_button.setText(
            self.tr("Réactiver")
            if person is not None and not person.active
            else self.tr("Désactiver")
        )

    def _show_mentors(self, person: PersonInfo | None) -> None:
        """The selected member's mentors in the cohort, with their notes."""
        from app.services.directory import mentors

        cohort_id = self.ctx.cohort_id
        paired = []
        if person is not None and cohort_id is not None:
            with self.ctx.db.session() as session:
                paired = mentors.pairings(session, cohort_id, person_id=person.id)
        self.mentor_label.setText(
            "\n".join(
                fill(
                    self.tr("Marraine / parrain : {mentor} — {notes}"),
                    mentor=pairing.mentor_name,
                    notes=pairing.notes,
                )
                for pairing in paired
            )
        )

    def add_person(self) -> None:
        cohort_id = self.ctx.cohort_id

        def save(data: PersonInput) -> PersonInfo:
            with self.ctx.db.session() as session:
                return people.create_person(session, data, cohort_id, None)

        dialog = PersonDialog(save, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddPerson(self.ctx, dialog.result_value, cohort_id))
            self.ctx.changed(Area.PEOPLE)
            self.select_person(dialog.result_value.id)

    def edit_selected(self) -> None:
        person = self.selected_person()
        if person is None:
            return

        cohort_id = self.ctx.cohort_id
        seen = SeenRecord(
            self.ctx,
            (Area.PEOPLE,),
            person,
            lambda session: people.get_person(session, person.id, cohort_id),
            lambda session, data, before: people.update_person(
                session, person.id, data, cohort_id, seen=before
            ),
            seen_of=lambda record: record.as_input(),
        )
        dialog = PersonDialog(seen.save, seen.record, parent=self, reload=seen.reload)
        if dialog.exec() and dialog.result_value is not None:
            after = dialog.result_value.as_input()
            before = seen.record.as_input()
            self.ctx.undo_stack.push(EditPerson(self.ctx, person.id, before, after))
            self.ctx.changed(Area.PEOPLE)

    def toggle_active(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        activate = not person.active
        if not activate:
            answer = QMessageBox.question(
                self,
                self.tr("Désactiver"),
                fill(
                    in_gender(
                        person.gender,
                        self.tr(
                            "Désactiver {name} ? Elle n'apparaîtra plus dans les listes, mais tout "
                            "son historique est gardé. Vous pourrez la réactiver."
                        ),
                        self.tr(
                            "Désactiver {name} ? Il n'apparaîtra plus dans les listes, mais tout "
                            "son historique est gardé. Vous pourrez le réactiver."
                        ),
                    ),
                    name=person.full_name,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with self.ctx.db.session() as session:
            people.set_active(session, person.id, activate)
        self.ctx.undo_stack.push(SetActive(self.ctx, person, activate))
        self.ctx.changed(Area.PEOPLE)

    def delete_selected(self) -> None:
        person = self.selected_person()
        if person is not None:
            person_data.delete_person(self.ctx, person, self)

    def open_outcomes(self) -> None:
        from app.ui.outcomes.dialog import open_outcomes

        self._on_person(open_outcomes)

    def open_portfolio(self) -> None:
        from app.ui.programme.portfolio_dialog import open_portfolio

        self._on_person(open_portfolio)

    def _on_person(self, action) -> None:
        person = self.selected_person()
        if person is not None:
            action(self.ctx, person, self)
