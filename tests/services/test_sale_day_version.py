"""The sale day's version: every write moves it on; a form's save on an older version is refused
and writes nothing; typed counts are stored beside the taps, never instead of them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models.sales import SaleLine
from app.services.errors import StaleError, ValidationError
from app.services.sales import cash, closing, tally
from app.services.sales.events import get_event, update_event
from tests.services.sales_fixtures import make_event, make_shop


@pytest.fixture
def day(db):
    """(event id, balls product id, soup product id), committed."""
    with db.session() as s:
        event = make_event(s, make_shop(s))
    return event.id, event.products[0].id, event.products[1].id


def version(db, event_id):
    with db.session() as s:
        return get_event(s, event_id).version


def line_count(db, event_id):
    with db.session() as s:
        return s.scalar(select(func.count(SaleLine.id)).where(SaleLine.event_id == event_id))


def test_every_write_to_the_day_moves_its_version_on(db, day):
    event_id, balls, _soup = day
    assert version(db, event_id) == 0
    steps = [
        lambda s: tally.record_tap(s, event_id, balls, "cash"),
        lambda s: tally.undo_tap(s, event_id),
        lambda s: tally.redo_tap(s, event_id),
        lambda s: cash.add_movement(s, event_id, -350, "Pain"),
        lambda s: tally.set_counts(s, event_id, tally.TypedCounts(unsold={balls: 3})),
        lambda s: update_event(s, event_id, "Batte", None, 5000, "Calme"),
        lambda s: cash.record_count(s, event_id, {5000: 1, 500: 1, 200: 1}, "monnaie"),
        lambda s: closing.close_event(s, event_id, None),
        lambda s: closing.correct_cash(s, event_id, 100, "Oubli", None),
    ]
    for expected, step in enumerate(steps, start=1):
        with db.session() as s:
            step(s)
        assert version(db, event_id) == expected


def test_counts_typed_on_an_older_page_are_refused_and_the_taps_stay(db, day):
    """Case 1 of issue 14: the page was drawn, then ten taps; its save must not undo them."""
    event_id, balls, _soup = day
    seen = version(db, event_id)
    for _ in range(10):
        with db.session() as s:
            tally.record_tap(s, event_id, balls, "cash")
    typed = tally.TypedCounts(sold={(balls, "cash"): "0"})
    with pytest.raises(StaleError) as refused, db.session() as s:
        tally.set_counts(s, event_id, typed, seen_version=seen)
    assert "ce jour a changé" in refused.value.message.lower()
    assert line_count(db, event_id) == 10
    with db.session() as s:
        assert tally.tally_totals(s, event_id).sold[(balls, "cash")] == 10
        assert tally.tally_totals(s, event_id).revenue_cents == 10 * 250


def test_a_count_typed_on_the_current_page_is_a_difference_line_beside_the_taps(db, day):
    event_id, balls, soup = day
    for _ in range(4):
        with db.session() as s:
            tally.record_tap(s, event_id, balls, "cash")
    seen = version(db, event_id)
    # She typed 6 balls paid cash (4 were tapped) and 2 soups unsold; nothing else.
    typed = tally.TypedCounts(sold={(balls, "cash"): "6"}, unsold={soup: "2"})
    with db.session() as s:
        assert tally.set_counts(s, event_id, typed, seen_version=seen) == 2
    with db.session() as s:
        lines = s.execute(
            select(SaleLine.source, SaleLine.kind, SaleLine.quantity)
            .where(SaleLine.event_id == event_id)
            .order_by(SaleLine.id)
        ).all()
    assert lines == [("tap", "sale", 1)] * 4 + [("typed", "sale", 2), ("typed", "unsold", 2)]
    assert version(db, event_id) == seen + 1


def test_a_cash_count_against_an_old_expected_figure_is_refused(db, day):
    """Case 2 of issue 14: "Attendu" was read before 5 cash taps; the count is refused."""
    event_id, balls, _soup = day
    seen = version(db, event_id)
    for _ in range(5):
        with db.session() as s:
            tally.record_tap(s, event_id, balls, "cash")
    with pytest.raises(StaleError), db.session() as s:
        cash.record_count(s, event_id, {5000: 1}, seen_version=seen)
    with db.session() as s:
        state = cash.cash_state(s, event_id)
    assert state.counted_cents is None and state.expected_cents == 5000 + 5 * 250
    with db.session() as s:  # counted again against the new figure: 62,50 €
        state = cash.record_count(
            s, event_id, {5000: 1, 1000: 1, 200: 1, 50: 1}, "", version(db, event_id)
        )
    assert state.difference_cents == 0


def test_closing_and_saving_the_float_check_the_version_too(db, day):
    event_id, balls, _soup = day
    with db.session() as s:
        cash.record_count(s, event_id, {5000: 1})
    seen = version(db, event_id)
    with db.session() as s:
        tally.record_tap(s, event_id, balls, "card")
    with pytest.raises(StaleError), db.session() as s:
        update_event(s, event_id, "Batte", None, 0, "", seen_version=seen)
    with pytest.raises(StaleError), db.session() as s:
        closing.close_event(s, event_id, None, seen_version=seen)
    with db.session() as s:
        event = get_event(s, event_id)
        assert event.opening_float_cents == 5000 and not event.closed
        closing.close_event(s, event_id, None, seen_version=event.version)


def test_a_refused_save_writes_nothing_even_when_its_input_is_also_wrong(db, day):
    event_id, balls, _soup = day
    seen = version(db, event_id)
    with pytest.raises(ValidationError), db.session() as s:
        tally.set_counts(s, event_id, tally.TypedCounts(unsold={balls: "x"}), seen_version=seen)
    assert version(db, event_id) == seen and line_count(db, event_id) == 0


def test_an_order_form_opened_before_another_save_is_refused(db):
    """The same rule for orders: two windows on the order, the second save is refused."""
    import datetime as dt
    from dataclasses import replace
    from decimal import Decimal

    from app.services.menus import orders

    with db.session() as s:
        recipe_id = make_shop(s).soup
        lines = (orders.OrderLineInput(recipe_id, Decimal(12)),)
        order = orders.create_order(
            s,
            orders.OrderInput("Asbl du quartier", dt.date(2022, 6, 1), lines),
            dt.date(2022, 5, 1),
        )
    first, second = order, order  # two forms drawn from version 0
    with db.session() as s:
        saved = orders.update_order(
            s, order.id, replace(first.as_input(), guests=40), seen_version=first.version
        )
    assert saved.version == first.version + 1 and saved.guests == 40
    with pytest.raises(StaleError) as refused, db.session() as s:
        orders.update_order(
            s, order.id, replace(second.as_input(), notes="Sans gluten"), seen_version=0
        )
    assert "commande a changé" in refused.value.message
    with db.session() as s:
        now = orders.get_order(s, order.id)
        assert (now.guests, now.notes) == (40, "")
        orders.set_status(s, order.id, "sent")  # a status change moves it on too
    with db.session() as s:
        assert orders.get_order(s, order.id).version == saved.version + 1
