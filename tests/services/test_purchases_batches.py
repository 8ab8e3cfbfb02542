"""Purchases and production batches: what is recorded, the lot of a batch is the labels' lot, a
batch cannot use more of a lot than is left (refused naming the lot, nothing written), a purchase
without a date is refused, and each write is a stock movement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.services.errors import ValidationError
from app.services.kitchen import batches, purchases
from app.services.kitchen.stock_sums import purchase_left
from app.services.labels.content import check_lot, default_lot
from tests.services.stock_fixtures import BOUGHT, MADE, buy, make, shop_with_shelf_life


def counts(session):
    return tuple(session.query(m).count() for m in (Purchase, ProductionBatch, StockMovement))


def test_a_purchase_keeps_what_the_pack_says_and_is_a_bought_movement(session):
    shop = shop_with_shelf_life(session)
    bought = buy(
        session,
        shop,
        "2,5",
        date_kind="use_by",
        expires_on=dt.date(2022, 10, 20),
        price_text="17,48",
    )
    assert (bought.quantity, bought.supplier_lot, bought.price_cents) == (
        Decimal("2.5"),
        "D-118",
        1748,
    )
    assert (bought.date_kind, bought.expires_on) == ("use_by", dt.date(2022, 10, 20))
    movement = session.query(StockMovement).one()
    assert (movement.kind, movement.quantity, movement.purchase_id) == (
        "bought",
        Decimal("2.5"),
        bought.id,
    )


def test_a_purchase_without_a_lot_is_named_by_its_day(session):
    shop = shop_with_shelf_life(session)
    assert buy(session, shop, lot="").lot_name == "achat du 03/10/2022"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"on": None}, "date"),
        ({"quantity": "0"}, "quantity"),
        ({"quantity": "abc"}, "quantity"),
        ({"ingredient_id": None}, "ingredient"),
        ({"date_kind": "use_by"}, "expires_on"),
        ({"expires_on": dt.date(2022, 9, 1)}, "expires_on"),
        ({"price_text": "deux"}, "price"),
    ],
)
def test_a_wrong_purchase_is_refused_at_its_field_and_nothing_is_saved(session, changes, field):
    shop = shop_with_shelf_life(session)
    with pytest.raises(ValidationError) as refused:
        buy(session, shop, **changes)
    assert refused.value.field == field
    assert counts(session) == (0, 0, 0)


def test_a_purchase_without_a_date_says_so(session):
    shop = shop_with_shelf_life(session)
    with pytest.raises(ValidationError, match="jour de l'achat"):
        buy(session, shop, on=None)


def test_a_batch_records_its_recipe_version_lot_date_and_the_lots_it_used(session):
    shop = shop_with_shelf_life(session)
    first, second = buy(session, shop, "2"), buy(session, shop, "1", lot="D-120")
    batch = make(session, shop, "20", [(first.id, "1,5"), (second.id, "0,25")])
    assert (batch.product, batch.recipe_version, batch.quantity) == ("Energy balls", 1, 20)
    assert batch.best_before == MADE + dt.timedelta(days=10)
    assert [(u.lot_name, u.quantity) for u in batch.uses] == [
        ("D-118", Decimal("1.5")),
        ("D-120", Decimal("0.25")),
    ]
    assert purchase_left(session, first.id) == Decimal("0.5")
    assert purchase_left(session, second.id) == Decimal("0.75")


def test_the_batch_lot_is_the_lot_printed_on_its_labels(session):
    shop = shop_with_shelf_life(session)
    typed = make(session, shop, lot=" L-EB 7 ")
    default = make(session, shop)
    assert typed.lot == "L-EB 7"
    assert default.lot == "L221004"
    # the labels' own rule (app/services/labels/content.py) gives the same lots
    assert typed.lot == check_lot(" L-EB 7 ") and default.lot == default_lot(MADE)


def test_using_more_of_a_lot_than_is_left_is_refused_naming_the_lot(session):
    shop = shop_with_shelf_life(session)
    lot = buy(session, shop, "2")
    make(session, shop, "20", [(lot.id, "1,5")])
    before = counts(session)
    with pytest.raises(ValidationError) as refused:
        make(session, shop, "10", [(lot.id, "0,3"), (lot.id, "0,3")])
    assert (refused.value.field, refused.value.row) == ("uses", 1)
    assert "D-118" in refused.value.message and "Dattes" in refused.value.message
    assert "0,5 kg" in refused.value.message and "0,6 kg" in refused.value.message
    assert counts(session) == before


def test_a_batch_of_a_lot_of_another_cohort_or_half_a_unit_is_refused(session):
    shop = shop_with_shelf_life(session)
    with pytest.raises(ValidationError) as refused:
        make(session, shop, "2,5")
    assert refused.value.field == "quantity"
    with pytest.raises(ValidationError) as refused:
        make(session, shop, "5", [(999, "1")])
    assert (refused.value.field, refused.value.row) == ("uses", 0)
    assert counts(session) == (0, 0, 0)


def test_undoing_a_batch_gives_its_lots_back_and_a_used_purchase_stays(session):
    shop = shop_with_shelf_life(session)
    lot = buy(session, shop, "2")
    batch = make(session, shop, "20", [(lot.id, "2")])
    with pytest.raises(ValidationError):
        purchases.delete_purchase(session, lot.id)
    batches.delete_batch(session, batch.id)
    assert purchase_left(session, lot.id) == Decimal(2)
    purchases.delete_purchase(session, lot.id)
    assert counts(session) == (0, 0, 0)


def test_lists_are_the_latest_first(session):
    shop = shop_with_shelf_life(session)
    old, new = buy(session, shop, on=BOUGHT), buy(session, shop, on=BOUGHT + dt.timedelta(1))
    assert [p.id for p in purchases.list_purchases(session, shop.cohort_id)] == [new.id, old.id]
    made = make(session, shop)
    assert [b.id for b in batches.list_batches(session, shop.cohort_id)] == [made.id]
