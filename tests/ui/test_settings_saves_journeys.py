"""Journeys through the window for two settings dialogs whose save writes only what she changed:
Cohorte › Modifier la cohorte and Menus › TVA et objectif de marge. Another window changes another
field meanwhile: both changes are in the database after the save; the same field changed on both
sides is refused and shown anew; Édition › Annuler puts back only what her save changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db import Database
from app.services.menus import costing_settings
from app.services.menus.costing_settings import CostingSettings
from app.services.people import cohorts
from app.services.people.cohorts import CohortInput
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_stale_menu_forms import press_save

TODAY = dt.date(2022, 10, 5)
START, END = dt.date(2022, 9, 12), dt.date(2022, 12, 16)


def open_window(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort_id = cohorts.create_cohort(session, CohortInput("Coopérative 2", START, END)).id
    ctx = AppContext(database, today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.set_cohort(cohort_id)
    return window, database, cohort_id


def stored_cohort(database, cohort_id):
    with database.session() as session:
        return cohorts.get_cohort(session, cohort_id)


def elsewhere(database, cohort_id, **changes) -> None:
    """Another window saves its own change of the cohort (drawn from what is stored now)."""
    with database.session() as session:
        shown = cohorts.get_cohort(session, cohort_id).as_input()
        cohorts.update_cohort(session, cohort_id, CohortInput(**{**shown.__dict__, **changes}))


def test_cohort_edit_keeps_another_windows_change_and_undo_puts_back_only_hers(qtbot, db_path):
    window, database, cohort_id = open_window(qtbot, db_path)
    window.open_tab("schedule")

    def edit(dialog):
        dialog.hours.setValue(120)
        type_text(qtbot, dialog.activity, "Traiteur et brunchs")
        elsewhere(database, cohort_id, planned_mornings=40)  # meanwhile, another window
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "cohort_dialog")
    window.edit_cohort_action.trigger()
    assert errors == []
    saved = stored_cohort(database, cohort_id)
    assert (saved.planned_mornings, saved.planned_hours, saved.activity) == (
        40,
        120,
        "Traiteur et brunchs",
    )

    assert window.undo_action.text().endswith("modification de la cohorte")
    window.undo_action.trigger()
    undone = stored_cohort(database, cohort_id)
    assert (undone.planned_mornings, undone.planned_hours, undone.activity) == (40, 108, "")
    window.redo_action.trigger()
    redone = stored_cohort(database, cohort_id)
    assert (redone.planned_hours, redone.activity) == (120, "Traiteur et brunchs")
    window.close()
    database.close()


def test_cohort_edit_of_a_field_changed_meanwhile_is_refused_then_saved_again(qtbot, db_path):
    window, database, cohort_id = open_window(qtbot, db_path)
    seen = {}

    def edit(dialog):
        dialog.hours.setValue(120)
        elsewhere(database, cohort_id, planned_hours=111)
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["hours"] = dialog.hours.value()
        dialog.hours.setValue(125)
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "cohort_dialog")
    window.edit_cohort_action.trigger()
    assert errors == []
    assert seen["open"]
    assert "Cette cohorte a changé depuis que vous avez ouvert cette fenêtre" in seen["message"]
    assert seen["hours"] == 111  # the dialog shows what the other window wrote
    assert stored_cohort(database, cohort_id).planned_hours == 125
    window.undo_action.trigger()
    assert stored_cohort(database, cohort_id).planned_hours == 111
    window.close()
    database.close()


def test_cohort_undo_after_another_window_changed_the_same_field_is_refused(
    qtbot, db_path, monkeypatch
):
    window, database, cohort_id = open_window(qtbot, db_path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    def edit(dialog):
        dialog.hours.setValue(120)
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "cohort_dialog")
    window.edit_cohort_action.trigger()
    assert errors == []
    elsewhere(database, cohort_id, planned_hours=90)
    window.undo_action.trigger()
    assert stored_cohort(database, cohort_id).planned_hours == 90
    assert len(warnings) == 1 and "changée ou supprimée depuis" in warnings[0]
    window.close()
    database.close()


def stored_costing(database) -> CostingSettings:
    with database.session() as session:
        return costing_settings.get_costing_settings(session)


def test_costing_settings_take_a_typed_rate_keep_another_windows_change_and_undo(qtbot, db_path):
    window, database, _cohort_id = open_window(qtbot, db_path)
    window.open_tab("menus")
    tab = window.page("menus")
    seen = {}

    def edit(dialog):
        seen["shown"] = dialog.vat_food.text()
        dialog.vat_food.clear()
        type_text(qtbot, dialog.vat_food, "six")
        press_save(qtbot, dialog)
        seen["refused"] = dialog.errors.message_for("vat_food")
        dialog.vat_food.clear()
        type_text(qtbot, dialog.vat_food, "5,5")
        with database.session() as session:  # meanwhile, another window
            shown = costing_settings.get_costing_settings(session)
            costing_settings.save_costing_settings(
                session, CostingSettings(**{**shown.__dict__, "target_food_cost_percent": 28})
            )
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "costing_settings_dialog")
    qtbot.mouseClick(tab.settings_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert seen["shown"] == "6"
    assert "Écrivez un taux" in seen["refused"]
    assert stored_costing(database) == CostingSettings(550, 1200, 2100, 28)

    assert window.undo_action.text().endswith("modification de la TVA et de la marge")
    window.undo_action.trigger()
    assert stored_costing(database) == CostingSettings(600, 1200, 2100, 28)
    window.close()
    database.close()


def test_cooperative_undo_keeps_what_another_window_saved_while_the_dialog_was_open(qtbot, db_path):
    """The same for Fichier › Paramètres de la coopérative: her phone number is undone, the
    e-mail address another window saved while her dialog was open stays."""

    from app.services.people import cooperative
    from tests.labels_fixtures import add_cooperative

    window, database, _cohort_id = open_window(qtbot, db_path)
    with database.session() as session:
        add_cooperative(session)

    def edit(dialog):
        phone = dialog.phone
        phone.clear()
        type_text(qtbot, phone, "04 123 45 67")
        with database.session() as session:  # meanwhile, another window
            shown = cooperative.get_cooperative(session)
            cooperative.save_cooperative(
                session,
                cooperative.CooperativeInfo(**{**shown.__dict__, "email": "info@coop.be"}),
            )
        press_save(qtbot, dialog)

    errors = when_dialog_opens(edit, "cooperative_dialog")
    window.settings_action.trigger()
    assert errors == []
    with database.session() as session:
        saved = cooperative.get_cooperative(session)
    assert (saved.phone, saved.email) == ("04 123 45 67", "info@coop.be")
    window.undo_action.trigger()
    with database.session() as session:
        undone = cooperative.get_cooperative(session)
    assert (undone.phone, undone.email) == ("", "info@coop.be")
    window.close()
    database.close()
