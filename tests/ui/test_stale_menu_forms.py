"""The recipe and order forms opened before another page changed the same record: Save is refused
with the message, the fields show the record as stored now, the database keeps the other page's
change; the next Save (on the new figures) goes through."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.menus import orders, recipes
from app.services.money import format_amount
from tests.services.kitchen_fixtures import balls_input, kitchen
from tests.ui.helpers import when_dialog_opens
from tests.ui.test_menus_tab import open_tab, seed


def press_save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def retype(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_recipe_changed_elsewhere_is_refused_and_reloaded(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.recipes
    seen = {}

    def edit(dialog):
        retype(qtbot, dialog.name, "Boules")
        retype(qtbot, dialog.price, "6,00")
        # meanwhile another page (the labels tab, an undo) rewrites the same recipe
        with database.session() as session:
            recipes.update_recipe(
                session,
                data["recipe"],
                balls_input(data["ids"], name="Energy balls coco", price_cents=550),
            )
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["name"] = dialog.name.text()
        seen["price"] = dialog.price.text()
        seen["lines"] = dialog.lines.rowCount()
        with database.session() as session:
            seen["stored"] = recipes.get_recipe(session, data["recipe"])
        retype(qtbot, dialog.price, "6,00")  # done again, on the new figures
        press_save(qtbot, dialog)

    page.table.selectRow(0)
    errors = when_dialog_opens(edit, "recipe_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["open"]
    assert "Cette recette a changé depuis que vous avez ouvert cette fenêtre" in seen["message"]
    assert seen["name"] == "Energy balls coco"
    assert seen["price"] == format_amount(550, symbol=False)
    assert seen["lines"] == 4  # the four ingredient lines, once each
    # the refused save wrote nothing: the other page's change is what is stored
    assert seen["stored"].name == "Energy balls coco"
    assert seen["stored"].price_cents == 550
    with database.session() as session:
        final = recipes.get_recipe(session, data["recipe"])
    assert (final.name, final.price_cents) == ("Energy balls coco", 600)
    # two writes after the dialog opened (the other page's, the accepted save)
    assert final.edit_version == seen["stored"].edit_version + 1 == 2
    window.close()
    database.close()


def test_new_version_moves_the_old_recipes_counter_on(session):
    ids = kitchen(session)
    v1 = recipes.create_recipe(session, balls_input(ids), dt.date(2022, 6, 1))
    recipes.new_version(session, v1.id, dt.date(2022, 6, 2))
    # the v1 form opened before "Nouvelle version" is refused: the copy made it inactive
    assert recipes.get_recipe(session, v1.id).edit_version == v1.edit_version + 1


def test_order_changed_elsewhere_is_refused_and_reloaded(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)
    page = tab.orders
    tab.pages.setCurrentWidget(page)
    seen = {}

    def edit(dialog):
        retype(qtbot, dialog.customer, "Maison de quartier")
        dialog.guests.setValue(40)
        with database.session() as session:
            stored = orders.get_order(session, data["order"])
            changed = orders.OrderInput(
                "Asbl du quartier (Saint-Gilles)",
                stored.event_date,
                (orders.OrderLineInput(data["recipe"], Decimal(12), 140, 600),),
                guests=12,
            )
            orders.update_order(session, data["order"], changed)
        press_save(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.general_error.text()
        seen["customer"] = dialog.customer.text()
        seen["guests"] = dialog.guests.value()
        seen["lines"] = dialog.lines.rowCount()
        with database.session() as session:
            seen["stored"] = orders.get_order(session, data["order"])
        dialog.guests.setValue(40)
        press_save(qtbot, dialog)

    page.table.selectRow(0)
    errors = when_dialog_opens(edit, "order_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["open"]
    assert "Cette commande a changé depuis que vous avez ouvert cette fenêtre" in seen["message"]
    assert seen["customer"] == "Asbl du quartier (Saint-Gilles)"
    assert seen["guests"] == 12
    assert seen["lines"] == 1
    stored = seen["stored"]
    assert (stored.customer, stored.guests) == ("Asbl du quartier (Saint-Gilles)", 12)
    assert [(line.quantity, line.unit_price_cents) for line in stored.lines] == [(Decimal(12), 140)]
    with database.session() as session:
        final = orders.get_order(session, data["order"])
    assert (final.customer, final.guests) == ("Asbl du quartier (Saint-Gilles)", 40)
    window.close()
    database.close()
