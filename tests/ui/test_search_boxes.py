"""Search boxes typed into as a person would, without accents, capitals or ligatures: those that
ask a service (the Members tab's list and its directory) and the lines' type-ahead pickers find
what is stored with them. (The Menus tab's lists: tests/ui/test_menus_tab.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.db import Database
from app.services.directory import contacts, organisations
from app.services.directory.contacts import ContactInput
from app.services.directory.organisations import OrganisationInput
from app.services.people import cohorts
from app.services.people import members as people
from app.services.people.members import PersonInput
from app.ui.menus.line_widgets import type_ahead_picker
from app.ui.people.dialog import PersonDialog
from tests.ui.test_directory_page import directory_of, rows
from tests.ui.test_main_window import members_in_table, open_window, seed


def test_the_members_search_ignores_accents_and_capitals(qtbot, db_path):
    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        cohort_id = cohorts.list_cohorts(session)[0].id
        for first, last in [("Zoé", "Martin"), ("Élodie", "Dupont"), ("Hằng", "Nguyễn Thị")]:
            people.create_person(session, PersonInput(first, last), cohort_id)
    database.close()
    window, database = open_window(qtbot, db_path)
    assert members_in_table(window) == ["Élodie", "Hằng", "Zoé"]  # "É" among the e's
    tab = window.page("members")
    qtbot.keyClicks(tab.search, "ELODIE")
    assert members_in_table(window) == ["Élodie"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "nguyen hang")
    assert members_in_table(window) == ["Hằng"]
    window.close()
    database.close()


def test_the_directory_search_ignores_accents_capitals_and_ligatures(qtbot, db_path):
    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        organisations.create_organisation(
            session, OrganisationInput("Cœur de Liège", address="Rue Hors-Château 1")
        )
        organisations.create_organisation(session, OrganisationInput("MAdiL"))
        contacts.create_contact(session, ContactInput("Élise", "Lefèvre"))
    database.close()
    window, database = open_window(qtbot, db_path)
    page = directory_of(window)
    qtbot.keyClicks(page.search, "coeur liege")
    assert rows(page.organisations_table) == ["Cœur de Liège"]
    page.search.clear()
    qtbot.keyClicks(page.search, "LEFEVRE")
    assert rows(page.contacts_table) == ["Élise Lefèvre"]
    assert rows(page.organisations_table) == []
    window.close()
    database.close()


def test_a_line_picker_pops_the_entries_whatever_their_accents_and_picks_one(qtbot):
    """The recipe, menu and order lines' type-ahead: "oeuf" pops "Œufs bio" and "Blancs d'œufs",
    "CREME" pops "Crème fraîche"; Enter on the first picks its entry, id and all."""
    choices = [("Œufs bio", 1), ("Crème fraîche", 2), ("Blancs d'œufs", 3), ("Sel", 4)]
    picker = type_ahead_picker(choices, "Ingrédient")
    qtbot.addWidget(picker)
    picker.show()
    completer = picker.completer()

    def popped() -> list[str]:
        model = completer.completionModel()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    qtbot.keyClicks(picker.lineEdit(), "oeuf")
    assert popped() == ["Œufs bio", "Blancs d'œufs"]
    assert completer.popup().isVisible()
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert (picker.currentText(), picker.currentData()) == ("Œufs bio", 1)
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "CREME")
    assert popped() == ["Crème fraîche"]


def test_the_person_dialog_lists_countries_as_read_and_finds_them_without_accents(qtbot):
    dialog = PersonDialog(lambda data: None)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.country.itemText(i) for i in range(dialog.country.count())]
    assert names.index("Égypte") < names.index("Espagne") < names.index("Zimbabwe")
    qtbot.keyClicks(dialog.country.lineEdit(), "EGYPT")
    completions = dialog.country.completer().completionModel()
    assert [completions.index(r, 0).data() for r in range(completions.rowCount())] == ["Égypte"]
    dialog.country.setEditText("égypte")  # typed whole, in other capitals: the country's code
    assert dialog.country_code() == "EG"
