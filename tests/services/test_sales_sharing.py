"""Profit sharing: shares to the cent that always add up to the profit; the recorded decision."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.sales import cash, closing, expenses, tally
from app.services.sales import sharing as sales_sharing
from app.services.sales.sharing import DecisionInput, compute_shares
from tests.services.sales_fixtures import make_event, make_shop


def test_equal_shares_with_the_remainder_placed_in_the_fund():
    result = compute_shares(1000, {1: Decimal(0), 2: Decimal(0), 3: Decimal(0)}, 0, "equal")
    assert result.shares == {1: 333, 2: 333, 3: 333}
    assert (result.fund_cents, result.remainder_cents, result.total_cents) == (0, 1, 1000)


def test_pro_rata_to_hours_with_a_fund_part():
    # 20 % of 100,00 € -> 20,00 € fund; 80,00 € for 30 h + 10 h -> 60,00 € and 20,00 €
    result = compute_shares(10000, {1: Decimal(30), 2: Decimal(10)}, 2000, "hours")
    assert (
        result.fund_cents == 2000
        and result.shares == {1: 6000, 2: 2000}
        and result.remainder_cents == 0
    )
    # 3 people, 1 h each, 1,00 €: 33 c each and 1 c left over
    odd = compute_shares(100, {1: Decimal(1), 2: Decimal(1), 3: Decimal(1)}, 0, "hours")
    assert odd.shares == {1: 33, 2: 33, 3: 33} and odd.remainder_cents == 1


def test_everything_in_the_common_fund_and_bad_modes():
    result = compute_shares(857, {1: Decimal(3)}, 10000, "equal")
    assert (result.fund_cents, result.shares, result.remainder_cents) == (857, {1: 0}, 0)
    with pytest.raises(ValidationError):
        compute_shares(100, {1: Decimal(0)}, 0, "hours")  # no hours at all
    with pytest.raises(ValidationError):
        compute_shares(100, {}, 0, "equal")


@given(
    profit=st.integers(min_value=0, max_value=10_000_000),
    hours=st.dictionaries(
        st.integers(1, 40),
        st.decimals(min_value=0, max_value=200, places=2),
        min_size=1,
        max_size=14,
    ),
    fund_bp=st.integers(0, 10000),
    split=st.sampled_from(["equal", "hours"]),
)
def test_shares_always_sum_exactly_to_the_profit(profit, hours, fund_bp, split):
    if split == "hours" and sum(hours.values()) == 0:
        hours = {**hours, min(hours): Decimal(1)}
    result = compute_shares(profit, hours, fund_bp, split)
    assert result.total_cents == profit
    assert all(share >= 0 for share in result.shares.values())
    assert 0 <= result.remainder_cents < max(1, len(hours))


def test_record_decision_uses_the_cohort_profit_typed_hours_and_a_provider(session):
    shop = make_shop(session)
    event = make_event(session, shop)
    balls = event.products[0].id
    tally.set_counts(session, event.id, tally.TypedCounts(sold={(balls, "card"): 53}))
    cash.record_count(session, event.id, {5000: 1})
    closing.close_event(session, event.id, shop.amina)
    expenses.add_expense(
        session, expenses.ExpenseInput(shop.cohort_id, event.date, 2500, "Colruyt")
    )
    # 53 x 2,50 = 132,50 TVAC -> 125,00 HTVA; minus 25,00 expenses = 100,00 profit
    decision = sales_sharing.record_decision(
        session,
        DecisionInput(
            shop.cohort_id,
            dt.date(2022, 12, 16),
            "Parts selon les heures, 10 % au fonds.",
            10,
            "hours",
            hours={shop.amina: "30"},
            took_part=(shop.amina,),
            objections=(("Les absences pour enfants", "Elles comptent à moitié"),),
            outcome="Consentement",
            review_on=dt.date(2023, 3, 1),
        ),
        hours_provider=lambda _session, _cohort: {shop.diane: Decimal(15), shop.amina: Decimal(99)},
    )
    assert decision.profit_cents == 10000 and decision.fund_cents == 1000
    shares = {line.name: (line.hours, line.share_cents, line.took_part) for line in decision.shares}
    # typed hours win over the provider: 30 h and 15 h share 90,00 € -> 60,00 € and 30,00 €
    assert shares == {
        "Amina": (Decimal("30.00"), 6000, True),
        "Diane": (Decimal("15.00"), 3000, False),
    }
    assert decision.objections == (("Les absences pour enfants", "Elles comptent à moitié"),)
    assert sales_sharing.latest_decision(session, shop.cohort_id).id == decision.id
    with pytest.raises(ValidationError) as error:
        sales_sharing.record_decision(
            session, DecisionInput(shop.cohort_id, dt.date(2022, 12, 16), "  ")
        )
    assert error.value.field == "proposal"
    with pytest.raises(ValidationError) as error:
        sales_sharing.record_decision(
            session,
            DecisionInput(shop.cohort_id, dt.date(2022, 12, 16), "x", hours={shop.amina: "trois"}),
        )
    assert error.value.field == f"hours:{shop.amina}"


def test_a_registered_hours_provider_fills_the_hours_not_typed(session):
    shop = make_shop(session)
    sales_sharing.set_hours_provider(
        lambda _s, _c: {shop.amina: Decimal(9), shop.diane: Decimal(3)}
    )
    try:
        assert sales_sharing.attendance_hours(session, shop.cohort_id) == {
            shop.amina: 9,
            shop.diane: 3,
        }
        decision = sales_sharing.record_decision(
            session,
            DecisionInput(
                shop.cohort_id,
                dt.date(2022, 12, 16),
                "Selon les heures",
                split="equal",
                hours={shop.diane: "4,5"},
            ),
        )
    finally:
        sales_sharing.set_hours_provider(None)
    assert [line.hours for line in decision.shares] == [Decimal("9.00"), Decimal("4.50")]
    assert sales_sharing.attendance_hours(session, shop.cohort_id) == {}
