"""Demo purchases, production batches and stock of Coopérative 2's energy balls (dattes-cacao):
the ingredients bought with their suppliers' lots, a batch before each sale day with the lots
printed on their labels (every ball sold comes from a batch, but for 2 sold on 04/11 beyond the 30
made the day before: the day summary's "sold beyond the recorded stock"), a batch out of date
thrown away, two balls fallen at the market, and a count.

On the demo's today (03/10/2022) the first batch (best before 06/10) is on the "soon out of date"
list; the sale days of October and November sell from the later batches (`print lot-trace --lot
DAT-2209-14` follows the dates to them).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.models.menus import Ingredient
from app.services.kitchen import batches, purchases, stock_changes
from app.services.kitchen.batches import BatchInput, UseInput
from app.services.kitchen.purchases import PurchaseInput

SEED_ORDER = 56  # after the sales (40) and the kitchen's temperatures (55)

DATES, OATS, COCOA = "Dattes dénoyautées", "Flocons d'avoine", "Cacao en poudre non sucré"
ALMONDS, COCONUT = "Amandes", "Noix de coco râpée"
# key, ingredient, day, quantity, supplier, supplier's lot, best before, price
PURCHASES = [
    ("dates1", DATES, dt.date(2022, 9, 26), "3", "Colruyt", "DAT-2209-14", "2023-03-31", "20,97"),
    ("oats1", OATS, dt.date(2022, 9, 26), "1500", "Colruyt", "AV-22-271", "2023-06-30", "3,87"),
    ("cocoa1", COCOA, dt.date(2022, 9, 26), "500", "Colruyt", "CAC-0822", "2023-08-31", "5,98"),
    (
        "almonds1",
        ALMONDS,
        dt.date(2022, 9, 26),
        "1000",
        "Colruyt",
        "AM-7741",
        "2023-02-28",
        "16,45",
    ),
    ("coconut1", COCONUT, dt.date(2022, 9, 26), "200", "Colruyt", "NC-0922", "2023-01-31", "1,89"),
    (
        "dates2",
        DATES,
        dt.date(2022, 10, 28),
        "3",
        "Grossiste Al Baraka",
        "DAT-2210-03",
        "2023-04-30",
        "19,50",
    ),
    ("oats2", OATS, dt.date(2022, 10, 28), "1000", "Marché de la Batte", "", "", "2,40"),
    ("cocoa2", COCOA, dt.date(2022, 10, 28), "250", "Colruyt", "CAC-1022", "2023-09-30", "2,99"),
    ("almonds2", ALMONDS, dt.date(2022, 10, 28), "600", "Colruyt", "AM-8012", "2023-03-31", "9,87"),
    ("coconut2", COCONUT, dt.date(2022, 10, 28), "200", "Colruyt", "NC-1022", "2023-02-28", "1,89"),
    ("dates3", DATES, dt.date(2022, 11, 23), "4", "Colruyt", "DAT-2211-08", "2023-05-31", "27,96"),
    ("oats3", OATS, dt.date(2022, 11, 23), "2000", "Colruyt", "AV-22-318", "2023-08-31", "5,16"),
    ("cocoa3", COCOA, dt.date(2022, 11, 23), "500", "Colruyt", "CAC-1122", "2023-10-31", "5,98"),
    (
        "almonds3",
        ALMONDS,
        dt.date(2022, 11, 23),
        "1500",
        "Colruyt",
        "AM-8290",
        "2023-04-30",
        "24,68",
    ),
    ("coconut3", COCONUT, dt.date(2022, 11, 23), "400", "Colruyt", "NC-1122", "2023-03-31", "3,78"),
    (
        "dates4",
        DATES,
        dt.date(2022, 12, 7),
        "5,8",
        "Grossiste Al Baraka",
        "DAT-2212-02",
        "2023-06-30",
        "40,54",
    ),
    ("oats4", OATS, dt.date(2022, 12, 7), "2000", "Colruyt", "AV-22-338", "2023-09-30", "5,16"),
    ("cocoa4", COCOA, dt.date(2022, 12, 7), "900", "Colruyt", "CAC-1222", "2023-11-30", "10,76"),
    (
        "almonds4",
        ALMONDS,
        dt.date(2022, 12, 7),
        "1860",
        "Colruyt",
        "AM-8355",
        "2023-05-31",
        "30,60",
    ),
    ("coconut4", COCONUT, dt.date(2022, 12, 7), "440", "Colruyt", "NC-1222", "2023-04-30", "4,16"),
]
# version index (0 = v1), day, units, [(purchase key, quantity in the ingredient's unit)]
BATCHES = [
    (
        0,
        dt.date(2022, 9, 26),
        "10",
        [("dates1", "0,8"), ("oats1", "300"), ("cocoa1", "80"), ("almonds1", "200")],
    ),
    (
        1,
        dt.date(2022, 10, 12),
        "25",
        [
            ("dates1", "1,75"),
            ("oats1", "750"),
            ("cocoa1", "250"),
            ("almonds1", "600"),
            ("coconut1", "150"),
        ],
    ),
    (
        1,
        dt.date(2022, 11, 3),
        "30",
        [
            ("dates1", "0,45"),
            ("dates2", "1,65"),
            ("oats1", "450"),
            ("oats2", "450"),
            ("cocoa1", "170"),
            ("cocoa2", "130"),
            ("almonds1", "200"),
            ("almonds2", "520"),
            ("coconut1", "50"),
            ("coconut2", "130"),
        ],
    ),
    (  # for the takeaway of 25/11 (about 46 sold); the later batches use only the later
        # purchases, so what was left in November (1,35 kg of dates…) is still there
        1,
        dt.date(2022, 11, 24),
        "50",
        [
            ("dates3", "3,5"),
            ("oats3", "1500"),
            ("cocoa3", "500"),
            ("almonds3", "1200"),
            ("coconut3", "300"),
        ],
    ),
    (  # for the Christmas market of 09/12 (about 55 sold or given)
        1,
        dt.date(2022, 12, 8),
        "60",
        [
            ("dates3", "0,5"),
            ("dates4", "3,7"),
            ("oats3", "500"),
            ("oats4", "1300"),
            ("cocoa4", "600"),
            ("almonds3", "300"),
            ("almonds4", "1140"),
            ("coconut3", "100"),
            ("coconut4", "260"),
        ],
    ),
    (  # for the stand of 14/12, with what is left of 08/12
        1,
        dt.date(2022, 12, 13),
        "30",
        [
            ("dates4", "2,1"),
            ("oats4", "700"),
            ("cocoa4", "300"),
            ("almonds4", "720"),
            ("coconut4", "180"),
        ],
    ),
]


def _ingredient_ids(session: Session) -> dict[str, int]:
    return {name: id_ for name, id_ in session.execute(select(Ingredient.name, Ingredient.id))}


def seed(session: Session, context: DemoContext) -> None:
    versions = context.extra.get("energy_ball_versions")
    cohort_id = context.cohort_ids.get("c2")
    if not versions or cohort_id is None:
        return
    ingredient_ids = _ingredient_ids(session)
    bought = {}
    for key, name, day, quantity, supplier, lot, best, price in PURCHASES:
        bought[key] = purchases.create_purchase(
            session,
            cohort_id,
            PurchaseInput(
                ingredient_ids[name],
                day,
                quantity,
                supplier,
                lot,
                "best_before" if best else None,
                dt.date.fromisoformat(best) if best else None,
                price,
            ),
        ).id
    made = [
        batches.create_batch(
            session,
            cohort_id,
            BatchInput(
                versions[version],
                day,
                units,
                "",
                tuple(UseInput(bought[key], quantity) for key, quantity in uses),
            ),
        ).id
        for version, day, units, uses in BATCHES
    ]
    stock_changes.count_batch(
        session, cohort_id, made[0], "9", dt.date(2022, 10, 5), "Une boule goûtée en formation"
    )
    stock_changes.record_waste(
        session, cohort_id, made[0], "9", dt.date(2022, 10, 11), "Date dépassée (06/10)"
    )
    stock_changes.record_waste(
        session, cohort_id, made[1], "2", dt.date(2022, 10, 14), "Tombées pendant le marché"
    )
    context.extra["batch_ids"] = made
