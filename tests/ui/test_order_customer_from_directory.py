"""An order's customer chosen from the directory in the order form: the repeat customer's past
orders show, "Nouveau client…" adds one to the directory, and the saved order keeps the link."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db import Database
from app.models.directory import Organisation
from app.models.menus import CustomerOrder
from app.services.directory import organisations
from app.services.directory.organisations import OrganisationInput
from app.services.menus import orders
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_menus_tab import JUNE, open_tab, save, seed


def test_a_repeat_customer_is_picked_with_her_past_orders_and_the_link_saved(qtbot, db_path):
    data = seed(db_path)
    database = Database.open(db_path)
    with database.session() as session:
        wow = organisations.create_organisation(
            session, OrganisationInput("WOW", "customer", address="Quai de la Batte 10, Liège")
        )
        orders.create_order(
            session,
            orders.OrderInput(
                "",
                dt.date(2022, 5, 12),
                (orders.OrderLineInput(data["recipe"], Decimal(4)),),
                organisation_id=wow.id,
            ),
            JUNE,
        )
    database.close()
    window, tab, database = open_tab(qtbot, db_path)
    seen = {}

    def fill(dialog):
        picker = dialog.customer_picker
        picker.combo.setCurrentIndex(picker.combo.findText("WOW"))
        seen["customer"] = dialog.customer.text()
        seen["address"] = dialog.address.toPlainText()
        seen["past"] = picker.past.text()
        dialog.add_line(data["recipe"], "6")
        save(qtbot, dialog)

    errors = when_dialog_opens(fill, "order_dialog")
    qtbot.mouseClick(tab.orders.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["customer"] == "WOW"
    assert seen["address"] == "Quai de la Batte 10, Liège"
    assert "12/05/2022" in seen["past"]
    with database.session() as session:
        linked = session.scalars(
            select(CustomerOrder.event_date).where(CustomerOrder.organisation_id == wow.id)
        ).all()
    assert len(linked) == 2
    window.close()
    database.close()


def test_a_new_customer_from_the_order_form_joins_the_directory(qtbot, db_path):
    data = seed(db_path)
    window, tab, database = open_tab(qtbot, db_path)

    def new_customer(dialog):
        assert dialog.kind.currentData() == "customer"
        assert dialog.name.text() == "IRFAM"  # what was typed as the customer
        save(qtbot, dialog)

    def fill(dialog):
        type_text(qtbot, dialog.customer, "IRFAM")
        errors.extend(when_dialog_opens(new_customer, "organisation_dialog"))
        qtbot.mouseClick(dialog.customer_picker.new_button, Qt.MouseButton.LeftButton)
        dialog.add_line(data["recipe"], "3")
        save(qtbot, dialog)

    errors = when_dialog_opens(fill, "order_dialog")
    qtbot.mouseClick(tab.orders.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    with database.session() as session:
        irfam = session.scalars(select(Organisation).where(Organisation.name == "IRFAM")).one()
        assert irfam.kind == "customer"
        order = session.scalars(
            select(CustomerOrder).where(CustomerOrder.customer == "IRFAM")
        ).one()
        assert order.organisation_id == irfam.id
    window.close()
    database.close()
