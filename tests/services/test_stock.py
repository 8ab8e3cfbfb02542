"""Stock arithmetic: ingredients by purchased lot, products by batch after sales, counts and losses;
and, with hypothesis, that a stock is always the sum of its recorded movements and that no write
changes a stock without one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.models.kitchen import StockMovement
from app.services.errors import ValidationError
from app.services.kitchen import stock, stock_changes
from tests.services.stock_fixtures import (
    buy,
    make,
    recall_case,
    sell,
    shop_with_shelf_life,
    soon_from_the_lots,
)


def lots_by_batch(session, cohort_id):
    return {lot.batch_id: lot for lot in stock.product_lots(session, cohort_id)}


def test_products_on_hand_are_made_minus_sold_first_expired_first_out(session):
    shop, d118, d120, a, b, days = recall_case(session)
    lots = lots_by_batch(session, shop.cohort_id)
    assert (lots[a.id].sold, lots[a.id].on_hand) == (20, 0)
    assert (lots[b.id].sold, lots[b.id].on_hand) == (7, 3)
    # the 8 sold on 03/10, before the first batch, are not counted against the stock
    assert days[3] not in lots[a.id].sold_on
    on_hand = {
        lot.purchase_id: lot.on_hand for lot in stock.ingredient_lots(session, shop.cohort_id)
    }
    assert on_hand == {d118.id: Decimal(0), d120.id: Decimal("0.5")}


def test_stock_on_an_earlier_day_leaves_later_movements_out(session):
    shop, _d118, _d120, a, b, _days = recall_case(session)
    lots = {
        lot.batch_id: lot
        for lot in stock.product_lots(session, shop.cohort_id, dt.date(2022, 10, 5))
    }
    assert set(lots) == {a.id} and lots[a.id].on_hand == 5


def test_a_sale_beyond_the_stock_is_kept_and_counted_as_sold_without_stock(session):
    shop, _d118, _d120, _a, b, _days = recall_case(session)
    late = sell(session, shop, dt.date(2022, 10, 8), 5)
    product = stock.product_stock(session, shop.cohort_id)[shop.balls]
    assert product.sold_without_stock == {late: 2}
    assert lots_by_batch(session, shop.cohort_id)[b.id].on_hand == 0


def test_an_out_of_date_batch_is_not_sold_from(session):
    shop = shop_with_shelf_life(session)
    old = make(session, shop, "10", on=dt.date(2022, 9, 1))  # best before 11/09
    new = make(session, shop, "10", on=dt.date(2022, 10, 1))
    sell(session, shop, dt.date(2022, 10, 2), 4)
    lots = lots_by_batch(session, shop.cohort_id)
    assert (lots[old.id].on_hand, lots[new.id].on_hand) == (10, 6)


def test_a_loss_and_a_count_are_movements_with_their_reason(session):
    shop, _d118, d120, _a, b, _days = recall_case(session)
    day = dt.date(2022, 10, 8)
    loss = stock_changes.record_waste(session, shop.cohort_id, b.id, "1", day, "Tombée par terre")
    assert (loss.kind, loss.quantity, loss.reason) == ("wasted", Decimal(-1), "Tombée par terre")
    assert lots_by_batch(session, shop.cohort_id)[b.id].on_hand == 2
    counted = stock_changes.count_batch(session, shop.cohort_id, b.id, "3", day, "recomptées")
    assert counted.quantity == 1
    assert stock_changes.count_batch(session, shop.cohort_id, b.id, "3", day) is None
    fixed = stock_changes.count_purchase(session, shop.cohort_id, d120.id, "0,4", day)
    assert fixed.quantity == Decimal("-0.1")


def test_a_count_noted_later_does_not_change_what_an_earlier_day_sold_from_each_lot(session):
    # recall_case: on 07/10, 5 balls of A (20 made, 15 sold on 05/10) then 7 of B. On 08/10
    # two more balls of A are found on the shelf: the count puts them back on A, and 07/10 still
    # sold 5 from A and 7 from B (had the count been available on 07/10, A would have given 7).
    shop, _d118, _d120, a, b, days = recall_case(session)
    day = dt.date(2022, 10, 8)
    stock_changes.count_batch(session, shop.cohort_id, a.id, "2", day, "retrouvées")
    lots = lots_by_batch(session, shop.cohort_id)
    assert lots[a.id].sold_on == {days[5]: 15, days[7]: 5}
    assert (lots[a.id].on_hand, lots[b.id].on_hand) == (2, 3)
    assert lots[b.id].sold_on == {days[7]: 7}
    # the Today screen's plain-SQL read agrees: A (best before 14/10) is soon out of date, 2 left
    soon = soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 12))
    assert [(item.lot, item.on_hand) for item in soon if item.lot == lots[a.id].lot] == [
        (lots[a.id].lot, 2)
    ]


def test_a_loss_without_a_reason_is_refused_and_nothing_is_written(session):
    shop, _d118, _d120, a, _b, _days = recall_case(session)
    before = session.scalar(select(func.count()).select_from(StockMovement))
    with pytest.raises(ValidationError) as refused:
        stock_changes.record_waste(session, shop.cohort_id, a.id, "2", dt.date(2022, 10, 8), " ")
    assert refused.value.field == "reason"
    assert session.scalar(select(func.count()).select_from(StockMovement)) == before


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["buy", "make", "waste", "count_batch", "count_lot", "refused"]),
        st.integers(min_value=0, max_value=40),
        st.integers(min_value=0, max_value=5),
    ),
    min_size=1,
    max_size=12,
)


def movement_sums(session):
    rows = session.execute(
        select(
            StockMovement.purchase_id, StockMovement.batch_id, func.sum(StockMovement.quantity)
        ).group_by(StockMovement.purchase_id, StockMovement.batch_id)
    ).all()
    return {(p, b): Decimal(total) for p, b, total in rows}


def stocks(session, cohort_id):
    ingredients = {
        ("p", lot.purchase_id): lot.on_hand for lot in stock.ingredient_lots(session, cohort_id)
    }
    products = {
        ("b", lot.batch_id): lot.movements for lot in stock.product_lots(session, cohort_id)
    }
    return {**ingredients, **products}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS)
def test_a_stock_is_the_sum_of_its_movements_and_changes_only_with_one(db, operations):
    with db.session() as session:
        shop = shop_with_shelf_life(session)
        day = dt.date(2022, 10, 1)
        purchases, batches = [], []
        for kind, number, pick in operations:
            before_stocks = stocks(session, shop.cohort_id)
            before_count = session.scalar(select(func.count()).select_from(StockMovement))
            try:
                if kind == "buy":
                    purchases.append(buy(session, shop, str(number + 1), lot=f"L{number}").id)
                elif kind == "make" and purchases:
                    lot = purchases[pick % len(purchases)]
                    batches.append(
                        make(session, shop, str(number + 1), [(lot, f"0,{pick + 1}")]).id
                    )
                elif kind == "waste" and batches:
                    stock_changes.record_waste(
                        session,
                        shop.cohort_id,
                        batches[pick % len(batches)],
                        str(number + 1),
                        day,
                        "cassé",
                    )
                elif kind == "count_batch" and batches:
                    stock_changes.count_batch(
                        session, shop.cohort_id, batches[pick % len(batches)], str(number), day
                    )
                elif kind == "count_lot" and purchases:
                    stock_changes.count_purchase(
                        session, shop.cohort_id, purchases[pick % len(purchases)], str(number), day
                    )
                elif kind == "refused" and purchases:
                    make(session, shop, "1", [(purchases[pick % len(purchases)], "999")])
            except ValidationError:
                pass
            after_count = session.scalar(select(func.count()).select_from(StockMovement))
            after_stocks = stocks(session, shop.cohort_id)
            changed = {
                key
                for key in after_stocks
                if after_stocks[key] != before_stocks.get(key, Decimal(0))
            }
            # no stock changes without a new movement
            assert not changed or after_count > before_count
            sums = movement_sums(session)
            for (tag, key), value in after_stocks.items():
                assert value == sums[(key, None) if tag == "p" else (None, key)]
            assert all(lot.on_hand >= 0 for lot in stock.ingredient_lots(session, shop.cohort_id))
        session.rollback()


def soon_both_ways(session, cohort_id, day):
    """The "soon out of date" list of Today and the Stock window (plain SQL) and the one made
    from the Stock window's lots (ORM): both must agree."""
    from app.services.today import first_screen

    through_orm = soon_from_the_lots(session, cohort_id, day)
    assert first_screen.soon_out_of_date(session, cohort_id, day) == through_orm
    assert first_screen.today(session, cohort_id, day).soon_out_of_date == through_orm
    return through_orm


def test_soon_out_of_date_lists_lots_on_hand_within_three_days(session):
    shop, _d118, d120, _a, b, _days = recall_case(session)
    # batch B (best before 16/10) has 3 balls left; D-120 has no date on its pack
    assert soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 12)) == []
    (item,) = soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 13))
    assert (item.name, item.lot, item.on_hand, item.past) == ("Energy balls", b.lot, 3, False)
    (item,) = soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 16))
    assert not item.past  # its last day
    (item,) = soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 17))
    assert item.past
    buy(session, shop, "1", lot="D-121", expires_on=dt.date(2022, 10, 14), date_kind="use_by")
    names = [i.lot for i in soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 13))]
    assert names == ["D-121", b.lot]
    # not yet bought on 02/10: nothing; a lot used up or thrown away leaves the list
    assert soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 2)) == []
    stock_changes.record_waste(session, shop.cohort_id, b.id, "3", dt.date(2022, 10, 12), "date")
    names = [i.lot for i in soon_both_ways(session, shop.cohort_id, dt.date(2022, 10, 13))]
    assert names == ["D-121"]


def test_a_lot_bought_without_a_date_on_its_pack_is_never_soon_out_of_date(session):
    shop = shop_with_shelf_life(session)
    buy(session, shop, "1", lot="D-122")
    assert soon_both_ways(session, shop.cohort_id, dt.date(2030, 1, 1)) == []


def test_the_shopping_list_buys_only_beyond_the_stock(session):
    from app.services.menus import shopping

    shop, _d118, d120, _a, _b, _days = recall_case(session)
    on_hand = stock.ingredients_on_hand(session, shop.cohort_id)  # 0,5 kg of dates left (D-120)
    # 3 batches of energy balls need 1,5 kg of dates; 1 kg packs
    plain = shopping.for_batches(session, [(shop.balls, Decimal(3))], dt.date(2022, 10, 8))
    taken = shopping.for_batches(
        session, [(shop.balls, Decimal(3))], dt.date(2022, 10, 8), "", on_hand
    )
    (before,), (after,) = plain.items, taken.items
    assert (before.needed, before.packs, before.leftover) == (Decimal("1.5"), 2, Decimal("0.5"))
    assert (after.in_stock, after.to_buy, after.packs) == (Decimal("0.5"), Decimal(1), 1)
    assert after.leftover == 0
    # more in stock than needed: nothing to buy, the rest stays
    half = shopping.for_batches(
        session, [(shop.balls, Decimal("0.5"))], dt.date(2022, 10, 8), "", on_hand
    )
    assert (half.items[0].packs, half.items[0].leftover) == (0, Decimal("0.25"))
    assert stock.ingredients_on_hand(session, None) == {}


def test_a_sale_day_shows_what_was_carried_over_sold_beyond_and_lost(session):
    from app.services.kitchen.sale_day_stock import sale_day_stock

    shop, _d118, _d120, _a, b, days = recall_case(session)
    # 07/10 starts with the 5 balls of batch A left from 05/10 and the 10 of B made on 06/10
    seventh = sale_day_stock(session, days[7])
    assert seventh.carried_over == (("Energy balls", 15),)
    assert (seventh.sold_without_stock, seventh.wasted) == (0, 0)
    stock_changes.record_waste(session, shop.cohort_id, b.id, "1", dt.date(2022, 10, 8), "cassée")
    late = sell(session, shop, dt.date(2022, 10, 8), 4)
    eighth = sale_day_stock(session, late)
    assert eighth.carried_over == (("Energy balls", 3),)
    assert (eighth.sold_without_stock, eighth.wasted) == (2, 1)
    assert not sale_day_stock(session, days[3]).shown


def counted_movements(session):
    return session.scalars(select(StockMovement).filter_by(kind="counted")).all()


def test_counting_several_lots_writes_one_correction_per_lot_that_differs(session):
    from app.services.kitchen.stock_changes import LotCount, count_lots

    shop, d118, d120, a, b, _days = recall_case(session)
    # the records say: D-118 0 kg, D-120 0,5 kg, batch A 0 balls, batch B 3 balls
    ids = count_lots(
        session,
        shop.cohort_id,
        [
            LotCount("0,3", purchase_id=d120.id),  # 0,2 kg less
            LotCount("", purchase_id=d118.id),  # not counted
            LotCount("0", batch_id=a.id),  # agrees: nothing written
            LotCount("2", batch_id=b.id),  # one ball less
        ],
        dt.date(2022, 10, 10),
        "comptage",
    )
    written = {(m.purchase_id, m.batch_id): m for m in counted_movements(session)}
    assert sorted(m.id for m in written.values()) == sorted(ids)
    assert set(written) == {(d120.id, None), (None, b.id)}
    assert written[(d120.id, None)].quantity == Decimal("-0.2")
    assert written[(None, b.id)].quantity == -1
    assert {m.reason for m in written.values()} == {"comptage"}
    on_hand = {
        lot.purchase_id: lot.on_hand for lot in stock.ingredient_lots(session, shop.cohort_id)
    }
    assert on_hand[d120.id] == Decimal("0.3")
    assert lots_by_batch(session, shop.cohort_id)[b.id].on_hand == 2
    stock_changes.remove_movements(session, ids)
    assert counted_movements(session) == []


@pytest.mark.parametrize(
    ("purchase_text", "batch_text", "reason", "field"),
    [
        ("abc", "3", "comptage", "count_purchase_{p}"),
        ("0,3", "-1", "comptage", "count_batch_{b}"),
        ("0,3", "2,5", "comptage", "count_batch_{b}"),  # half a ball
        ("5000", "3", "comptage", "count_purchase_{p}"),  # 5 tonnes of dates
        ("0,3", "1000000", "comptage", "count_batch_{b}"),
        ("0,3", "3", "  ", "reason"),
        ("", "", "comptage", "counts"),  # nothing counted
    ],
)
def test_a_count_refused_on_one_line_writes_nothing(
    session, purchase_text, batch_text, reason, field
):
    from app.services.kitchen.stock_changes import LotCount, count_lots

    shop, _d118, d120, _a, b, _days = recall_case(session)
    with pytest.raises(ValidationError) as refused:
        count_lots(
            session,
            shop.cohort_id,
            [LotCount(purchase_text, purchase_id=d120.id), LotCount(batch_text, batch_id=b.id)],
            dt.date(2022, 10, 10),
            reason,
        )
    assert refused.value.field == field.format(p=d120.id, b=b.id)
    assert counted_movements(session) == []


def test_the_demo_sells_its_balls_from_batches_and_uses_no_more_than_it_bought(demo_db):
    from app.services.people.cohorts import list_cohorts

    with demo_db.session() as session:
        for cohort in list_cohorts(session):
            beyond = [
                units
                for product in stock.product_stock(session, cohort.id).values()
                for units in product.sold_without_stock.values()
            ]
            # only the 2 balls sold on 04/11 beyond the 30 made on 03/11, on purpose
            assert beyond == ([2] if cohort.name == "Coopérative 2" else []), cohort.name
            for lot in stock.ingredient_lots(session, cohort.id):
                assert lot.on_hand >= 0, (lot.ingredient, lot.lot)
