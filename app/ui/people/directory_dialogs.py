"""The dialogs that add or edit an organisation or an outside person of the directory; the
service's message appears under the wrong field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from app.services.directory.contacts import ContactInfo, ContactInput
from app.services.directory.organisations import OrganisationInfo, OrganisationInput
from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.vocab_combo import add_choices
from app.vocab.directory import (
    ContactRole,
    OrganisationKind,
    contact_role_label,
    organisation_kind_label,
)


def _text_box(height: float) -> QPlainTextEdit:
    box = QPlainTextEdit()
    size_by_font(box, height=height)
    return box


class OrganisationDialog(FormDialog):
    """`save` receives the typed OrganisationInput and writes it."""

    def __init__(
        self,
        save: Callable[[OrganisationInput], OrganisationInfo],
        organisation: OrganisationInfo | None = None,
        parent=None,
        reload: Callable[[], OrganisationInfo] | None = None,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("organisation_dialog")
        self.setWindowTitle(
            self.tr("Nouvelle organisation") if organisation is None else self.tr("Modifier")
        )
        size_by_font(self, min_width=66)
        self.name = QLineEdit()
        self.kind = add_choices(QComboBox(), OrganisationKind, organisation_kind_label)
        self.address = _text_box(2.4)
        self.transport_note = _text_box(2.4)
        self.transport_note.setPlaceholderText(
            self.tr("par exemple : bus 4, arrêt Pont d'Avroy, puis 5 minutes à pied")
        )
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("nom@exemple.be"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+32 4 222 33 44")
        self.notes = _text_box(3.4)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("name", self.tr("Nom *"), self.name),
                ("kind", self.tr("Type"), self.kind),
                ("address", self.tr("Adresse"), self.address),
                ("transport_note", self.tr("Comment y aller"), self.transport_note),
                ("email", self.tr("E-mail"), self.email),
                ("phone", self.tr("Téléphone"), self.phone),
                ("notes", self.tr("Notes"), self.notes),
            ),
        )
        self.lay_out(form)
        if organisation is not None:
            self._fill(organisation)
        self.name.setFocus()

    def refill(self, organisation: OrganisationInfo) -> None:
        self._fill(organisation)

    def _fill(self, organisation: OrganisationInfo) -> None:
        self.name.setText(organisation.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(organisation.kind)))
        self.address.setPlainText(organisation.address)
        self.transport_note.setPlainText(organisation.transport_note)
        self.email.setText(organisation.email)
        self.phone.setText(organisation.phone)
        self.notes.setPlainText(organisation.notes)

    def typed(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            transport_note=self.transport_note.toPlainText(),
            notes=self.notes.toPlainText(),
        )


class ContactDialog(FormDialog):
    """`save` receives the typed ContactInput; `organisations` are (id, name) for the combo."""

    def __init__(
        self,
        save: Callable[[ContactInput], ContactInfo],
        organisations: list[tuple[int, str]],
        contact: ContactInfo | None = None,
        parent=None,
        reload: Callable[[], ContactInfo] | None = None,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("contact_dialog")
        self.setWindowTitle(
            self.tr("Nouvelle personne") if contact is None else self.tr("Modifier")
        )
        size_by_font(self, min_width=66)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.role = add_choices(QComboBox(), ContactRole, contact_role_label)
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(aucune)"), None)
        for organisation_id, name in organisations:
            self.organisation.addItem(name, organisation_id)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("nom@exemple.be"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+32 470 12 34 56")
        self.notes = _text_box(3.4)
        self.notes.setPlaceholderText(self.tr("par exemple : a enseigné les étiquettes"))
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("first_name", self.tr("Prénom *"), self.first_name),
                ("last_name", self.tr("Nom"), self.last_name),
                ("role", self.tr("Rôle"), self.role),
                ("organisation", self.tr("Organisation"), self.organisation),
                ("email", self.tr("E-mail"), self.email),
                ("phone", self.tr("Téléphone"), self.phone),
                ("notes", self.tr("Notes"), self.notes),
            ),
        )
        self.lay_out(form)
        if contact is not None:
            self._fill(contact)
        self.first_name.setFocus()

    def refill(self, contact: ContactInfo) -> None:
        self._fill(contact)

    def _fill(self, contact: ContactInfo) -> None:
        self.first_name.setText(contact.first_name)
        self.last_name.setText(contact.last_name)
        self.role.setCurrentIndex(max(0, self.role.findData(contact.role)))
        self.organisation.setCurrentIndex(
            max(0, self.organisation.findData(contact.organisation_id))
        )
        self.email.setText(contact.email)
        self.phone.setText(contact.phone)
        self.notes.setPlainText(contact.notes)

    def typed(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            role=self.role.currentData(),
            organisation_id=self.organisation.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )


class PairingDialog(FormDialog):
    """A mentor accompanies a member of the cohort: `save` receives (member's id, notes);
    `members` are (id, name) for the combo."""

    def __init__(
        self,
        save: Callable[[tuple[int | None, str]], object],
        mentor_name: str,
        members: list[tuple[int, str]],
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("pairing_dialog")
        self.setWindowTitle(self.tr("Accompagner une membre"))
        size_by_font(self, min_width=56)
        self.member = QComboBox()
        self.member.setObjectName("pairing_member")
        for person_id, name in members:
            self.member.addItem(name, person_id)
        self.notes = _text_box(3.4)
        self.notes.setPlaceholderText(
            self.tr("par exemple : se voient le jeudi pour la comptabilité")
        )
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("mentor_id", self.tr("Marraine / parrain"), QLabel(mentor_name)),
                ("person_id", self.tr("Membre"), self.member),
                ("notes", self.tr("Notes"), self.notes),
            ),
        )
        self.lay_out(form)

    def typed(self) -> tuple[int | None, str]:
        return self.member.currentData(), self.notes.toPlainText()
