"""Purchases and batches on the small shop of sales_fixtures: dates bought in two lots, energy balls
made from them (shelf life 10 days)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.models.menus import Ingredient, Recipe
from app.services.kitchen import batches, purchases
from app.services.kitchen.batches import BatchInput, UseInput
from app.services.kitchen.purchases import PurchaseInput
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
