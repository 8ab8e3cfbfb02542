"""A sales day made for an order of the Menus tab: picking the order fills the day and links it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services.menus import orders
from app.services.sales import events as sales_events
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import when_dialog_opens


def test_picking_an_order_sets_date_format_products_and_the_link(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    with database.session() as session:
        order = next(o for o in orders.list_orders(session) if o.status != "cancelled" and o.lines)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 1)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("sales")
    tab = window.page("sales")
    seen = {}

    def fill(dialog):
        dialog.order.setCurrentIndex(dialog.order.findData(order.id))
        seen["date"] = dialog.date.date()
        seen["format"] = dialog.format.currentData()
        seen["ticked"] = {
            dialog.products.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.products.count())
            if dialog.products.item(i).checkState() == Qt.CheckState.Checked
        }
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    errors = when_dialog_opens(fill, "event_dialog")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert not errors
    day = order.event_date
    assert seen["date"] == QDate(day.year, day.month, day.day)
    assert seen["format"] == order.sales_format  # an order is served in its own format
    assert seen["ticked"] and seen["ticked"] <= {line.recipe_id for line in order.lines}
    with database.session() as session:
        linked = [e for e in sales_events.list_events(session, window.ctx.cohort_id) if e.order_ref]
    assert [e.order_ref for e in linked if e.date == day][-1] == order.id
    window.close()
    database.close()


def test_an_order_that_no_longer_exists_is_refused(session):
    import pytest

    from app.models.menus import Recipe
    from app.models.sales import SalesEvent
    from app.services.errors import ValidationError
    from app.services.people import cohorts
    from app.services.sales.events import EventInput

    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("C", dt.date(2022, 4, 1), dt.date(2022, 7, 1))
    )
    recipe = Recipe(name="Energy balls", yield_count=30, price_cents=250)
    session.add(recipe)
    session.flush()
    with pytest.raises(ValidationError) as error:
        sales_events.create_event(
            session,
            EventInput(
                cohort.id, dt.date(2022, 5, 1), "catering", recipe_ids=(recipe.id,), order_ref=999
            ),
        )
    assert error.value.field == "order_ref"
    assert session.query(SalesEvent).count() == 0
