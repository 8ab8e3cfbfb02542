"""Figures that agree (issue 14): a cohort summary rounds its revenue excl. VAT once per rate and
shares it out, so every table of it (per sale, per format, per product, per rate) adds up to the
same total to the cent; and the profit is shown with the arithmetic that makes it."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from app.printing.cohort_summary import cohort_summary_pdf
from app.services.sales import tally
from app.services.sales.summaries import allocate_excl, cohort_summary, excl_vat, profit_arithmetic
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


def test_the_profit_comes_with_its_arithmetic_on_screen_and_on_paper(session):
    shop = three_stands(session)
    summary = cohort_summary(session, shop.cohort_id)
    rows = [(row.label, row.cents) for row in profit_arithmetic(summary)]
    # 6 balls × 50 c (the dates at 10,00 €/kg from 01/10/2022) = 3,00 € of goods; no expense.
    assert rows == [
        ("Recette hors TVA", 1415),
        ("− Coût des produits vendus (d'après les recettes)", 300),
        ("= Marge brute", 1115),
        ("Recette hors TVA", 1415),
        ("− Dépenses payées", 0),
        ("= Bénéfice à partager", 1415),
    ]
    text = text_of(cohort_summary_pdf(session, shop.cohort_id))
    assert "= Marge brute 11,15 €" in text and "= Bénéfice à partager 14,15 €" in text
    assert text.count("14,15 €") >= 4  # the arithmetic, the formats, the products, the VAT
    assert "14,16 €" not in text
