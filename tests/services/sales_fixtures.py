"""A small cooperative to sell from: one cohort, two members, two recipes with known costs.

Energy balls: 2,50 € at 6 % VAT, 0.5 kg of dates (8,00 €/kg until 30/09/2022, 10,00 € from
01/10/2022) for 10 balls -> 40 c then 50 c each. Soup: 4,00 € at 12 %, code 123, packaging 30 c.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from app.models.menus import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.services.people import cohorts, members
from app.services.sales.events import EventInput, create_event

DAY = dt.date(2022, 10, 5)


@dataclass
class Shop:
    cohort_id: int
    amina: int
    diane: int
    balls: int  # recipe ids
    soup: int


def make_shop(session) -> Shop:
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    amina = members.create_person(session, members.PersonInput("Amina"), cohort.id)
    diane = members.create_person(session, members.PersonInput("Diane"), cohort.id)
    dates = Ingredient(name="Dattes", unit="kg")
    dates.prices.append(
        IngredientPrice(valid_from=dt.date(2022, 1, 1), pack_size=Decimal(1), pack_price_cents=800)
    )
    dates.prices.append(
        IngredientPrice(
            valid_from=dt.date(2022, 10, 1), pack_size=Decimal(1), pack_price_cents=1000
        )
    )
    balls = Recipe(
        name="Energy balls", yield_count=10, price_cents=250, vat_rate_bp=600, product_code="77"
    )
    balls.lines.append(RecipeLine(ingredient=dates, quantity=Decimal("0.5"), unit="kg"))
    soup = Recipe(
        name="Soupe",
        yield_count=4,
        price_cents=400,
        vat_rate_bp=1200,
        product_code="123",
        packaging_cost_cents=30,
    )
    session.add_all([dates, balls, soup])
    session.flush()
    return Shop(cohort.id, amina.id, diane.id, balls.id, soup.id)


def make_event(session, shop: Shop, day=DAY, fmt="stand", float_cents=5000):
    return create_event(
        session,
        EventInput(
            shop.cohort_id,
            day,
            fmt,
            "Marché de la Batte",
            shop.amina,
            (shop.balls, shop.soup),
            float_cents,
        ),
    )
