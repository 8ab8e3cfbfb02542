"""The delegate records stock from Today's "Stock et lots…": a purchase typed in its form, a batch
that asks more of a lot than is left (refused under the lots, nothing saved) then right, a loss of
the selected batch with its reason, undo of the loss, and a lot found back to its purchase; the
database read afterwards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.db import Database
from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.ui.context import AppContext
from app.ui.kitchen.stock_dialog import StockDialog
from app.ui.main_window import MainWindow
from tests.services.sales_fixtures import make_shop
from tests.ui.helpers import type_text, when_dialog_opens

DAY = dt.date(2022, 10, 4)
LEFT = Qt.MouseButton.LeftButton


def open_stock(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        make_shop(session)
    window = MainWindow(AppContext(database, today=lambda: DAY))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("today")
    today = window.page("today")
    dialog = StockDialog(today.ctx, today)
    qtbot.addWidget(dialog)
    dialog.show()
    return database, today, dialog


def click(qtbot, dialog, name):
    qtbot.mouseClick(dialog.findChild(QPushButton, name), LEFT)


def save(qtbot, form):
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


def rows(database, model):
    with database.session() as session:
        return session.query(model).count()


def test_purchase_batch_loss_undo_and_trace(qtbot, db_path):
    database, today, dialog = open_stock(qtbot, db_path)
    assert today.stock_button.text() == "Stock et lots…"

    def buy(form):
        type_text(qtbot, form.quantity, "2,5")
        type_text(qtbot, form.supplier, "Grossiste")
        type_text(qtbot, form.supplier_lot, "D-118")
        save(qtbot, form)

    errors = when_dialog_opens(buy, "purchase_dialog")
    click(qtbot, dialog, "new_purchase")
    assert not errors
    with database.session() as session:
        purchase = session.query(Purchase).one()
        assert (purchase.quantity, purchase.supplier_lot, purchase.date) == (
            Decimal("2.5"),
            "D-118",
            DAY,
        )
    qtbot.waitUntil(lambda: dialog.ingredients.rowCount() == 1, timeout=2000)

    shown: list[str] = []

    def make(form):
        type_text(qtbot, form.quantity, "20")
        _purchase_id, use = form.uses[0]
        type_text(qtbot, use, "3")
        save(qtbot, form)
        shown.append(form.errors.message_for("uses"))
        use.clear()
        type_text(qtbot, use, "1,5")
        save(qtbot, form)

    errors = when_dialog_opens(make, "batch_dialog")
    click(qtbot, dialog, "new_batch")
    assert not errors
    assert "D-118" in shown[0] and "2,5 kg" in shown[0]
    assert rows(database, ProductionBatch) == 1
    qtbot.waitUntil(lambda: dialog.products.rowCount() == 1, timeout=2000)

    dialog.products_table.selectRow(0)
    type_text(qtbot, dialog.waste_quantity, "2")
    click(qtbot, dialog, "record_waste")
    assert "Indiquez la raison" in dialog.waste_errors.message_for("reason")
    type_text(qtbot, dialog.waste_reason, "Tombées")
    click(qtbot, dialog, "record_waste")
    with database.session() as session:
        loss = session.query(StockMovement).filter_by(kind="wasted").one()
        assert (loss.quantity, loss.reason) == (-2, "Tombées")
    assert dialog.products.row_at(0).on_hand == 18

    today.ctx.undo_stack.undo()
    with database.session() as session:
        assert session.query(StockMovement).filter_by(kind="wasted").count() == 0

    type_text(qtbot, dialog.trace_lot, "L221004")
    click(qtbot, dialog, "find_lot")
    assert "Energy balls" in dialog.trace_text.text()
    dialog.trace_lot.clear()
    type_text(qtbot, dialog.trace_lot, "nope")
    click(qtbot, dialog, "find_lot")
    assert "Aucun achat" in dialog.trace_text.text()
