"""The directory page of the Members tab, driven as a person would: add an organisation and one
of its people, find them, edit, undo, and a customer with orders refused on delete."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import func, select

from app.db import Database
from app.models.directory import Organisation
from app.services.directory import organisations
from app.services.directory.organisations import OrganisationInput
from app.services.menus import orders
from tests.services.sales_fixtures import make_shop
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_main_window import open_window, seed


def rows(table) -> list[str]:
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def directory_of(window):
    tab = window.page("members")
    tab.pages.setCurrentWidget(tab.directory)
    return tab.directory


def test_add_an_organisation_and_its_mentor_find_them_and_undo(qtbot, db_path):
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    page = directory_of(window)

    def organisation(dialog):
        type_text(qtbot, dialog.name, "MAdiL")
        type_text(qtbot, dialog.address, "Rue de la Gare 1, Liège")
        type_text(qtbot, dialog.transport_note, "Bus 4")
        save(qtbot, dialog)

    errors = when_dialog_opens(organisation, "organisation_dialog")
    qtbot.mouseClick(
        page.findChild(type(page.edit_organisation_button), "add_organisation"),
        Qt.MouseButton.LeftButton,
    )
    assert not errors
    assert rows(page.organisations_table) == ["MAdiL"]
    page.organisations_table.selectRow(0)

    def mentor(dialog):
        assert dialog.organisation.currentText() == "MAdiL"  # the selected organisation
        type_text(qtbot, dialog.first_name, "Nadia")
        type_text(qtbot, dialog.last_name, "Benali")
        dialog.role.setCurrentIndex(dialog.role.findData("mentor"))
        save(qtbot, dialog)

    errors = when_dialog_opens(mentor, "contact_dialog")
    qtbot.mouseClick(
        page.findChild(type(page.edit_contact_button), "add_contact"), Qt.MouseButton.LeftButton
    )
    assert not errors
    assert rows(page.contacts_table) == ["Nadia Benali"]
    page.organisations_table.selectRow(0)
    assert "Nadia Benali" in page.details.text() and "Bus 4" in page.details.text()

    qtbot.keyClicks(page.search, "gare")
    assert rows(page.organisations_table) == ["MAdiL"]
    assert rows(page.contacts_table) == []
    page.search.clear()

    window.undo_action.trigger()  # the mentor's addition
    assert rows(page.contacts_table) == []
    window.undo_action.trigger()  # the organisation's
    assert rows(page.organisations_table) == []
    window.redo_action.trigger()
    assert rows(page.organisations_table) == ["MAdiL"]
    window.close()
    database.close()


def test_a_duplicate_name_shows_at_the_field_and_saves_nothing(qtbot, db_path):
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    with database.session() as session:
        organisations.create_organisation(session, OrganisationInput("OuftiCoop"))
    page = directory_of(window)
    page.refresh()
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.name, "oufticoop")
        save(qtbot, dialog)
        seen["error"] = dialog.findChild(QLabel, "error_name").text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    errors = when_dialog_opens(fill, "organisation_dialog")
    page.add_organisation()
    assert not errors
    assert seen["open"] and "déjà dans le répertoire" in seen["error"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 1
    window.close()
    database.close()


def test_deleting_a_customer_with_orders_is_refused_naming_them(qtbot, db_path, monkeypatch):
    database = Database.open(db_path)
    with database.session() as session:
        shop = make_shop(session)
        wow = organisations.create_organisation(session, OrganisationInput("WOW", "customer"))
        orders.create_order(
            session,
            orders.OrderInput(
                "",
                dt.date(2022, 10, 20),
                (orders.OrderLineInput(shop.soup, Decimal(3)),),
                organisation_id=wow.id,
            ),
            dt.date(2022, 10, 1),
        )
    database.close()
    window, database = open_window(qtbot, db_path)
    page = directory_of(window)
    page.refresh()
    page.organisations_table.selectRow(0)
    assert "20/10/2022" in page.details.text()
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warned.append(args[2]))
    qtbot.mouseClick(page.delete_organisation_button, Qt.MouseButton.LeftButton)
    assert "WOW du 20/10/2022" in warned[0]
    assert rows(page.organisations_table) == ["WOW"]
    window.close()
    database.close()


def test_a_mentor_shows_her_members_and_a_member_her_mentor(qtbot, db_path):
    from app.services.directory import contacts, mentors
    from app.services.directory.contacts import ContactInput
    from app.services.people import cohorts, members

    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.find_cohort(session, "Coopérative 2")
        amina = members.create_person(session, members.PersonInput("Amina"), cohort.id)
        patricia = contacts.create_contact(session, ContactInput("Patricia", role="mentor"))
        mentors.pair(session, cohort.id, patricia.id, amina.id, "Étiquettes")
    database.close()
    window, database = open_window(qtbot, db_path)
    tab = window.page("members")
    tab.table.selectRow(0)
    assert tab.mentor_label.text() == "Marraine / parrain : Patricia — Étiquettes"
    page = directory_of(window)
    page.refresh()
    page.contacts_table.selectRow(0)
    assert page.contact_details.text() == "Accompagne : Amina"
    window.close()
    database.close()


def test_pair_a_mentor_with_a_member_then_undo(qtbot, db_path):
    """Répertoire: choose the mentor, "Accompagner une membre…", pick the member, a note, save;
    her page names her mentor; Edit › Undo removes the pair again."""
    from app.models.directory import MentorPairing
    from app.services.directory import contacts
    from app.services.directory.contacts import ContactInput
    from app.services.people import cohorts, members

    seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.find_cohort(session, "Coopérative 2")
        members.create_person(session, members.PersonInput("Amina"), cohort.id)
        contacts.create_contact(session, ContactInput("Lucie", role="speaker"))
        contacts.create_contact(session, ContactInput("Patricia", role="mentor"))
    database.close()
    window, database = open_window(qtbot, db_path)
    page = directory_of(window)
    page.refresh()
    names = rows(page.contacts_table)
    page.contacts_table.selectRow(names.index("Lucie"))
    assert not page.pair_button.isEnabled()  # a speaker accompanies no one
    page.contacts_table.selectRow(names.index("Patricia"))
    assert page.pair_button.isEnabled()

    def pair(dialog):
        assert dialog.member.currentText() == "Amina"
        dialog.notes.setPlainText("Les comptes, le jeudi")
        save(qtbot, dialog)

    errors = when_dialog_opens(pair, "pairing_dialog")
    qtbot.mouseClick(page.pair_button, Qt.MouseButton.LeftButton)
    assert errors == []
    with database.session() as session:
        stored = session.scalars(select(MentorPairing)).all()
        assert [p.notes for p in stored] == ["Les comptes, le jeudi"]
    assert page.contact_details.text() == "Accompagne : Amina"
    tab = window.page("members")
    tab.pages.setCurrentIndex(0)
    tab.table.selectRow(0)
    assert tab.mentor_label.text() == "Marraine / parrain : Patricia — Les comptes, le jeudi"
    window.undo_action.trigger()  # the pair
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(MentorPairing)) == 0
    window.close()
    database.close()


def test_the_directory_is_built_and_read_when_its_page_is_first_shown(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        organisations.create_organisation(session, OrganisationInput("WOW", "customer"))
    database.close()
    window, database = open_window(qtbot, db_path)
    window.open_tab("members")
    tab = window.page("members")
    assert set(tab._lazy.built()) == {"members"}
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert set(tab._lazy.built()) == {"members", "directory"}
    assert tab.pages.currentWidget() is tab.directory
    assert rows(tab.directory.organisations_table) == ["WOW"]
