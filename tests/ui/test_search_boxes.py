"""The search boxes that ask a service (the Members tab's list and its directory), typed into as a
person would: without accents, capitals or ligatures, they find what is stored with them."""

from __future__ import annotations

from app.db import Database
from app.services.directory import contacts, organisations
from app.services.directory.contacts import ContactInput
from app.services.directory.organisations import OrganisationInput
from app.services.people import cohorts
from app.services.people import members as people
from app.services.people.members import PersonInput
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
