"""Figures that agree (issue 14): a cohort summary rounds its revenue excl. VAT once per rate and
shares it out, so every table of it (per sale, per format, per product, per rate) adds up to the
same total to the cent; and the result is one chain of figures (revenue excl. VAT − cost of goods =
gross margin − other expenses − the ingredients' gap = result), in the day and cohort summaries."""

from __future__ import annotations

import datetime as dt
import io
from fractions import Fraction

import pdfplumber
from hypothesis import given
from hypothesis import strategies as st

from app.printing.cohort_summary import cohort_summary_pdf
from app.printing.day_summary import day_summary_pdf
from app.services.sales import cash, expenses, tally
from app.services.sales.events import list_events
from app.services.sales.result import result_arithmetic
from app.services.sales.summaries import allocate_excl, cohort_summary, day_summary, excl_vat
from tests.printing.test_sales_printing import text_of
from tests.services.sales_fixtures import make_event, make_shop

CELLS = st.dictionaries(
    st.integers(0, 30),
    st.tuples(st.sampled_from([0, 600, 1200, 2100]), st.integers(-5000, 50_000)),
    max_size=12,
)


@given(CELLS)
def test_the_shares_add_up_to_the_total_rounded_once_and_stay_within_a_cent(cells):
    shares = allocate_excl(cells)
    assert set(shares) == set(cells)
    for rate in {rate for rate, _incl in cells.values()}:
        keys = [k for k, (r, _i) in cells.items() if r == rate]
        total_incl = sum(cells[k][1] for k in keys)
        assert sum(shares[k] for k in keys) == excl_vat(total_incl, rate)
        if total_incl:
            for key in keys:
                exact = Fraction(cells[key][1] * excl_vat(total_incl, rate), total_incl)
                assert abs(shares[key] - exact) < 1


def three_stands(session):
    """Three stands, each 2 energy balls (2,50 € at 6 %) paid cash: 5,00 € TVAC a day.

    Alone, a day is 5,00 / 1,06 = 4,7170 -> 4,72 € excl. VAT, and three rounded days would make
    14,16 €; the cohort's 15,00 € TVAC is 14,1509 -> 14,15 €, shared out as 4,72 + 4,72 + 4,71."""
    shop = make_shop(session)
    for day in (dt.date(2022, 10, 5), dt.date(2022, 10, 12), dt.date(2022, 10, 19)):
        event = make_event(session, shop, day=day)
        for _ in range(2):
            tally.record_tap(session, event.id, event.products[0].id, "cash")
    return shop


def test_every_table_of_the_cohort_summary_shows_the_same_total(session):
    shop = three_stands(session)
    summary = cohort_summary(session, shop.cohort_id)
    assert sorted(e.revenue_excl_cents for e in summary.events) == [471, 472, 472]
    assert summary.revenue_excl_cents == 1415
    assert sum(e.revenue_excl_cents for e in summary.events) == 1415
    assert sum(g.revenue_excl_cents for g in summary.by_format) == 1415
    assert sum(g.revenue_excl_cents for g in summary.by_product) == 1415
    assert sum(v.excl_cents for v in summary.vat_rows) == 1415


def with_expenses(session):
    """The three stands, then 5,00 € of ingredients for the first day, 1,20 € of packaging for
    none, and 3,50 € taken out of the first day's cash box (ice bought at the market)."""
    shop = three_stands(session)
    events = list_events(session, shop.cohort_id)
    first = min(events, key=lambda e: e.date)
    for amount, category, event_id in ((500, "ingredients", first.id), (120, "packaging", None)):
        expenses.add_expense(
            session,
            expenses.ExpenseInput(
                shop.cohort_id, first.date, amount, "Delhaize", category, event_id=event_id
            ),
        )
    cash.add_movement(session, first.id, -350, "Glaçons achetés au marché")
    return shop, first


def test_the_result_is_one_chain_on_screen_and_on_paper(session):
    shop, _first = with_expenses(session)
    summary = cohort_summary(session, shop.cohort_id)
    rows = [(row.label, row.cents) for row in result_arithmetic(summary.chain)]
    # 6 balls × 50 c (the dates at 10,00 €/kg from 01/10/2022) = 3,00 € of goods.
    # Other expenses 1,20 + 3,50 = 4,70; ingredients paid 5,00 − 3,00 of goods = 2,00 of gap;
    # 14,15 − 3,00 = 11,15; 11,15 − 4,70 − 2,00 = 4,45 = 14,15 − (5,00 + 1,20 + 3,50).
    assert rows == [
        ("Chiffre d'affaires HTVA", 1415),
        ("− Coût matière des produits vendus", 300),
        ("= Marge brute", 1115),
        ("− Dépenses autres qu'ingrédients (emballages, transport, autre, sorties de caisse)", 470),
        (
            "− Écart sur les ingrédients (ingrédients payés 5,00\xa0€ − coût matière : stock "
            "restant, pertes)",
            200,
        ),
        ("= Résultat", 445),
    ]
    assert summary.profit_cents == 445 == 1415 - (500 + 120 + 350)


def test_the_day_result_counts_the_money_taken_out_of_the_cash_box(session):
    _shop, first = with_expenses(session)
    chain = day_summary(session, first.id).chain
    # alone, the day is 5,00 / 1,06 = 4,72 excl. VAT; 2 balls = 1,00 of goods; margin 3,72;
    # other 3,50 (the ice), gap 5,00 − 1,00 = 4,00: 3,72 − 3,50 − 4,00 = −3,78 = 4,72 − 8,50
    assert (chain.revenue_excl_cents, chain.cogs_cents, chain.gross_margin_cents) == (472, 100, 372)
    assert (chain.other_expenses_cents, chain.ingredient_gap_cents) == (350, 400)
    assert chain.result_cents == -378 == 472 - (500 + 350)
    text = text_of(day_summary_pdf(session, first.id))
    assert "= Résultat -3,78 €" in text.replace("\xa0", " ").replace("−", "-")


def money_cents(text: str) -> int:
    digits = text.replace("\xa0", "").replace(" ", "").replace("€", "").replace("−", "-")
    return int(digits.replace(",", ""))


def column_sum(table: list[list[str]], header: str) -> int:
    index = table[0].index(header)
    return sum(money_cents(row[index]) for row in table[1:] if row[index] not in ("", "—"))


def test_every_table_of_the_cohort_pdf_agrees_to_the_cent(session):
    shop, _first = with_expenses(session)
    with pdfplumber.open(io.BytesIO(cohort_summary_pdf(session, shop.cohort_id))) as document:
        tables = [
            [[(cell or "").replace("\n", " ") for cell in row] for row in table]
            for page in document.pages
            for table in page.extract_tables()
        ]
    chain = {row[0]: money_cents(row[1]) for row in tables[0]}
    assert chain["Chiffre d'affaires HTVA"] == 1415 and chain["= Résultat"] == 445
    by_header = {tuple(t[0]): t for t in tables[1:]}
    sales = next(t for h, t in by_header.items() if "Écart caisse" in h)
    formats = next(t for h, t in by_header.items() if h[0] == "Type" and "Ventes" in h)
    products = next(t for h, t in by_header.items() if h[0] == "Produit")
    vat = next(t for h, t in by_header.items() if h[0] == "Taux")
    for table in (sales, formats, products, vat):
        assert column_sum(table, "HTVA") == 1415
    for table in (sales, formats, products):
        assert column_sum(table, "Coût") == 300
        assert column_sum(table, "Marge") == 1115 == chain["= Marge brute"]
    spent = next(t for t in tables if t[0][0] == "Emballages" or t[0][0] == "Ingrédients")
    paid = {row[0]: money_cents(row[1]) for row in spent if "€" in row[1]}
    assert (
        paid["Total des dépenses payées"]
        == 970
        == paid["Ingrédients"]
        + paid["Emballages"]
        + paid["Sorties de caisse (achats payés avec la caisse)"]
    )
    assert 1415 - paid["Total des dépenses payées"] == chain["= Résultat"]
