"""The writer process of the crash-safety test: it records sales taps through the Sales tally
service and prints each tap's line id right after its commit, until it is killed.

Swappable: `prepare`, `setup_of`, `write_unit`, `units_found`, `unit_is_whole` and
`days_problem` are the only domain-specific parts. A unit is one tap (`record_tap`, +1) on one of
three sales days, turning through the products and payment methods; a day is whole when its
tally totals equal the sum of its stored lines and each of its taps is one line of +1 at the
product's price.

Run: python -m tests.db.crash_writer DB_PATH. Python and the app are imported once; for each line
"FIRST" read on stdin a child process is forked that prints "pid N", then writes units numbered
from FIRST. When the child dies, this process prints "ended CODE" (its wait status).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

PLACE = "Marché crash"
DAYS = (dt.date(2022, 10, 5), dt.date(2022, 10, 12), dt.date(2022, 10, 19))
METHODS = ("cash", "card", "qr")


def prepare(session) -> dict:
    """Once, before the writers run: a cohort, two recipes and three sales days selling them."""
    from app.services.sales.events import EventInput, create_event
    from tests.services.sales_fixtures import make_shop

    shop = make_shop(session)
    for day in DAYS:
        create_event(
            session,
            EventInput(shop.cohort_id, day, "stand", PLACE, shop.amina, (shop.balls, shop.soup)),
        )
    return setup_of(session)


def setup_of(session) -> dict:
    """The (event id, product id) pairs to tap, products found through their recipes."""
    from sqlalchemy import select

    from app.models.sales import SalesEvent, SalesEventProduct
    from app.services.sales.events import product_for_recipe

    pairs = []
    for event_id in session.scalars(
        select(SalesEvent.id).where(SalesEvent.place == PLACE).order_by(SalesEvent.date)
    ):
        recipe_ids = session.scalars(
            select(SalesEventProduct.recipe_id)
            .where(SalesEventProduct.event_id == event_id)
            .order_by(SalesEventProduct.position)
        ).all()
        for recipe_id in recipe_ids:
            pairs.append((event_id, product_for_recipe(session, event_id, recipe_id).id))
    return {"pairs": pairs}


def write_unit(session, number: int, setup: dict) -> int:
    """One tap through the real service; returns its line id (the unit reported)."""
    from app.services.sales.tally import record_tap

    event_id, product_id = setup["pairs"][number % len(setup["pairs"])]
    method = METHODS[(number // len(setup["pairs"])) % len(METHODS)]
    return record_tap(session, event_id, product_id, method, delta=+1)


def units_found(connection: sqlite3.Connection) -> set[int]:
    rows = connection.execute("SELECT id FROM sale_line WHERE source = 'tap'")
    return {line_id for (line_id,) in rows}


def unit_is_whole(connection: sqlite3.Connection, number: int) -> bool:
    """The tap is one line of +1, sold at its product's price and VAT, on the product's event."""
    row = connection.execute(
        "SELECT sale_line.quantity = 1 AND sale_line.kind = 'sale' "
        "AND sale_line.unit_price_cents = p.price_cents AND sale_line.vat_rate_bp = p.vat_rate_bp "
        "AND sale_line.event_id = p.event_id "
        "FROM sale_line JOIN sales_event_product p ON p.id = sale_line.product_id "
        "WHERE sale_line.id = ?",
        (number,),
    ).fetchone()
    return row is not None and row[0] == 1


def days_problem(path: Path) -> str | None:
    """No half-written day: each day's tally totals equal the sum of its stored lines."""
    from sqlalchemy import select

    from app.db import Database
    from app.models.sales import SalesEventProduct
    from app.services.sales.tally import lines_sum, tally_totals

    database = Database(Path(path))
    try:
        with database.session() as session:
            for event_id in {event for event, _product in setup_of(session)["pairs"]}:
                totals = tally_totals(session, event_id)
                stored = lines_sum(session, event_id)
                sold = {
                    (product, method): quantity
                    for (product, kind, method), quantity in stored.items()
                    if kind == "sale"
                }
                if totals.sold != sold:
                    return f"day {event_id}: totals {totals.sold} but lines {sold}"
                prices = dict(
                    session.execute(
                        select(SalesEventProduct.id, SalesEventProduct.price_cents).where(
                            SalesEventProduct.event_id == event_id
                        )
                    ).all()
                )
                revenue = sum(
                    prices[product] * quantity for (product, _m), quantity in sold.items()
                )
                if totals.revenue_cents != revenue:
                    return f"day {event_id}: revenue {totals.revenue_cents}, lines say {revenue}"
    finally:
        database.close()
    return None


def main(path: str, first: int) -> None:
    from app.db import Database

    database = Database(Path(path))
    with database.session() as session:
        setup = setup_of(session)
    number = first
    while True:
        with database.session() as session:
            line_id = write_unit(session, number, setup)
        # Only after the commit returned; one write() so a kill cannot cut the line in two.
        os.write(sys.stdout.fileno(), f"{line_id}\n".encode())
        number += 1


def serve(path: str) -> None:
    import os

    import app.services.sales.tally  # noqa: F401  (imported once, before forking)
    import tests.services.sales_fixtures  # noqa: F401
    from app.db import Database

    Database(Path(path)).close()
    print("ready", flush=True)
    for line in sys.stdin:
        child = os.fork()
        if child == 0:
            try:
                print(f"pid {os.getpid()}", flush=True)
                main(path, int(line))
            finally:
                os._exit(1)
        _, status = os.waitpid(child, 0)
        print(f"ended {status}", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1])
