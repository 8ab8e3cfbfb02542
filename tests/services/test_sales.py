"""Sales services: tally totals, undo/redo as lines, cash, closing and corrections, summaries,
expenses, VAT and cost of goods. Expected figures are computed by hand in the comments."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.menus import Recipe
from app.models.sales import SaleLine
from app.services.errors import Field, ValidationError
from app.services.sales import cash, closing, tally
from app.services.sales import expenses as sales_expenses
from app.services.sales.events import product_by_code, product_for_recipe
from app.services.sales.summaries import cohort_summary, day_summary, excl_vat, excl_vat_decimal
from tests.services.sales_fixtures import make_event, make_shop


@pytest.fixture
def shop(session):
    return make_shop(session)


def ids(event):
    return event.products[0].id, event.products[1].id  # balls, soup


def sell_a_day(session, shop):
    event = make_event(session, shop)
    balls, soup = ids(event)
    for method in ("cash", "cash", "cash", "card", "card"):
        tally.record_tap(session, event.id, balls, method)
    tally.undo_tap(session, event.id)  # the last card
    tally.redo_tap(session, event.id)  # back again
    tally.record_tap(session, event.id, balls, "cash", -1)  # a slip: 2 cash
    tally.record_tap(session, event.id, soup, "qr")
    tally.record_tap(session, event.id, soup, "offered")
    return event, balls, soup


def test_totals_per_product_and_method(session, shop):
    event, balls, soup = sell_a_day(session, shop)
    totals = tally.tally_totals(session, event.id)
    assert totals.sold == {
        (balls, "cash"): 2,
        (balls, "card"): 2,
        (soup, "qr"): 1,
        (soup, "offered"): 1,
    }
    assert totals.by_method_cents == {"cash": 500, "card": 500, "qr": 400}
    assert totals.revenue_cents == 1400  # offered soup is worth nothing
    assert totals.product_total(balls) == 4


def test_undo_redo_are_lines_and_a_new_tap_clears_redo(session, shop):
    event = make_event(session, shop)
    balls, _ = ids(event)
    first = tally.record_tap(session, event.id, balls, "cash")
    undo = tally.undo_tap(session, event.id)
    assert session.get(SaleLine, undo).reverses_id == first
    assert session.get(SaleLine, undo).quantity == -1
    tally.record_tap(session, event.id, balls, "card")
    assert tally.redo_tap(session, event.id) is None
    assert tally.tally_totals(session, event.id).sold == {
        (balls, "cash"): 0,
        (balls, "card"): 1,
    }
    tally.undo_tap(session, event.id)
    assert tally.undo_tap(session, event.id) is None  # the first tap was already undone


def test_minus_one_below_zero_is_refused(session, shop):
    event = make_event(session, shop)
    balls, _ = ids(event)
    with pytest.raises(ValidationError):
        tally.record_tap(session, event.id, balls, "cash", -1)
    assert session.query(SaleLine).count() == 0


def test_typed_counts_set_totals_and_refuse_bad_input_without_writing(session, shop):
    event = make_event(session, shop)
    balls, soup = ids(event)
    tally.record_tap(session, event.id, balls, "cash")
    typed = tally.TypedCounts(
        sold={(balls, "cash"): "12", (soup, "card"): 3}, unsold={balls: "5"}, given={soup: "1"}
    )
    tally.set_counts(session, event.id, typed)
    totals = tally.tally_totals(session, event.id)
    assert totals.sold == {(balls, "cash"): 12, (soup, "card"): 3}
    assert totals.unsold == {balls: 5} and totals.given == {soup: 1}
    before = session.query(SaleLine).count()
    for bad in ("-2", "douze"):
        with pytest.raises(ValidationError) as error:
            tally.set_counts(
                session,
                event.id,
                tally.TypedCounts(sold={(soup, "card"): "1", (balls, "cash"): bad}),
            )
        assert error.value.where == Field("counts", row=balls, column="cash")
    with pytest.raises(tally.ImplausibleCount):
        tally.set_counts(session, event.id, tally.TypedCounts(sold={(balls, "cash"): "10001"}))
    assert session.query(SaleLine).count() == before
    tally.set_counts(
        session,
        event.id,
        tally.TypedCounts(sold={(balls, "cash"): "10001"}),
        confirm_large=True,
    )
    assert tally.tally_totals(session, event.id).sold[(balls, "cash")] == 10001


def test_cash_expected_counted_and_difference_needs_explanation(session, shop):
    event, _balls, _soup = sell_a_day(session, shop)
    cash.add_movement(session, event.id, -300, "Glaçons")
    state = cash.cash_state(session, event.id)
    # float 50,00 + cash sales 2 x 2,50 - 3,00 = 52,00
    assert (state.cash_sales_cents, state.movements_cents, state.expected_cents) == (
        500,
        -300,
        5200,
    )
    with pytest.raises(ValidationError) as error:
        cash.record_count(session, event.id, {5000: "1", 100: "1"})
    assert error.value.field == "explanation"
    with pytest.raises(ValidationError) as error:
        cash.record_count(session, event.id, {5000: "1", 100: "un"})
    assert error.value.where == Field("denomination", row=100)
    state = cash.record_count(session, event.id, {5000: "1", 100: "1"}, "Erreur de monnaie")
    assert (state.counted_cents, state.difference_cents) == (5100, -100)
    exact = cash.record_count(session, event.id, {5000: 1, 200: 1})
    assert exact.difference_cents == 0
    with pytest.raises(ValidationError):
        cash.add_movement(session, event.id, 200, "  ")


def test_closing_locks_the_day_and_corrections_reverse(session, shop):
    event, balls, _soup = sell_a_day(session, shop)
    with pytest.raises(ValidationError):  # no cash count yet
        closing.close_event(session, event.id, shop.amina)
    cash.record_count(session, event.id, {5000: 1, 500: 1})
    closed = closing.close_event(session, event.id, shop.amina, dt.datetime(2022, 10, 5, 13, 0))
    assert closed.closed and closed.closed_by_name == "Amina"
    with pytest.raises(ValidationError):
        closing.close_event(session, event.id, shop.amina)
    for action in (
        lambda: tally.record_tap(session, event.id, balls, "cash"),
        lambda: tally.undo_tap(session, event.id),
        lambda: cash.add_movement(session, event.id, 100, "x"),
        lambda: cash.record_count(session, event.id, {5000: 1}),
        lambda: tally.set_counts(session, event.id, tally.TypedCounts(unsold={balls: 1})),
    ):
        with pytest.raises(ValidationError):
            action()
    with pytest.raises(ValidationError):
        closing.correct_count(session, event.id, balls, "sale", "card", -1, "", shop.diane)
    closing.correct_count(session, event.id, balls, "sale", "card", -1, "Double compté", shop.diane)
    closing.correct_cash(session, event.id, -200, "Pain payé avec la caisse", shop.diane)
    totals = tally.tally_totals(session, event.id)
    assert totals.sold[(balls, "card")] == 1
    trail = closing.audit_trail(session, event.id)
    assert [e.reason for e in trail] == ["", "Double compté", "Pain payé avec la caisse"]
    assert trail[1].who == "Diane" and trail[1].what.startswith("-1 Energy balls")


def test_day_summary_vat_cost_of_goods_and_margin(session, shop):
    event, _balls, _soup = sell_a_day(session, shop)
    sales_expenses.add_expense(
        session,
        sales_expenses.ExpenseInput(
            shop.cohort_id, event.date, 600, "Delhaize", "ingredients", event_id=event.id
        ),
    )
    summary = day_summary(session, event.id)
    # 4 balls x 2,50 = 10,00 at 6 %: 10,00 / 1,06 = 9,43 ; 1 soup 4,00 at 12 %: 3,57
    assert [(v.rate_bp, v.incl_cents, v.excl_cents, v.vat_cents) for v in summary.vat_rows] == [
        (600, 1000, 943, 57),
        (1200, 400, 357, 43),
    ]
    assert (summary.revenue_incl_cents, summary.revenue_excl_cents, summary.vat_cents) == (
        1400,
        1300,
        100,
    )
    # dates at 10,00 €/kg on 5/10: 0,5 kg / 10 balls = 0,50 € each;
    # soup: 0,30 packaging (offered counts)
    assert [r.unit_cost_cents for r in summary.products] == [50, 30]
    assert summary.cogs_cents == 4 * 50 + 2 * 30
    assert summary.gross_margin_cents == 1300 - 260
    assert summary.expenses_cents == 600 and summary.result_cents == 700
    assert summary.method_cents["cash"] == 500 and summary.method_quantities["offered"] == 1


def test_cost_of_goods_uses_the_price_valid_that_day_and_is_frozen_at_closing(session, shop):
    event = make_event(session, shop, day=dt.date(2022, 9, 20))
    balls, _ = ids(event)
    tally.record_tap(session, event.id, balls, "cash")
    assert (
        day_summary(session, event.id).products[0].unit_cost_cents == 40
    )  # 8,00 €/kg in September
    cash.record_count(session, event.id, {5000: 1, 200: 1, 50: 1})
    closing.close_event(session, event.id, None)
    recipe = session.get(Recipe, shop.balls)
    recipe.lines[0].quantity = 5  # a later change of the recipe
    recipe.price_cents = 999
    session.flush()
    summary = day_summary(session, event.id)
    assert summary.products[0].unit_cost_cents == 40
    assert summary.products[0].price_cents == 250 and summary.revenue_incl_cents == 250


def test_scanned_code_finds_its_product_or_says_no(session, shop):
    event = make_event(session, shop)
    assert product_for_recipe(session, event.id, shop.soup).id == event.products[1].id
    assert product_by_code(session, event.id, "123").name == "Soupe"
    assert product_by_code(session, event.id, "2000000001237").name == "Soupe"  # inside an EAN-13
    with pytest.raises(ValidationError) as error:
        product_by_code(session, event.id, "999")
    assert error.value.field == "barcode"


def test_expenses_reimbursements_and_reversal(session, shop):
    add = sales_expenses.add_expense
    Input = sales_expenses.ExpenseInput
    with pytest.raises(ValidationError) as error:
        add(session, Input(shop.cohort_id, dt.date(2022, 10, 1), None))
    assert error.value.field == "amount"
    first = add(
        session, Input(shop.cohort_id, dt.date(2022, 10, 1), 1250, "Colruyt", paid_by_id=shop.amina)
    )
    add(
        session,
        Input(
            shop.cohort_id, dt.date(2022, 10, 2), 480, "Bpost", "transport", paid_by_id=shop.amina
        ),
    )
    add(
        session,
        Input(
            shop.cohort_id, dt.date(2022, 10, 2), 300, "Action", "packaging", paid_by_id=shop.diane
        ),
    )
    owed = {
        r.name: r.owed_cents for r in sales_expenses.reimbursements_owed(session, shop.cohort_id)
    }
    assert owed == {"Amina": 1730, "Diane": 300}
    sales_expenses.reverse_expense(
        session, first.id, "Ticket compté deux fois", dt.date(2022, 10, 3)
    )
    with pytest.raises(ValidationError):
        sales_expenses.reverse_expense(session, first.id, "encore", dt.date(2022, 10, 3))
    owed = {
        r.name: r.owed_cents for r in sales_expenses.reimbursements_owed(session, shop.cohort_id)
    }
    assert owed == {"Amina": 480, "Diane": 300}
    expenses = sales_expenses.list_expenses(session, shop.cohort_id)
    action = next(e for e in expenses if e.supplier == "Action")
    with pytest.raises(ValidationError):  # a reversal is not reimbursed on its own
        sales_expenses.mark_reimbursed(session, expenses[-1].id, dt.date(2022, 10, 9))
    sales_expenses.mark_reimbursed(session, action.id, dt.date(2022, 10, 9))
    owed = {
        r.name: r.owed_cents for r in sales_expenses.reimbursements_owed(session, shop.cohort_id)
    }
    assert owed == {"Amina": 480}
    assert cohort_summary(session, shop.cohort_id).expenses_cents == 480 + 300


def test_cohort_summary_by_event_format_and_product(session, shop):
    event, _balls, _soup = sell_a_day(session, shop)
    cash.record_count(session, event.id, {5000: 1, 200: 2}, "Un client a laissé la monnaie")
    closing.close_event(session, event.id, shop.amina)
    brunch = make_event(session, shop, day=dt.date(2022, 10, 12), fmt="brunch", float_cents=0)
    tally.record_tap(session, brunch.id, brunch.products[1].id, "card")
    summary = cohort_summary(session, shop.cohort_id)
    assert [(e.format, e.revenue_incl_cents, e.revenue_excl_cents) for e in summary.events] == [
        ("stand", 1400, 1300),
        ("brunch", 400, 357),
    ]
    assert summary.revenue_excl_cents == 1657
    assert summary.cogs_cents == 260 + 30
    assert {g.key: g.quantity for g in summary.by_product} == {"Energy balls": 4, "Soupe": 3}
    assert summary.best_sellers[0].key == "Energy balls"
    assert {g.key: g.events for g in summary.by_format} == {"stand": 1, "brunch": 1}
    assert summary.cash_differences_cents == 5400 - 5500
    assert summary.cash_in_cents == 400


def test_excl_vat_rounds_half_up():
    assert excl_vat(106, 600) == 100
    assert excl_vat(1, 600) == 1  # 0.943 -> 1
    assert excl_vat(0, 2100) == 0
    assert excl_vat(-400, 1200) == -357
    assert excl_vat(121, 2100) == 100 and excl_vat(605, 2100) == 500  # 6.05 / 1.21 = 5.00


@given(st.integers(-10_000_000, 10_000_000), st.integers(0, 10000))
def test_integer_excl_vat_equals_the_decimal_reference(incl, rate):
    assert excl_vat(incl, rate) == excl_vat_decimal(incl, rate)


def test_food_served_as_a_meal_takes_the_catering_vat_rate(session, shop):
    from app.services.settings import set_setting

    brunch = make_event(session, shop, fmt="brunch")
    stand = make_event(session, shop, fmt="stand")
    # balls are food at 6 %: 12 % at a brunch (served), 6 % at a stand; soup is 12 % anyway
    assert [p.vat_rate_bp for p in brunch.products] == [1200, 1200]
    assert [p.vat_rate_bp for p in stand.products] == [600, 1200]
    set_setting(session, "sales.vat_by_format", {"stand": 2100})
    assert [p.vat_rate_bp for p in make_event(session, shop, fmt="stand").products] == [2100, 1200]
    assert [p.vat_rate_bp for p in make_event(session, shop, fmt="brunch").products] == [600, 1200]
