"""The "Répertoire" page of the Members tab: the organisations around the cooperative and the
outside people, searched together; add, edit, delete (to the Corbeille) with undo. The selected
organisation's details show its people and, for a customer, its orders."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.i18n import fill, format_date, listing
from app.services.directory import contacts, mentors, organisations
from app.services.directory.contacts import ContactInfo
from app.services.directory.organisations import OrganisationInfo
from app.services.menus.customers import orders_of
from app.services.people.members import list_people
from app.ui.areas import Area
from app.ui.people.directory_commands import (
    AddContact,
    AddOrganisation,
    EditContact,
    EditOrganisation,
    PairMentor,
)
from app.ui.people.directory_dialogs import ContactDialog, OrganisationDialog, PairingDialog
from app.ui.people.directory_models import contacts_model, organisations_model
from app.ui.safety.delete_action import confirm_and_trash
from app.ui.stale import SeenRecord
from app.ui.style import Role, set_role
from app.ui.table_view import read_only_table, select_key, selected_row, sorted_proxy
from app.ui.widgets import button, hbox, named
from app.vocab.directory import ContactRole
from app.vocab.people import Role as PersonRole


class DirectoryPage(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("directory")
        self.search = named(
            QLineEdit(),
            "directory_search",
            self.tr("Rechercher"),
            placeholder=self.tr("Rechercher un nom, une adresse, un téléphone…"),
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        grid = QGridLayout()
        grid.addLayout(self._build_organisations(), 0, 0)
        grid.addLayout(self._build_contacts(), 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(grid, 1)

    def _build_organisations(self) -> QVBoxLayout:
        self.organisations = organisations_model(self)
        self.organisations_proxy = sorted_proxy(self.organisations, self)
        self.organisations_table = read_only_table(
            "organisations_table", self.tr("Organisations"), self.organisations_proxy, sortable=True
        )
        self.organisations_table.doubleClicked.connect(lambda _index: self.edit_organisation())
        self.organisations_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_details()
        )
        self.details = QLabel()
        self.details.setObjectName("organisation_details")
        self.details.setWordWrap(True)
        set_role(self.details, Role.HINT)
        self.add_organisation_button = button(
            self.tr("Ajouter une organisation"),
            "add_organisation",
            self.add_organisation,
            tall=True,
        )
        self.edit_organisation_button = button(
            self.tr("Modifier"), "edit_organisation", self.edit_organisation, tall=True
        )
        self.delete_organisation_button = button(
            self.tr("Supprimer"), "delete_organisation", self.delete_organisation, tall=True
        )
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Organisations")))
        column.addWidget(self.organisations_table, 1)
        column.addWidget(self.details)
        column.addLayout(
            hbox(
                self.add_organisation_button,
                self.edit_organisation_button,
                self.delete_organisation_button,
                stretch_after=True,
                margins=False,
            )
        )
        return column

    def _build_contacts(self) -> QVBoxLayout:
        self.contacts = contacts_model(self)
        self.contacts_proxy = sorted_proxy(self.contacts, self)
        self.contacts_table = read_only_table(
            "contacts_table", self.tr("Personnes extérieures"), self.contacts_proxy, sortable=True
        )
        self.contacts_table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.contacts_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_contact()
        )
        self.contact_details = QLabel()
        self.contact_details.setObjectName("contact_details")
        self.contact_details.setWordWrap(True)
        set_role(self.contact_details, Role.HINT)
        self.add_contact_button = button(
            self.tr("Ajouter une personne"), "add_contact", self.add_contact, tall=True
        )
        self.edit_contact_button = button(
            self.tr("Modifier"), "edit_contact", self.edit_contact, tall=True
        )
        self.delete_contact_button = button(
            self.tr("Supprimer"), "delete_contact", self.delete_contact, tall=True
        )
        self.pair_button = button(
            self.tr("Accompagner une membre…"), "pair_mentor", self.pair_mentor, tall=True
        )
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Personnes extérieures (marraines, intervenantes…)")))
        column.addWidget(self.contacts_table, 1)
        column.addWidget(self.contact_details)
        column.addLayout(
            hbox(
                self.add_contact_button,
                self.edit_contact_button,
                self.delete_contact_button,
                self.pair_button,
                stretch_after=True,
                margins=False,
            )
        )
        return column

    def refresh(self) -> None:
        chosen_organisation = self.selected_organisation()
        chosen_contact = self.selected_contact()
        with self.ctx.db.session() as session:
            self.organisations.set_rows(
                organisations.list_organisations(session, self.search.text())
            )
            self.contacts.set_rows(contacts.list_contacts(session, self.search.text()))
        if chosen_organisation is not None:
            self.select_organisation(chosen_organisation.id)
        if chosen_contact is not None:
            select_key(self.contacts_table, self.contacts_proxy, self.contacts, chosen_contact.id)
        self._show_details()
        self._show_contact()

    def selected_organisation(self) -> OrganisationInfo | None:
        return selected_row(self.organisations_table, self.organisations_proxy, self.organisations)

    def select_organisation(self, organisation_id: int) -> None:
        select_key(
            self.organisations_table, self.organisations_proxy, self.organisations, organisation_id
        )

    def selected_contact(self) -> ContactInfo | None:
        return selected_row(self.contacts_table, self.contacts_proxy, self.contacts)

    def _update_buttons(self) -> None:
        organisation = self.selected_organisation() is not None
        contact = self.selected_contact() is not None
        self.edit_organisation_button.setEnabled(organisation)
        self.delete_organisation_button.setEnabled(organisation)
        self.edit_contact_button.setEnabled(contact)
        self.delete_contact_button.setEnabled(contact)
        chosen = self.selected_contact()
        self.pair_button.setEnabled(
            chosen is not None
            and chosen.role == ContactRole.MENTOR
            and self.ctx.cohort_id is not None
        )

    def _show_details(self) -> None:
        self._update_buttons()
        organisation = self.selected_organisation()
        if organisation is None:
            self.details.setText("")
            return
        with self.ctx.db.session() as session:
            people = contacts.list_contacts(session, organisation_id=organisation.id)
            orders = orders_of(session, organisation.id)
        lines = []
        if organisation.address:
            lines.append(fill(self.tr("Adresse : {address}"), address=organisation.address))
        if organisation.transport_note:
            lines.append(
                fill(self.tr("Comment y aller : {note}"), note=organisation.transport_note)
            )
        if people:
            lines.append(
                fill(
                    self.tr("Personnes : {names}"),
                    names=listing(person.full_name for person in people),
                )
            )
        if orders:
            lines.append(
                fill(
                    self.tr("Commandes : {orders}"),
                    orders=listing(
                        fill(
                            self.tr("{date} ({status})"),
                            date=format_date(order.event_date),
                            status=order.status_label,
                        )
                        for order in orders
                    ),
                )
            )
        self.details.setText("\n".join(lines))

    def _show_contact(self) -> None:
        """A mentor's members in the cohort shown, and her mornings there."""
        self._update_buttons()
        contact = self.selected_contact()
        cohort_id = self.ctx.cohort_id
        if contact is None or cohort_id is None:
            self.contact_details.setText("")
            return
        with self.ctx.db.session() as session:
            paired = [p for p in mentors.pairings(session, cohort_id) if p.mentor_id == contact.id]
            mornings = [
                m for m in mentors.mentor_mornings(session, cohort_id) if m.mentor_id == contact.id
            ]
        lines = []
        if paired:
            lines.append(
                fill(
                    self.tr("Accompagne : {names}"),
                    names=listing(p.member_name for p in paired),
                )
            )
        if mornings:
            lines.append(
                fill(
                    self.tr("Ses matinées : {dates}"),
                    dates=listing(format_date(day) for day in mornings[0].dates),
                )
            )
        self.contact_details.setText("\n".join(lines))

    def _organisation_names(self) -> list[tuple[int, str]]:
        with self.ctx.db.session() as session:
            return [(o.id, o.name) for o in organisations.list_organisations(session)]

    def add_organisation(self) -> None:
        def save(data):
            with self.ctx.db.session() as session:
                return organisations.create_organisation(session, data)

        dialog = OrganisationDialog(save, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddOrganisation(self.ctx, dialog.result_value))
            self.ctx.changed(Area.DIRECTORY)
            self.select_organisation(dialog.result_value.id)

    def edit_organisation(self) -> None:
        organisation = self.selected_organisation()
        if organisation is None:
            return
        seen = SeenRecord(
            self.ctx,
            (Area.DIRECTORY,),
            organisation,
            lambda session: organisations.get_organisation(session, organisation.id),
            lambda session, data, before: organisations.update_organisation(
                session, organisation.id, data, seen=before
            ),
            seen_of=lambda record: record.as_input(),
        )
        dialog = OrganisationDialog(seen.save, seen.record, parent=self, reload=seen.reload)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                EditOrganisation(
                    self.ctx,
                    organisation.id,
                    seen.record.as_input(),
                    dialog.result_value.as_input(),
                )
            )

    def delete_organisation(self) -> None:
        organisation = self.selected_organisation()
        if organisation is not None:
            confirm_and_trash(
                self.ctx,
                self,
                organisation.name,
                lambda session: organisations.trash_organisation(session, organisation.id),
                Area.DIRECTORY,
            )

    def add_contact(self) -> None:
        chosen = self.selected_organisation()

        def save(data):
            with self.ctx.db.session() as session:
                return contacts.create_contact(session, data)

        dialog = ContactDialog(save, self._organisation_names(), parent=self)
        if chosen is not None:
            dialog.organisation.setCurrentIndex(dialog.organisation.findData(chosen.id))
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(AddContact(self.ctx, dialog.result_value))
            self.ctx.changed(Area.DIRECTORY)

    def pair_mentor(self) -> None:
        """The chosen mentor accompanies a member of the cohort shown (undoable)."""
        mentor = self.selected_contact()
        cohort_id = self.ctx.cohort_id
        if mentor is None or cohort_id is None:
            return
        with self.ctx.db.session() as session:
            members = [
                (p.id, f"{p.first_name} {p.last_name}".strip())
                for p in list_people(session, cohort_id)
                if p.role == PersonRole.MEMBER
            ]

        def save(typed: tuple[int | None, str]):
            person_id, notes = typed
            with self.ctx.db.session() as session:
                return mentors.pair(session, cohort_id, mentor.id, person_id, notes)

        dialog = PairingDialog(save, mentor.full_name, members, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(PairMentor(self.ctx, dialog.result_value))
            self.ctx.changed(Area.DIRECTORY)

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        seen = SeenRecord(
            self.ctx,
            (Area.DIRECTORY,),
            contact,
            lambda session: contacts.get_contact(session, contact.id),
            lambda session, data, before: contacts.update_contact(
                session, contact.id, data, seen=before
            ),
            seen_of=lambda record: record.as_input(),
        )
        dialog = ContactDialog(
            seen.save, self._organisation_names(), seen.record, parent=self, reload=seen.reload
        )
        if dialog.exec() and dialog.result_value is not None:
            self.ctx.undo_stack.push(
                EditContact(
                    self.ctx, contact.id, seen.record.as_input(), dialog.result_value.as_input()
                )
            )

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is not None:
            confirm_and_trash(
                self.ctx,
                self,
                contact.full_name,
                lambda session: contacts.trash_contact(session, contact.id),
                Area.DIRECTORY,
            )
