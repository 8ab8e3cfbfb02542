"""The member and menu forms have no version column: their save checks that what the form edits
still reads as when it opened. Changed meanwhile (another page, an undo): Save is refused with the
message, the fields show the record as stored, the database keeps the other change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from app.db import Database
from app.services.menus import menus
from app.services.people import cohorts, members
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import when_dialog_opens
from tests.ui.test_menus_tab import open_tab, seed
from tests.ui.test_stale_menu_forms import press_save, retype

JUNE = dt.date(2022, 6, 1)


def test_member_changed_elsewhere_is_refused_and_reloaded(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("Coopérative 2", JUNE, dt.date(2022, 12, 16))
        )
        person = members.create_person(
            session, members.PersonInput("Khadija", "Benali", phone="0470 11 22 33"), cohort.id
        )
    ctx = AppContext(database, today=lambda: JUNE)
    ctx.set_cohort(cohort.id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_tab("members")
    page = window.page("members")
    page.select_person(person.id)
    seen = {}

    def edit(dialog):
        retype(qtbot, dialog.languages, "arabe")
        with database.session() as session:  # meanwhile, another page writes her new phone
            members.update_person(
                session,
                person.id,
                members.PersonInput("Khadija", "Benali", phone="0470 99 88 77"),
            )
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["phone"] = dialog.phone.text()
        seen["languages"] = dialog.languages.text()
        with database.session() as session:
            seen["stored"] = members.get_person(session, person.id)
        retype(qtbot, dialog.languages, "arabe")
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "person_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["open"]
    assert "Cette personne a changé depuis que vous avez ouvert cette fenêtre" in seen["message"]
    assert seen["phone"] == seen["stored"].phone != "0470 11 22 33"
    assert seen["languages"] == "" and seen["stored"].languages == ""
    with database.session() as session:
        final = members.get_person(session, person.id)
    assert (final.phone, final.languages) == (seen["stored"].phone, "arabe")
    window.close()
    database.close()


def test_menu_changed_elsewhere_is_refused_and_reloaded(qtbot, db_path):
    data = seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        menu = menus.create_menu(
            session,
            menus.MenuInput("Brunch", "brunch", (menus.MenuItemInput(data["recipe"], Decimal(1)),)),
            JUNE,
        )
    database.close()
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.menus
    tab.pages.setCurrentWidget(page)
    seen = {}

    def edit(dialog):
        retype(qtbot, dialog.name, "Brunch des 20 ans")
        with database.session() as session:
            menus.update_menu(
                session,
                menu.id,
                menus.MenuInput(
                    "Brunch du quartier",
                    "brunch",
                    (menus.MenuItemInput(data["recipe"], Decimal(2)),),
                ),
                JUNE,
            )
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["name"] = dialog.name.text()
        seen["rows"] = dialog.items.rowCount()
        seen["portions"] = dialog.items.cellWidget(0, 1).text()
        with database.session() as session:
            seen["stored"] = menus.get_menu(session, menu.id, JUNE)
        dialog.reject()

    page.table.selectRow(0)
    errors = when_dialog_opens(edit, "menu_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["open"]
    assert "Ce menu a changé depuis que vous avez ouvert cette fenêtre" in seen["message"]
    assert (seen["name"], seen["rows"], seen["portions"]) == ("Brunch du quartier", 1, "2")
    stored = seen["stored"]
    assert stored.name == "Brunch du quartier"
    assert [item.portions_per_guest for item in stored.items] == [Decimal(2)]
    window.close()
    database.close()


def test_cohort_hours_changed_elsewhere_too_are_refused_and_reloaded(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("Coopérative 2", JUNE, dt.date(2022, 12, 16))
        )
    ctx = AppContext(database, today=lambda: JUNE)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.set_cohort(cohort.id)
    seen = {}

    def edit(dialog):
        dialog.hours.setValue(120)
        with database.session() as session:  # meanwhile: the planning is extended elsewhere
            cohorts.update_cohort(
                session,
                cohort.id,
                cohorts.CohortInput(
                    "Coopérative 2",
                    JUNE,
                    dt.date(2022, 12, 16),
                    planned_mornings=40,
                    planned_hours=110,
                ),
            )
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["fields"] = (dialog.mornings.value(), dialog.hours.value())
        dialog.hours.setValue(120)
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "cohort_dialog")
    window.edit_cohort_action.trigger()
    assert not errors
    assert seen["open"]
    assert "Cette cohorte a changé depuis que vous avez ouvert cette fenêtre" in seen["message"]
    assert seen["fields"] == (40, 110)
    with database.session() as session:
        final = cohorts.get_cohort(session, cohort.id)
    assert (final.planned_mornings, final.planned_hours) == (40, 120)
    window.close()
    database.close()
