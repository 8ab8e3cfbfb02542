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
from app.services.kitchen import stock
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


def test_counting_the_stock_refuses_bad_counts_at_their_line_then_saves_and_undoes(
    qtbot, demo_db_path
):
    # the demo's Coopérative 2 on 04/11: the batch made on 12/10 (lot L221012: 25 made, 2 fallen,
    # 21 sold: 2 left) and the dates of lot DAT-2210-03 (3 kg bought, 1,65 kg used: 1,35 kg left)
    database = Database.open(demo_db_path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 11, 4)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("today")
    today = window.page("today")
    dialog = StockDialog(today.ctx, today)
    qtbot.addWidget(dialog)
    dialog.show()
    before = rows(database, StockMovement)
    shown: dict[str, str] = {}

    def line(form, lot):
        (found,) = [(c, f) for c, f in form.lines if f"lot {lot} " in f.accessibleName()]
        return found

    def count(form):
        balls_count, balls = line(form, "L221012")
        _dates_count, dates = line(form, "DAT-2210-03")
        assert "selon les fiches : 2)" in balls.accessibleName()
        assert "1,35 kg" in dates.accessibleName()
        type_text(qtbot, balls, "abc")
        type_text(qtbot, dates, "1,3")
        save(qtbot, form)
        shown["reason"] = form.errors.message_for("reason")
        type_text(qtbot, form.reason, "comptage")
        save(qtbot, form)
        shown["abc"] = form.errors.message_for(balls_count.field)
        balls.clear()
        type_text(qtbot, balls, "-2")
        save(qtbot, form)
        shown["negative"] = form.errors.message_for(balls_count.field)
        balls.clear()
        type_text(qtbot, balls, "1")
        save(qtbot, form)

    errors = when_dialog_opens(count, "count_dialog")
    click(qtbot, dialog, "count_stock")
    assert not errors
    assert "raison" in shown["reason"]
    assert "abc" in shown["abc"] and "quantité" in shown["negative"]
    with database.session() as session:
        counted = session.query(StockMovement).filter_by(reason="comptage").all()
        assert sorted(m.quantity for m in counted) == [Decimal("-1"), Decimal("-0.05")]
    assert rows(database, StockMovement) == before + 2
    with database.session() as session:
        cohort = today.ctx.cohort_id
        (after,) = [lot for lot in stock.product_lots(session, cohort) if lot.lot == "L221012"]
        assert after.on_hand == 1
    assert today.ctx.undo_stack.undoText() == "Comptage du stock"
    today.ctx.undo_stack.undo()
    assert rows(database, StockMovement) == before
    today.ctx.undo_stack.redo()
    assert rows(database, StockMovement) == before + 2


def test_a_short_lot_number_leaves_the_lot_column_its_whole_heading(qtbot, qapp, db_path):
    """The lot column is sized to its lots, never under its heading: in large Arabic, a cohort
    whose lots have short numbers ("A1") had "رقم التشغيلة" cut to 34 px."""
    from PySide6.QtWidgets import QStyle

    from app.ui.language import apply_language
    from app.ui.large_mode import apply_large_mode
    from tests.qt_cleanup import delete_closed_widgets

    apply_language(qapp, "ar")
    apply_large_mode(qapp, True)
    try:
        database, _today, dialog = open_stock(qtbot, db_path)

        def buy(form):
            type_text(qtbot, form.quantity, "1")
            type_text(qtbot, form.supplier_lot, "A1")
            save(qtbot, form)

        errors = when_dialog_opens(buy, "purchase_dialog")
        click(qtbot, dialog, "new_purchase")
        assert not errors
        table = dialog.ingredients_table
        qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=2000)
        header = table.horizontalHeader()
        heading = str(table.model().headerData(1, Qt.Orientation.Horizontal))
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        assert heading == "رقم التشغيلة"
        assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(heading) + margin
        dialog.close()
        database.close()
    finally:
        delete_closed_widgets()
        apply_large_mode(qapp, False)
        apply_language(qapp, "fr")
