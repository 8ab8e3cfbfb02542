"""The scale database: what a non-profit running two cohorts a term holds after `--years` years, for
every benchmark to reuse (not part of the test run).

The cooperative, and per ten years: 60 cohorts, 1,500 people (25 members a cohort), 2,000
mornings with every member's attendance, 3,000 recipes and versions (1,000 families of 3
versions), 4,000 sale days and 1,000,000 sale lines, and 10,000 items in the trash (deleted in the
last 30 days, so none has expired). The rows go in through the models' tables in bulk
(`insert(Model)` with many rows), on a database migrated to head, so that the schema is the app's
own.

The file is built once per set of parameters and kept under bench/.cache/ (git-ignored): its name
holds the parameters and the schema head, so a new migration builds a new file.

    uv run python bench/scale.py --years 10       # prints the path (about a minute the first time)
    uv run python bench/scale.py --years 1        # a small one for a quick run

From another benchmark: `from scale import scale_database; path = scale_database(years=10)`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"
sys.path.insert(0, str(ROOT))

# Per year of activity (the figures for ten years, divided by ten).
COHORTS = 6
MEMBERS_PER_COHORT = 25
MORNINGS = 200
RECIPE_FAMILIES = 100
VERSIONS = 3
SALE_DAYS = 400
SALE_LINES = 100_000
TRASH_ITEMS = 1_000
PRODUCTS_PER_DAY = 6

TODAY = dt.date(2026, 12, 1)
METHODS = ("cash", "cash", "cash", "card", "card", "qr", "transfer", "offered")
FORMATS = ("brunch", "delivery", "catering", "stand", "takeaway")
KINDS = ("theory", "practice", "kitchen", "visit", "sale", "mentoring")
ATTENDANCE = ("present",) * 8 + ("late", "excused", "absent")
FIRST_NAMES = ("Amina", "Fatou", "Thị Hiền", "Nadia", "Olga", "Samira", "Mariam", "Leila", "Ana")
LAST_NAMES = ("Diallo", "Nguyen", "El Amrani", "Kovalenko", "Haddad", "Traoré", "Silva", "Bah")
DISHES = ("Tajine", "Mafé", "Bánh mì", "Borchtch", "Couscous", "Energy balls", "Houmous", "Yassa")


def cache_path(years: int) -> Path:
    from app.db import SCHEMA_HEAD

    return CACHE / f"scale-{years}y-{SCHEMA_HEAD}.sqlite3"


def scale_database(years: int = 10, *, rebuild: bool = False) -> Path:
    """The cached scale database for `years`, built first when it is missing."""
    path = cache_path(years)
    if rebuild or not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)  # an interrupted build
        build(partial, years)
        partial.replace(path)
    ensure_cooperative(path)
    return path


def ensure_cooperative(path: Path) -> None:
    """The cooperative's row (without it the app opens its first-run assistant and waits)."""
    from sqlalchemy import select

    from app.db import Database
    from app.models.cooperative import Cooperative

    database = Database.open(path)
    with database.session() as session:
        if session.scalar(select(Cooperative.id).limit(1)) is None:
            session.add(Cooperative(name="Coopér'Actives", address="Rue des Champs 67\n4020 Liège"))
    database.close()


def _chunks(rows: list[dict], size: int = 20_000):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _add(session, model, rows: list[dict]) -> None:
    from sqlalchemy import insert

    for chunk in _chunks(rows):
        session.execute(insert(model), chunk)


def build(path: Path, years: int) -> dict[str, int]:
    """Writes the database at `path` (migrated to head first); returns the row counts."""
    from sqlalchemy import text

    from app.db import Database, upgrade_to_head
    from app.models.menus import Ingredient, IngredientPrice, Recipe, RecipeLine
    from app.models.people import Cohort, Membership, Person
    from app.models.schedule import Attendance, Morning

    upgrade_to_head(path, backup=False)
    rng = random.Random(years)
    database = Database.open(path)
    counts: dict[str, int] = {}
    now = dt.datetime.combine(TODAY, dt.time(12))
    cohort_count = COHORTS * years
    first_start = TODAY - dt.timedelta(days=365 * years)
    cohorts = []
    for c in range(1, cohort_count + 1):
        start = first_start + dt.timedelta(days=(365 * years * (c - 1)) // cohort_count)
        cohorts.append(
            {
                "id": c,
                "name": f"Cohorte {start.year} – {c}",
                "start_date": start,
                "end_date": start + dt.timedelta(days=180),
                "activity": "Cuisine du monde",
            }
        )
    people, memberships = [], []
    for c in cohorts:
        for m in range(MEMBERS_PER_COHORT):
            pid = len(people) + 1
            people.append(
                {
                    "id": pid,
                    "first_name": f"{rng.choice(FIRST_NAMES)} {pid}",
                    "last_name": rng.choice(LAST_NAMES),
                    "role": "member" if m else "facilitator",
                    "country_code": "BE",
                    "phone": f"+32 470 {pid:06d}",
                }
            )
            memberships.append(
                {"cohort_id": c["id"], "person_id": pid, "joined_on": c["start_date"]}
            )
    mornings, attendance = [], []
    per_cohort = MORNINGS * years // cohort_count
    for c in cohorts:
        members = [m["person_id"] for m in memberships if m["cohort_id"] == c["id"]]
        for k in range(per_cohort):
            mid = len(mornings) + 1
            day = c["start_date"] + dt.timedelta(days=k * 180 // per_cohort)
            mornings.append(
                {
                    "id": mid,
                    "cohort_id": c["id"],
                    "date": day,
                    "kind": KINDS[k % len(KINDS)],
                    "place": "Cuisine",
                    "status": "done" if day < TODAY else "planned",
                }
            )
            if day < TODAY:
                attendance.extend(
                    {"morning_id": mid, "person_id": p, "status": rng.choice(ATTENDANCE)}
                    for p in members
                )
    ingredients = [
        {"id": i, "name": f"Ingrédient {i}", "unit": ("g", "kg")[i % 2]} for i in range(1, 201)
    ]
    prices = [
        {
            "ingredient_id": i["id"],
            "valid_from": first_start + dt.timedelta(days=365 * year),
            "pack_size": Decimal(1000 if i["unit"] == "g" else 1),
            "pack_price_cents": 300 + 10 * year + i["id"] % 50,
        }
        for i in ingredients
        for year in range(years)
    ]
    recipes, recipe_lines = [], []
    for f in range(RECIPE_FAMILIES * years):
        family = len(recipes) + 1
        for version in range(1, VERSIONS + 1):
            rid = len(recipes) + 1
            recipes.append(
                {
                    "id": rid,
                    "family_id": family,
                    "version": version,
                    "name": f"{DISHES[f % len(DISHES)]} {f + 1}",
                    "category": "Plat",
                    "yield_count": 10,
                    "net_quantity": Decimal(250),
                    "price_cents": 450 + 50 * (f % 10),
                    "active": version == VERSIONS,
                    "created_on": first_start + dt.timedelta(days=f + version),
                }
            )
            recipe_lines.extend(
                {
                    "recipe_id": rid,
                    "ingredient_id": rng.randint(1, len(ingredients)),
                    "quantity": Decimal(rng.randint(1, 500)),
                    "unit": "g",
                    "position": p,
                }
                for p in range(5)
            )
    with database.session() as session:
        _add(session, Cohort, cohorts)
        _add(session, Person, people)
        _add(session, Membership, memberships)
        _add(session, Morning, mornings)
        _add(session, Attendance, attendance)
        _add(session, Ingredient, ingredients)
        _add(session, IngredientPrice, prices)
        _add(session, Recipe, recipes)
        _add(session, RecipeLine, recipe_lines)
    counts.update(
        cohorts=len(cohorts),
        people=len(people),
        mornings=len(mornings),
        attendance=len(attendance),
        recipes=len(recipes),
    )
    counts.update(_sales(database, rng, cohorts, recipes, years, now))
    counts["trash"] = _trash(database, years, now)
    with database.session() as session:
        session.execute(text("ANALYZE"))
    database.close()
    return counts


def _sales(database, rng, cohorts, recipes, years, now) -> dict[str, int]:
    """Sale days spread over the cohorts (every one closed but today's), one cohort at a time."""
    from app.models.sales import SaleLine, SalesEvent, SalesEventProduct

    days_per_cohort = SALE_DAYS * years // len(cohorts)
    lines_per_day = SALE_LINES // SALE_DAYS
    event_id = product_id = line_id = 0
    for c in cohorts:
        events, products, lines = [], [], []
        for d in range(days_per_cohort):
            event_id += 1
            day = c["start_date"] + dt.timedelta(days=d * 180 // days_per_cohort)
            if day >= TODAY:
                break
            day_products = []
            for position in range(PRODUCTS_PER_DAY):
                product_id += 1
                recipe = rng.choice(recipes)
                day_products.append((product_id, recipe["price_cents"]))
                products.append(
                    {
                        "id": product_id,
                        "event_id": event_id,
                        "recipe_id": recipe["id"],
                        "name": recipe["name"],
                        "price_cents": recipe["price_cents"],
                        "vat_rate_bp": 600,
                        "unit_cost_cents": recipe["price_cents"] // 3,
                        "position": position,
                    }
                )
            cash = 0
            stamp = dt.datetime.combine(day, dt.time(11))
            for _ in range(lines_per_day + rng.randint(-20, 20)):
                line_id += 1
                pid, price = rng.choice(day_products)
                method = rng.choice(METHODS)
                cash += price if method == "cash" else 0
                lines.append(
                    {
                        "id": line_id,
                        "event_id": event_id,
                        "product_id": pid,
                        "kind": "sale",
                        "payment_method": method,
                        "quantity": 1,
                        "unit_price_cents": price,
                        "vat_rate_bp": 600,
                        "source": "tap",
                        "reason": "",
                        "created_at": stamp,
                    }
                )
            events.append(
                {
                    "id": event_id,
                    "cohort_id": c["id"],
                    "date": day,
                    "format": FORMATS[d % len(FORMATS)],
                    "place": "Marché",
                    "opening_float_cents": 5000,
                    "cash_count_json": "{}",
                    "cash_counted_cents": 5000 + cash,
                    "cash_expected_cents": 5000 + cash,
                    "closed_at": stamp,
                    "created_at": stamp,
                }
            )
        with database.session() as session:
            _add(session, SalesEvent, events)
            _add(session, SalesEventProduct, products)
            _add(session, SaleLine, lines)
    return {"sale_days": event_id, "sale_lines": line_id}


def _trash(database, years, now) -> int:
    """Deleted customer orders kept in the trash, each with a snapshot like the app's."""
    from app.models.safety import TrashItem

    items = []
    for i in range(1, TRASH_ITEMS * years + 1):
        snapshot = {
            "revision": "scale",
            "rows": [["customer_order", {"id": 100_000 + i, "customer": f"Client {i}"}]],
            "cleared": [],
        }
        items.append(
            {
                "table_name": "customer_order",
                "row_id": 100_000 + i,
                "label": f"Commande de Client {i}",
                "deleted_at": now - dt.timedelta(minutes=2 * i),
                "snapshot_json": json.dumps(snapshot),
            }
        )
    with database.session() as session:
        _add(session, TrashItem, items)
    return len(items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rebuild", action="store_true", help="build again even if cached")
    args = parser.parse_args()
    started = time.perf_counter()
    path = scale_database(args.years, rebuild=args.rebuild)
    print(path)
    print(f"ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
