"""Demo sales: days of both 2022 cohorts in every format, with expenses, a cash difference, a
correction after closing and a profit-sharing decision. Figures are invented but plausible.

Products come from the Menus demo (`context.extra["recipe_ids"]`, {recipe name: id}) when present;
otherwise, and only if there is no recipe at all, a few minimal demo recipes are made here.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo.context import DemoContext
from app.models.menus import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.models.sales import SaleLine
from app.services.sales import cash, closing, expenses, sharing, tally
from app.services.sales.events import EventInput, create_event, list_recipes_for_sale
from app.services.sales.summaries import day_summary

# name, price, VAT (bp), code, yield, [(ingredient, unit, quantity per batch)]
FALLBACK_RECIPES = [
    (
        "Energy balls dattes-cacao",
        250,
        600,
        "101",
        20,
        [("Dattes", "kg", "0.4"), ("Cacao", "kg", "0.05")],
    ),
    (
        "Energy balls coco-cajou",
        280,
        600,
        "102",
        20,
        [("Dattes", "kg", "0.3"), ("Noix de cajou", "kg", "0.15")],
    ),
    (
        "Mafé de poulet",
        950,
        1200,
        "201",
        10,
        [("Poulet", "kg", "1.5"), ("Pâte d'arachide", "kg", "0.3")],
    ),
    ("Taboulé", 450, 600, "202", 8, [("Boulgour", "kg", "0.5"), ("Persil", "piece", "2")]),
    ("Msemen", 150, 600, "203", 12, [("Farine", "kg", "0.5")]),
    ("Bissap", 200, 600, "204", 10, [("Fleurs d'hibiscus", "kg", "0.1")]),
]
INGREDIENT_PRICES = {  # unit, pack size, price in cents
    "Dattes": ("kg", "1", 790),
    "Cacao": ("kg", "0.25", 450),
    "Noix de cajou": ("kg", "0.5", 899),
    "Poulet": ("kg", "1", 899),
    "Pâte d'arachide": ("kg", "0.5", 399),
    "Boulgour": ("kg", "1", 259),
    "Persil": ("piece", "1", 119),
    "Farine": ("kg", "1", 99),
    "Fleurs d'hibiscus": ("kg", "0.25", 550),
}


def _fallback_recipes(session: Session) -> dict[str, int]:
    ingredients = {}
    for name, (unit, size, price) in INGREDIENT_PRICES.items():
        row = Ingredient(name=name, unit=unit)
        row.prices.append(
            IngredientPrice(
                valid_from=dt.date(2022, 1, 1), pack_size=Decimal(size), pack_price_cents=price
            )
        )
        session.add(row)
        ingredients[name] = row
    ids = {}
    for name, price, vat, code, yield_count, lines in FALLBACK_RECIPES:
        recipe = Recipe(
            name=name,
            price_cents=price,
            vat_rate_bp=vat,
            product_code=code,
            yield_count=yield_count,
            created_on=dt.date(2022, 4, 1),
        )
        for position, (ingredient, unit, quantity) in enumerate(lines):
            recipe.lines.append(
                RecipeLine(
                    ingredient=ingredients[ingredient],
                    unit=unit,
                    quantity=Decimal(quantity),
                    position=position,
                )
            )
        session.add(recipe)
        session.flush()
        recipe.family_id = recipe.id
        ids[name] = recipe.id
    session.flush()
    return ids


def _recipes(session: Session, context: DemoContext) -> dict[str, int]:
    given = context.extra.get("recipe_ids")
    if given:
        return dict(given)  # type: ignore[arg-type]
    if not session.scalar(select(func.count(Recipe.id))):
        return _fallback_recipes(session)
    return {r.name: r.id for r in list_recipes_for_sale(session)}


def _pick(names: dict[str, int], *words: str) -> list[int]:
    """Recipe ids whose name contains one of the words; all recipes if none matches."""
    chosen = [rid for name, rid in names.items() if any(w.lower() in name.lower() for w in words)]
    return chosen or list(names.values())[:3]


def _pieces(cents: int) -> dict[int, int]:
    result = {}
    for denomination in cash.DENOMINATIONS:
        if denomination <= 5000 and cents >= denomination:
            result[denomination], cents = divmod(cents, denomination)
    return result


# cohort key, date, format, place, product words, units per product (mean), float
EVENTS = [
    ("c1", dt.date(2022, 5, 13), "catering", "Asbl Les Tilleuls, Liège", ("mafé",), 20, 0),
    (
        "c1",
        dt.date(2022, 5, 28),
        "brunch",
        "Le Monde des Possibles",
        ("msemen", "taboulé", "bissap"),
        25,
        5000,
    ),
    (
        "c1",
        dt.date(2022, 6, 10),
        "takeaway",
        "Cuisine partagée, Liège",
        ("mafé", "taboulé"),
        12,
        3000,
    ),
    (
        "c1",
        dt.date(2022, 6, 17),
        "delivery",
        "Bureaux du quartier Nord",
        ("taboulé", "bissap"),
        15,
        0,
    ),
    ("c1", dt.date(2022, 6, 24), "catering", "Commande d'une asbl", ("mafé", "msemen"), 18, 0),
    (
        "c1",
        dt.date(2022, 7, 5),
        "stand",
        "Marché de la Batte",
        ("msemen", "bissap", "taboulé"),
        22,
        5000,
    ),
    (
        "c1",
        dt.date(2022, 7, 6),
        "stand",
        "Marché de la Batte",
        ("msemen", "bissap", "taboulé"),
        26,
        5000,
    ),
    (
        "c1",
        dt.date(2022, 7, 7),
        "stand",
        "Marché de la Batte",
        ("msemen", "bissap", "mafé"),
        30,
        5000,
    ),
    (
        "c2",
        dt.date(2022, 10, 14),
        "stand",
        "Dégustation, Le Monde des Possibles",
        ("energy",),
        15,
        2000,
    ),
    ("c2", dt.date(2022, 11, 4), "stand", "Marché bio de Cointe", ("energy",), 30, 5000),
    ("c2", dt.date(2022, 11, 25), "takeaway", "Épicerie coopérative", ("energy",), 40, 0),
    ("c2", dt.date(2022, 12, 9), "stand", "Marché de Noël solidaire", ("energy",), 45, 5000),
    ("c2", dt.date(2022, 12, 14), "stand", "Le Monde des Possibles", ("energy",), 25, 5000),
]
METHODS = ("cash", "cash", "cash", "card", "card", "qr")


SEED_ORDER = 40  # build_demo runs the seeders in increasing order (app/demo/__init__.py)


def seed(session: Session, context: DemoContext) -> None:
    names = _recipes(session, context)
    if not names or "c1" not in context.cohort_ids:
        return
    rng = random.Random(2022)
    members = context.members_by_cohort
    event_ids: dict[tuple[str, dt.date], int] = {}
    for index, (key, day, fmt, place, words, mean, float_cents) in enumerate(EVENTS):
        cohort_id = context.cohort_ids[key]
        delegate = members[key][index % len(members[key])]
        event = create_event(
            session,
            EventInput(
                cohort_id, day, fmt, place, delegate, tuple(_pick(names, *words)), float_cents
            ),
        )
        event_ids[(key, day)] = event.id
        cash_only = fmt in ("brunch", "stand", "takeaway")
        counts = tally.TypedCounts(
            sold={
                (p.id, (rng.choice(METHODS) if cash_only else "transfer")): rng.randint(
                    mean - 3, mean + 3
                )
                for p in event.products
            },
            unsold={p.id: rng.randint(0, 4) for p in event.products} if cash_only else {},
            given={p.id: rng.randint(0, 3) for p in event.products} if fmt == "stand" else {},
        )
        tally.set_counts(session, event.id, counts)
        if cash_only:  # a few live taps too, with a slip undone
            for product in event.products:
                for method in ("cash", "card", "qr"):
                    tally.record_tap(session, event.id, product.id, method)
            tally.undo_tap(session, event.id)
            if fmt == "stand":
                tally.record_tap(session, event.id, event.products[0].id, "offered")
        paid_by = members[key][(index + 3) % len(members[key])]
        revenue = tally.tally_totals(session, event.id).revenue_cents
        supplier = "Delhaize" if index % 2 else "Colruyt"
        if index:
            amount = revenue * 35 // 100
        else:  # the first paid order earned only 2 euros: "calculate before you spend"
            amount = day_summary(session, event.id).revenue_excl_cents - 200
        expenses.add_expense(
            session,
            expenses.ExpenseInput(
                cohort_id,
                day - dt.timedelta(days=1),
                amount,
                supplier,
                "ingredients",
                paid_by_id=paid_by,
                receipt_number=f"T{day:%m%d}-{index:02d}",
                event_id=event.id,
            ),
        )
        if fmt in ("stand", "takeaway", "delivery"):
            expenses.add_expense(
                session,
                expenses.ExpenseInput(
                    cohort_id,
                    day - dt.timedelta(days=1),
                    1290 + 10 * index,
                    "Action",
                    "packaging",
                    receipt_number=f"A{day:%m%d}",
                    event_id=event.id,
                ),
            )
        if fmt == "delivery":
            expenses.add_expense(
                session,
                expenses.ExpenseInput(
                    cohort_id,
                    day,
                    420,
                    "TEC (bus)",
                    "transport",
                    paid_by_id=paid_by,
                    event_id=event.id,
                ),
            )
        if fmt == "stand" and float_cents:
            cash.add_movement(session, event.id, -350, "Glaçons et sacs achetés au marché")
        expected = cash.cash_state(session, event.id).expected_cents
        is_last = (key, day) == ("c2", dt.date(2022, 12, 14))
        if is_last:
            continue  # the last day stays open: the tally can be tried in the demo
        if (key, day) == ("c1", dt.date(2022, 7, 6)):
            cash.record_count(
                session,
                event.id,
                _pieces(expected - 150),
                "Erreur de monnaie sur un billet de 20 €, probablement",
            )
        else:
            cash.record_count(session, event.id, _pieces(expected))
        closing.close_event(session, event.id, delegate, dt.datetime.combine(day, dt.time(14, 30)))
    # A correction after closing: a card sale counted twice on the third market day of cohort 1.
    event_id = event_ids[("c1", dt.date(2022, 7, 7))]
    line = session.scalars(
        select(SaleLine).where(
            SaleLine.event_id == event_id,
            SaleLine.kind == "sale",
            SaleLine.payment_method == "card",
        )
    ).first()
    if line is not None:
        closing.correct_count(
            session,
            event_id,
            line.product_id,
            "sale",
            "card",
            -1,
            "Une vente par carte comptée deux fois sur la feuille",
            context.person_ids.get("Sophie"),
            dt.datetime(2022, 7, 8, 10, 15),
        )
    # Reimburse the first expenses of cohort 1.
    for expense in expenses.list_expenses(session, context.cohort_ids["c1"])[:4]:
        if expense.paid_by_id is not None:
            expenses.mark_reimbursed(session, expense.id, expense.date + dt.timedelta(days=7))
    c1 = context.cohort_ids["c1"]
    sharing.record_decision(
        session,
        sharing.DecisionInput(
            cohort_id=c1,
            decided_on=dt.date(2022, 7, 8),
            proposal=(
                "Garder 20 % dans un fonds commun pour la prochaine coopérative "
                "et partager le reste selon les heures de présence."
            ),
            fund_percent=20,
            split="hours",
            hours={pid: str(108 - 6 * (i % 4)) for i, pid in enumerate(members["c1"])},
            took_part=tuple(members["c1"][:12]),
            objections=(
                (
                    "Une membre a dû garder ses enfants certains matins.",
                    "Les heures d'absence pour garde d'enfants comptent à moitié.",
                ),
                ("Le fonds commun est trop grand.", "Il passe de 30 % à 20 %."),
            ),
            outcome="Consentement de toutes les participantes. Partage versé le 15 juillet.",
            review_on=dt.date(2022, 12, 16),
        ),
    )
    context.extra["sales_event_ids"] = {
        f"{k}:{d.isoformat()}": v for (k, d), v in event_ids.items()
    }
