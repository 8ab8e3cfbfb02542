"""Purchases and batches on the small shop of sales_fixtures: dates bought in two lots, energy balls
made from them (shelf life 10 days)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.models.menus import Ingredient, Recipe
from app.services.kitchen import batches, purchases, stock
from app.services.kitchen.batches import BatchInput, UseInput
from app.services.kitchen.purchases import PurchaseInput
from app.services.kitchen.stock_rules import soon_item, soon_list
from tests.services.sales_fixtures import make_shop

BOUGHT = dt.date(2022, 10, 3)
MADE = dt.date(2022, 10, 4)


def dates_id(session) -> int:
    return session.scalar(select(Ingredient.id).where(Ingredient.name == "Dattes"))


def shop_with_shelf_life(session):
    shop = make_shop(session)
    session.get(Recipe, shop.balls).shelf_life_days = 10
    session.get(Recipe, shop.balls).family_id = shop.balls
    session.flush()
    return shop


def buy(session, shop, quantity="2", lot="D-118", on=BOUGHT, **changes):
    data = dict(
        ingredient_id=dates_id(session),
        date=on,
        quantity_text=quantity,
        supplier="Grossiste Liège",
        supplier_lot=lot,
    )
    data.update(changes)
    return purchases.create_purchase(session, shop.cohort_id, PurchaseInput(**data))


def make(session, shop, count="20", uses=(), on=MADE, lot=""):
    return batches.create_batch(
        session,
        shop.cohort_id,
        BatchInput(shop.balls, on, count, lot, tuple(UseInput(p, q) for p, q in uses)),
    )


def sell(session, shop, day, units, recipe_id=None):
    """A sale day of the shop on `day` selling `units` energy balls (taps paid in cash)."""
    from app.services.sales.events import product_for_recipe
    from app.services.sales.tally import record_tap
    from tests.services.sales_fixtures import make_event

    event = make_event(session, shop, day)
    product = product_for_recipe(session, event.id, recipe_id or shop.balls)
    for _ in range(units):
        record_tap(session, event.id, product.id, "cash")
    return event.id


def recall_case(session):
    """Hand-built: dates D-118 (2 kg) and D-120 (1 kg); batch A on 04/10 (20 balls, 1,5 kg of
    D-118), batch B on 06/10 (10 balls, 0,5 kg of each); sale days on 03/10 (8 balls, before any
    batch), 05/10 (15), 07/10 (12: 5 from A, best before 14/10, then 7 from B, 16/10)."""
    shop = shop_with_shelf_life(session)
    d118, d120 = buy(session, shop, "2"), buy(session, shop, "1", lot="D-120")
    a = make(session, shop, "20", [(d118.id, "1,5")], on=dt.date(2022, 10, 4))
    b = make(session, shop, "10", [(d118.id, "0,5"), (d120.id, "0,5")], on=dt.date(2022, 10, 6))
    days = {
        day: sell(session, shop, dt.date(2022, 10, day), units)
        for day, units in ((3, 8), (5, 15), (7, 12))
    }
    return shop, d118, d120, a, b, days


def soon_from_the_lots(session, cohort_id, day):
    """The "soon out of date" list made from the lots the Stock window lists (through the ORM), by
    the rules of stock_rules.py: what the one plain-SQL reading must give."""
    ingredients = [
        soon_item(lot.ingredient, lot.lot, lot.expires_on, lot.on_hand, lot.unit, day)
        for lot in stock.ingredient_lots(session, cohort_id, day)
    ]
    products = [
        soon_item(lot.product, lot.lot, lot.best_before, lot.on_hand, "", day)
        for lot in stock.product_lots(session, cohort_id, day)
    ]
    return soon_list(ingredients + products)
