"""The first-run assistant: create the cooperative, its first cohort and its members, or open the
demo instead. Shown by app.py when the database holds no cooperative yet.

`FirstRunWizard.choice` after exec(): "created", "demo", or None (closed: the main window's welcome
bar then guides the person step by step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.services.errors import ValidationError
from app.services.people.cohorts import CohortInput
from app.services.people.first_run import FirstRunInput, FirstRunResult, member_lines
from app.ui.cooperative_dialog import label_language_combo
from app.ui.large_mode import follow_large_mode
from app.ui.style import Role, set_role, size_by_font

START, COOPERATIVE, COHORT, MEMBERS = range(4)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    set_role(label, Role.ERROR)
    label.setWordWrap(True)
    label.hide()
    return label


class _StartPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.setTitle(self.tr("Bienvenue !"))
        self.demo = QPushButton(self.tr("Ouvrir la &démo (pour essayer)"))
        self.demo.setObjectName("first_run_demo")
        size_by_font(self.demo, min_height=2.8)
        self.demo.clicked.connect(wizard.open_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr("Cette base est vide.")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Pour créer votre coopérative, cliquez sur « Suivant ». Pour essayer "
                    "l'application avec des exemples, ouvrez la démo."
                )
            )
        )
        layout.addWidget(self.demo)
        layout.addStretch(1)


class _CooperativePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Votre coopérative"))
        self.name = QLineEdit()
        self.name.setObjectName("cooperative_name")
        self.name.setAccessibleName(self.tr("Nom de la coopérative"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("cooperative_address")
        self.address.setAccessibleName(self.tr("Adresse"))
        self.address.setTabChangesFocus(True)
        size_by_font(self.address, height=4)
        self.label_language = label_language_combo("fr")
        self.label_language.setObjectName("label_language")
        self.label_language.setAccessibleName(self.tr("Langue des étiquettes et documents clients"))
        self.error = _error_label("cooperative_error")
        form = QFormLayout(self)
        form.addRow(
            _hint(self.tr("Écrivez le nom de votre coopérative. L'adresse est facultative."))
        )
        form.addRow(self.tr("&Nom *"), self.name)
        form.addRow(self.tr("&Adresse"), self.address)
        form.addRow(self.tr("&Langue des étiquettes et documents clients"), self.label_language)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        if self.name.text().strip():
            self.error.hide()
            return True
        self.error.setText(self.tr("Écrivez le nom de la coopérative."))
        self.error.show()
        self.name.setFocus()
        return False


class _CohortPage(QWizardPage):
    def __init__(self, today):
        super().__init__()
        self.setTitle(self.tr("La première cohorte"))
        self.name = QLineEdit(self.tr("Coopérative 1"))
        self.name.setObjectName("cohort_name")
        self.name.setAccessibleName(self.tr("Nom de la cohorte"))
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setObjectName("cohort_start")
        self.start.setAccessibleName(self.tr("Début"))
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(QDate(today.year, today.month, today.day).addMonths(3))
        self.end.setObjectName("cohort_end")
        self.end.setAccessibleName(self.tr("Fin"))
        self.end.setDisplayFormat("dd/MM/yyyy")
        self.end.setCalendarPopup(True)
        self.error = _error_label("cohort_error")
        form = QFormLayout(self)
        form.addRow(_hint(self.tr("Une cohorte, c'est un groupe de membres pendant trois mois.")))
        form.addRow(self.tr("&Nom *"), self.name)
        form.addRow(self.tr("&Début"), self.start)
        form.addRow(self.tr("&Fin"), self.end)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            self.error.setText(self.tr("Écrivez le nom de la cohorte."))
        elif self.end.date() < self.start.date():
            self.error.setText(self.tr("La fin doit venir après le début."))
        else:
            self.error.hide()
            return True
        self.error.show()
        return False


class _MembersPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Les membres"))
        self.names = QPlainTextEdit()
        self.names.setObjectName("member_names")
        self.names.setAccessibleName(self.tr("Membres, un nom par ligne"))
        self.names.setPlaceholderText(self.tr("Amina Diallo\nOlga Petrova\nLinh Nguyen"))
        self.names.setTabChangesFocus(True)
        self.error = _error_label("members_error")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _hint(
                self.tr(
                    "Écrivez un nom par ligne : le prénom, puis le nom. Vous pourrez en ajouter "
                    "plus tard dans l'onglet Membres."
                )
            )
        )
        label = QLabel(self.tr("&Membres :"))
        label.setBuddy(self.names)
        layout.addWidget(label)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.error)


class FirstRunWizard(QWizard):
    """`save(FirstRunInput) -> FirstRunResult` writes everything (raising ValidationError)."""

    def __init__(self, save: Callable[[FirstRunInput], FirstRunResult], today, parent=None):
        super().__init__(parent)
        follow_large_mode(self)  # opened before the main window, with no parent
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Premier démarrage"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        size_by_font(self, min_width=80, min_height=25)
        self._save = save
        self.choice: str | None = None
        self.result_value: FirstRunResult | None = None
        self.start_page = _StartPage(self)
        self.cooperative_page = _CooperativePage()
        self.cohort_page = _CohortPage(today)
        self.members_page = _MembersPage()
        self.setPage(START, self.start_page)
        self.setPage(COOPERATIVE, self.cooperative_page)
        self.setPage(COHORT, self.cohort_page)
        self.setPage(MEMBERS, self.members_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Retour"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Plus tard"))
        for which, name in (
            (QWizard.WizardButton.NextButton, "next"),
            (QWizard.WizardButton.BackButton, "back"),
            (QWizard.WizardButton.FinishButton, "finish"),
            (QWizard.WizardButton.CancelButton, "cancel"),
        ):
            self.button(which).setObjectName(name)

    def typed(self) -> FirstRunInput:
        return FirstRunInput(
            cooperative_name=self.cooperative_page.name.text(),
            cooperative_address=self.cooperative_page.address.toPlainText(),
            cohort=CohortInput(
                name=self.cohort_page.name.text(),
                start_date=self.cohort_page.start.date().toPython(),
                end_date=self.cohort_page.end.date().toPython(),
            ),
            member_names=member_lines(self.members_page.names.toPlainText()),
            label_language=self.cooperative_page.label_language.currentData(),
        )

    def open_demo(self) -> None:
        self.choice = "demo"
        super().accept()

    def accept(self) -> None:
        try:
            self.result_value = self._save(self.typed())
        except ValidationError as error:
            page, label = {
                "name": (COOPERATIVE, self.cooperative_page.error),
                "address": (COOPERATIVE, self.cooperative_page.error),
                "label_language": (COOPERATIVE, self.cooperative_page.error),
                "members": (MEMBERS, self.members_page.error),
            }.get(error.field, (COHORT, self.cohort_page.error))
            label.setText(error.message)
            label.show()
            while self.currentId() != page and self.currentId() != START:
                self.back()
            return
        self.choice = "created"
        super().accept()


def run_first_run(database, today, parent=None) -> str | None:
    """Show the assistant on `database`; returns "created", "demo" or None."""
    from app.services.people.first_run import create_start

    def save(data: FirstRunInput) -> FirstRunResult:
        with database.session() as session:
            return create_start(session, data)

    wizard = FirstRunWizard(save, today, parent)
    wizard.exec()
    return wizard.choice


def demo_database_path():
    """A fresh demo database in a temporary folder (what `--demo` opens)."""
    import tempfile
    from pathlib import Path

    from app.demo import write_demo

    return write_demo(Path(tempfile.mkdtemp(prefix="coopactives-demo-")) / "demo.sqlite3")
