"""The Corbeille for the other tabs, driven through the real widgets: delete a morning, a sales
day, a recipe and an order (asked naming the item), then restore or undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.db import Database
from app.models.schedule import Attendance
from app.services.menus import orders
from app.services.sales.tally import record_tap
from app.services.schedule import attendance
from app.services.schedule import mornings as schedule
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.safety.trash_dialog import TrashDialog
from tests.services.sales_fixtures import make_event, make_shop
from tests.ui.helpers import when_dialog_opens

TODAY = dt.date(2022, 10, 3)  # a Monday


@pytest.fixture
def window(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        shop = make_shop(session)
        event = make_event(session, shop, day=TODAY)
        record_tap(session, event.id, event.products[0].id, "cash")
        morning = schedule.create_morning(
            session,
            shop.cohort_id,
            schedule.MorningInput(TODAY, dt.time(9), dt.time(12), "kitchen"),
        )
        attendance.set_attendance(session, morning.id, shop.amina, "present")
        order = orders.create_order(
            session,
            orders.OrderInput(
                "Asbl Voisins",
                dt.date(2022, 10, 20),
                (orders.OrderLineInput(shop.soup, Decimal(2)),),
            ),
            TODAY,
        )
    main = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(main)
    main.show()
    yield main, database, {"event": event.id, "morning": morning.id, "order": order.id}
    main.close()
    database.close()


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]))
    return asked


def restore_first(qtbot, window) -> list[str]:
    seen: list[str] = []

    def restore(dialog: TrashDialog):
        seen.extend(dialog.model.index(0, c).data() for c in range(2))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    errors = when_dialog_opens(restore, "trash_dialog")
    window.safety.trash_action.trigger()
    assert not errors
    return seen


def test_a_morning_with_attendance_goes_to_the_trash_and_comes_back(qtbot, window, monkeypatch):
    main, database, ids = window
    main.open_tab("schedule")
    tab = main.page("schedule")
    assert [m.id for m in tab.mornings] == [ids["morning"]]
    tab.week.setCurrentCell(0, 0)
    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Matinée du 03/10/2022" in asked[0] and "corbeille" in asked[0]
    assert tab.mornings == []
    main.open_tab("members")  # restore from another tab
    assert restore_first(qtbot, main)[1] == "Matinée"
    main.open_tab("schedule")
    assert [m.id for m in tab.mornings] == [ids["morning"]]
    with database.session() as session:
        assert session.scalars(select(Attendance.status)).all() == ["present"]


def test_a_sales_day_goes_to_the_trash_and_the_corbeille_restores_it(qtbot, window, monkeypatch):
    main, _database, ids = window
    main.open_tab("sales")
    tab = main.page("sales")
    assert tab.current_event().id == ids["event"]
    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Vente du 03/10/2022" in asked[0]
    assert tab.events == []
    main.open_tab("schedule")
    assert restore_first(qtbot, main) == [
        "Vente du 03/10/2022 · Stand – Marché de la Batte",
        "Journée de vente",
    ]
    main.open_tab("sales")
    assert [e.id for e in tab.events] == [ids["event"]]


def test_a_sold_recipe_is_refused_an_order_is_undone(qtbot, window, monkeypatch):
    main, _database, ids = window
    main.open_tab("menus")
    recipes_page = main.page("menus").recipes
    recipes_page.select(next(r.id for r in recipes_page.model.rows() if r.name == "Energy balls"))
    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(recipes_page.delete_button, Qt.MouseButton.LeftButton)
    assert "Energy balls (v1)" in asked[0]
    assert " de vente. Désactivez" in asked[1]  # the refusal names what holds it
    assert len(recipes_page.model.rows()) == 2

    orders_page = main.page("menus").orders
    main.page("menus").pages.setCurrentWidget(orders_page)  # its list is read when shown
    orders_page.select(ids["order"])
    qtbot.mouseClick(orders_page.delete_button, Qt.MouseButton.LeftButton)
    assert "Commande Asbl Voisins du 20/10/2022" in asked[2]
    assert orders_page.model.rows() == []
    main.undo_action.trigger()
    assert [o.id for o in orders_page.model.rows()] == [ids["order"]]
    main.redo_action.trigger()
    assert orders_page.model.rows() == []


def test_undo_after_restoring_from_the_corbeille_does_nothing_more(qtbot, window, monkeypatch):
    main, _database, ids = window
    main.open_tab("menus")
    orders_page = main.page("menus").orders
    main.page("menus").pages.setCurrentWidget(orders_page)  # its list is read when shown
    orders_page.select(ids["order"])
    answer_yes(monkeypatch)
    qtbot.mouseClick(orders_page.delete_button, Qt.MouseButton.LeftButton)
    assert restore_first(qtbot, main)[1] == "Commande"
    main.undo_action.trigger()  # the order is back already: nothing to restore, no error
    assert [o.id for o in orders_page.model.rows()] == [ids["order"]]


def test_an_unused_ingredient_goes_to_the_corbeille_a_used_one_is_refused(
    qtbot, window, monkeypatch
):
    from app.services.menus import ingredients

    main, database, _ids = window
    with database.session() as session:
        salt = ingredients.create_ingredient(
            session, ingredients.IngredientInput("Sel", "g", Decimal(1000), 59, TODAY)
        ).id
    main.open_tab("menus")
    page = main.page("menus").ingredients
    main.page("menus").pages.setCurrentWidget(page)  # its list is read when shown
    page.refresh()
    names = {row.id: row.name for row in page.model.rows()}
    used = next(i for i, name in names.items() if name != "Sel")
    asked = answer_yes(monkeypatch)

    page.select(used)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert names[used] in asked[0]
    assert "ces recettes l'utilisent" in asked[1]  # the refusal names the recipes
    assert used in [row.id for row in page.model.rows()]

    page.select(salt)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "« Sel »" in asked[2] and "corbeille" in asked[2]
    assert salt not in [row.id for row in page.model.rows()]
    main.undo_action.trigger()
    assert salt in [row.id for row in page.model.rows()]
    with database.session() as session:
        assert ingredients.get_ingredient(session, salt, TODAY).price.pack_price_cents == 59
