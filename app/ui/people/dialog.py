"""The dialog that adds or edits a person; the service's message appears under the wrong field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from app.services.people.countries import country_names
from app.services.people.members import PersonInfo, PersonInput
from app.services.text_match import named_key, sort_key
from app.ui.dialogs import FormDialog
from app.ui.folded_completer import find_as_you_type
from app.ui.style import Role as StyleRole
from app.ui.style import set_role, size_by_font
from app.ui.vocab_combo import add_choices
from app.vocab.people import Gender, Role, gender_label, role_label


class PersonDialog(FormDialog):
    """`save` receives the typed PersonInput and writes it (raising ValidationError if refused)."""

    def __init__(
        self,
        save: Callable[[PersonInput], PersonInfo],
        person: PersonInfo | None = None,
        parent=None,
        reload: Callable[[], PersonInfo] | None = None,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("person_dialog")
        self.setWindowTitle(self.tr("Nouvelle personne") if person is None else self.tr("Modifier"))
        size_by_font(self, min_width=66)

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.role = add_choices(QComboBox(), Role, role_label)
        self.gender = add_choices(QComboBox(), Gender, gender_label)
        self.gender.setCurrentIndex(self.gender.findData(Gender.UNSTATED))
        self.gender.setToolTip(
            self.tr("Seulement si la personne le dit. Non précisé : son rôle s'écrit au féminin.")
        )
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", None)
        for code, name in sorted(country_names("fr").items(), key=lambda item: sort_key(item[1])):
            self.country.addItem(name, code)
        find_as_you_type(self.country)  # "egypte" finds "Égypte"
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("par exemple : arabe, français"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+32 470 12 34 56")
        self.notes = QPlainTextEdit()
        size_by_font(self.notes, height=4.4)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)

        form = QFormLayout()
        rows = (
            ("first_name", self.tr("Prénom *"), self.first_name),
            ("last_name", self.tr("Nom"), self.last_name),
            ("role", self.tr("Rôle"), self.role),
            ("gender", self.tr("Genre"), self.gender),
            ("country_code", self.tr("Pays d'origine"), self.country),
            ("languages", self.tr("Langues parlées"), self.languages),
            ("phone", self.tr("Téléphone"), self.phone),
            ("notes", self.tr("Notes"), self.notes),
        )
        self.add_rows(form, rows)
        form.addRow("", self.active)
        self.active.setAccessibleName(self.tr("Active"))
        hint = QLabel(self.tr("Ne notez rien sur le titre de séjour, les papiers ni l'âge."))
        hint.setWordWrap(True)
        set_role(hint, StyleRole.HINT)

        self.lay_out(form, hint)
        if person is not None:
            self._fill(person)
        self.first_name.setFocus()

    def refill(self, person: PersonInfo) -> None:
        """The person as stored now, in place of what was typed (its save was refused)."""
        self._fill(person)

    def _fill(self, person: PersonInfo) -> None:
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender)))
        index = self.country.findData(person.country_code)
        self.country.setCurrentIndex(max(0, index))
        self.languages.setText(person.languages)
        self.phone.setText(person.phone)
        self.notes.setPlainText(person.notes)
        self.active.setChecked(person.active)

    def country_code(self) -> str | None:
        """The chosen country's code; typed text is matched by name, else passed on as a code."""
        text = self.country.currentText().strip()
        if not text:
            return None
        index = named_key(
            ((i, self.country.itemText(i)) for i in range(self.country.count())), text
        )
        return self.country.itemData(index) if index is not None else text

    def typed(self) -> PersonInput:
        return PersonInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            role=self.role.currentData(),
            gender=self.gender.currentData(),
            country_code=self.country_code(),
            languages=self.languages.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
        )
