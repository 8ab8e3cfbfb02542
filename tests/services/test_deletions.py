"""Deleting a recipe, an order, a sales event or a morning goes through the Corbeille: what goes
with it, what refuses, and a restore that brings every row back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models.menus import Recipe
from app.models.sales import SaleLine, SalesEvent, SalesEventProduct
from app.models.schedule import Attendance
from app.services.errors import ValidationError
from app.services.menus import orders
from app.services.safety import deletions, trash
from app.services.sales.tally import record_tap, tally_totals
from app.services.schedule import attendance, mornings
from tests.services.sales_fixtures import make_event, make_shop


def count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def test_an_unsold_recipe_goes_to_the_trash_and_comes_back(session):
    shop = make_shop(session)
    entry = deletions.trash_recipe(session, shop.soup)
    assert (entry.label, entry.kind) == ("Soupe (v1)", "Recette")
    assert session.get(Recipe, shop.soup) is None
    trash.restore_from_trash(session, entry.id)
    assert session.get(Recipe, shop.soup).name == "Soupe"


def test_a_recipe_sold_in_a_sales_day_is_refused_naming_it(session):
    shop = make_shop(session)
    make_event(session, shop)
    with pytest.raises(ValidationError) as refused:
        deletions.trash_recipe(session, shop.balls)
    assert "Energy balls (v1)" in refused.value.message and "1 journée" in refused.value.message
    assert session.get(Recipe, shop.balls) is not None
    assert trash.list_trash(session) == []


def test_a_recipe_in_an_order_is_refused_by_the_trash(session):
    shop = make_shop(session)
    orders.create_order(
        session,
        orders.OrderInput(
            "Asbl", dt.date(2022, 10, 20), (orders.OrderLineInput(shop.soup, Decimal(3)),)
        ),
        dt.date(2022, 10, 1),
    )
    with pytest.raises(ValidationError) as refused:
        deletions.trash_recipe(session, shop.soup)
    assert "Ligne de commande" in refused.value.message


def test_an_order_goes_with_its_lines_and_its_link_comes_back(session):
    shop = make_shop(session)
    order = orders.create_order(
        session,
        orders.OrderInput(
            "Asbl Voisins", dt.date(2022, 10, 20), (orders.OrderLineInput(shop.soup, Decimal(3)),)
        ),
        dt.date(2022, 10, 1),
    )
    event = make_event(session, shop)
    session.get(SalesEvent, event.id).order_ref = order.id
    session.flush()
    entry = deletions.trash_order(session, order.id)
    assert entry.label == "Commande Asbl Voisins du 20/10/2022"
    assert entry.row_count == 2  # the order and its one line
    assert session.get(SalesEvent, event.id).order_ref is None
    trash.restore_from_trash(session, entry.id)
    restored = orders.get_order(session, order.id)
    assert len(restored.lines) == 1 and restored.lines[0].quantity == Decimal(3)
    assert session.get(SalesEvent, event.id).order_ref == order.id


def test_an_open_sales_day_goes_whole_and_comes_back_with_its_taps(session):
    shop = make_shop(session)
    event = make_event(session, shop)
    balls = event.products[0].id
    for method in ("cash", "cash", "card"):
        record_tap(session, event.id, balls, method)
    entry = deletions.trash_event(session, event.id)
    assert entry.label == "Vente du 05/10/2022 · Stand – Marché de la Batte"
    assert count(session, SaleLine) == 0 and count(session, SalesEventProduct) == 0
    trash.restore_from_trash(session, entry.id)
    totals = tally_totals(session, event.id)
    assert totals.sold == {(balls, "cash"): 2, (balls, "card"): 1}
    assert totals.revenue_cents == 3 * 250


def test_a_closed_sales_day_is_refused(session):
    shop = make_shop(session)
    event = make_event(session, shop)
    session.get(SalesEvent, event.id).closed_at = dt.datetime(2022, 10, 5, 18)
    session.flush()
    with pytest.raises(ValidationError, match="clôturée"):
        deletions.trash_event(session, event.id)
    assert session.get(SalesEvent, event.id) is not None


def test_a_morning_goes_with_its_attendance_and_both_come_back(session):
    shop = make_shop(session)
    morning = mornings.create_morning(
        session,
        shop.cohort_id,
        mornings.MorningInput(dt.date(2022, 10, 3), dt.time(9), dt.time(12), "kitchen"),
    )
    attendance.set_attendance(session, morning.id, shop.amina, "present")
    attendance.set_attendance(session, morning.id, shop.diane, "late")
    entry = deletions.trash_morning(session, morning.id)
    assert entry.label.startswith("Matinée du 03/10/2022")
    assert (entry.kind, entry.row_count) == ("Matinée", 3)
    assert count(session, Attendance) == 0
    trash.restore_from_trash(session, entry.id)
    assert mornings.get_morning(session, morning.id).date == dt.date(2022, 10, 3)
    statuses = dict(session.execute(select(Attendance.person_id, Attendance.status)).all())
    assert statuses == {shop.amina: "present", shop.diane: "late"}
