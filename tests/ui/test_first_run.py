"""The first-run assistant, filled in as a person would; then the window shows what she typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.db import Database
from app.services.people import cooperative
from app.services.people import members as people
from app.services.today.first_screen import needs_first_run
from app.ui.context import AppContext
from app.ui.first_run.wizard import FirstRunWizard, run_first_run
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens

TODAY = dt.date(2022, 9, 12)


def fill_and_finish(qtbot, members: str, label_language: str = ""):
    def fill(wizard: FirstRunWizard):
        click = lambda which: qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)
        click(QWizard.WizardButton.NextButton)
        page = wizard.cooperative_page
        click(QWizard.WizardButton.NextButton)  # refused: no name yet
        assert page.error.isVisibleTo(wizard) and wizard.currentPage() is page
        type_text(qtbot, page.name, "Les Cuisinières de Liège")
        if label_language:
            page.label_language.setCurrentIndex(page.label_language.findText(label_language))
        click(QWizard.WizardButton.NextButton)
        wizard.cohort_page.name.selectAll()
        type_text(qtbot, wizard.cohort_page.name, "Coopérative 2")
        click(QWizard.WizardButton.NextButton)
        for number, line in enumerate(members.split("\n")):
            if number:
                qtbot.keyClick(wizard.members_page.names, Qt.Key.Key_Return)
            type_text(qtbot, wizard.members_page.names, line)
        click(QWizard.WizardButton.FinishButton)
        if wizard.isVisible():  # refused: the message is shown, then the test gives up
            wizard.failed_message = wizard.members_page.error.text()
            wizard.reject()

    return when_dialog_opens(fill, "first_run_wizard")


def test_fill_the_assistant_and_the_window_shows_the_cooperative_and_members(qtbot, db):
    assert needs_first_run(db)
    errors = fill_and_finish(qtbot, "Amina Diallo\n\nOlga Petrova\nLinh")
    assert run_first_run(db, TODAY) == "created"
    assert errors == []
    assert not needs_first_run(db)
    with db.session() as session:
        assert cooperative.label_language(session) == "fr"  # unless she chooses another

    window = MainWindow(AppContext(db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Les Cuisinières de Liège"
    assert window.cohort_box.currentText() == "Coopérative 2"
    assert not window.welcome.isVisible()
    window.open_tab("members")
    model = window.page("members").table.model()
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert shown == {"Amina", "Olga", "Linh"}
    window.close()


def test_the_label_language_chosen_in_the_assistant_is_kept(qtbot, db):
    errors = fill_and_finish(qtbot, "Amina Diallo", label_language="Nederlands")
    assert run_first_run(db, TODAY) == "created"
    assert errors == []
    with db.session() as session:
        info = cooperative.get_cooperative(session)
    assert info.label_language == "nl"
    assert info.producer_line == "Gemaakt door Les Cuisinières de Liège"


def test_a_member_written_twice_is_refused_and_nothing_is_saved(qtbot, db):
    errors = fill_and_finish(qtbot, "Amina Diallo\namina diallo")
    assert run_first_run(db, TODAY) is None
    assert errors == []
    assert needs_first_run(db)
    with db.session() as session:
        assert cooperative.get_cooperative(session) is None
        assert people.list_people(session) == []


def test_choosing_the_demo_creates_nothing_here(qtbot, db):
    def pick_demo(wizard):
        qtbot.mouseClick(wizard.start_page.demo, Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(pick_demo, "first_run_wizard")
    assert run_first_run(db, TODAY) == "demo"
    assert errors == []
    assert needs_first_run(db)


def test_a_read_only_or_filled_database_skips_the_assistant(demo_db_path):
    database = Database.open(demo_db_path)
    try:
        assert not needs_first_run(database)
    finally:
        database.close()
