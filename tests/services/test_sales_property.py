"""Property: whatever the sequence of taps, undos, redos, typed counts and corrections, the totals
shown equal the sum of the stored lines, and equal what a simple model of the tally expects."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.sales import cash, closing, tally
from tests.services.sales_fixtures import make_event, make_shop

ACTIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("tap"),
            st.integers(0, 1),
            st.sampled_from(["cash", "card", "qr"]),
            st.sampled_from([1, 1, 1, -1]),
        ),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
    ),
    max_size=25,
)
CORRECTIONS = st.lists(
    st.tuples(st.integers(0, 1), st.sampled_from(["cash", "card"]), st.integers(-3, 3)), max_size=4
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS, corrections=CORRECTIONS)
def test_totals_equal_the_sum_of_lines_and_the_model(session, actions, corrections):
    shop = session.info.get("shop") or session.info.setdefault("shop", make_shop(session))
    event = make_event(session, shop)
    products = [p.id for p in event.products]
    model: Counter = Counter()
    done: list[tuple] = []
    undone: list[tuple] = []
    for action in actions:
        if action[0] == "tap":
            _, index, method, delta = action
            key = (products[index], method)
            try:
                tally.record_tap(session, event.id, products[index], method, delta)
            except ValidationError:
                assert delta == -1 and model[key] == 0
                continue
            model[key] += delta
            done.append((key, delta))
            undone.clear()
        elif action[0] == "undo":
            result = tally.undo_tap(session, event.id)
            assert (result is None) == (not done)
            if done:
                key, delta = done.pop()
                model[key] -= delta
                undone.append((key, delta))
        else:
            result = tally.redo_tap(session, event.id)
            assert (result is None) == (not undone)
            if undone:
                key, delta = undone.pop()
                model[key] += delta
                done.append((key, delta))
    cash.record_count(session, event.id, {}, "peu importe")
    closing.close_event(session, event.id, None)
    for index, method, delta in corrections:
        key = (products[index], method)
        try:
            closing.correct_count(session, event.id, key[0], "sale", method, delta, "essai", None)
        except ValidationError:
            assert delta == 0 or model[key] + delta < 0
            continue
        model[key] += delta
    totals = tally.tally_totals(session, event.id)
    stored = tally.lines_sum(session, event.id)
    assert {k: v for k, v in totals.sold.items() if v} == {k: v for k, v in model.items() if v}
    assert {(p, m): q for (p, _kind, m), q in stored.items() if q} == {
        k: v for k, v in totals.sold.items() if v
    }
    assert all(v >= 0 for v in totals.sold.values())
