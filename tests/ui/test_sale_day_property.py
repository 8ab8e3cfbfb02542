"""Property (issue 14): whatever a delegate does on one sale day, in any order — switch pages, tap,
undo, redo, save typed counts, add cash movements and expenses, count the cash and close — every
figure on the visible page equals the figure computed here from the stored lines, and no tap
line ever disappears (an undo or a typed count is a new line beside it)."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.models.sales import CashMovement, SaleLine, SalesEvent
from app.services.money import format_amount
from app.services.sales import expenses as sales_expenses
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.sales.closing import COLUMNS
from app.ui.sales.tab import SalesTab
from tests.services.sales_fixtures import DAY, make_event, make_shop

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("show"), st.integers(0, 3)),
        st.tuples(
            st.just("tap"),
            st.integers(0, 1),
            st.sampled_from(["cash", "card", "offered"]),
            st.sampled_from([1, 1, 1, -1]),
        ),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
        st.tuples(st.just("count"), st.integers(0, 1), st.integers(0, 6), st.integers(0, 6)),
        st.tuples(st.just("movement"), st.sampled_from([-350, 200, 1000])),
        st.tuples(st.just("expense"), st.sampled_from([1250, 399])),
        st.tuples(st.just("close")),
    ),
    min_size=1,
    max_size=12,
)


class Stored:
    """The day's figures, summed here from the stored rows (not through the services)."""

    def __init__(self, db, event_id):
        with db.session() as session:
            lines = session.execute(
                select(
                    SaleLine.id,
                    SaleLine.source,
                    SaleLine.product_id,
                    SaleLine.kind,
                    SaleLine.payment_method,
                    SaleLine.quantity,
                    SaleLine.unit_price_cents,
                ).where(SaleLine.event_id == event_id)
            ).all()
            moved = session.scalars(
                select(CashMovement.amount_cents).where(CashMovement.event_id == event_id)
            ).all()
            event = session.get(SalesEvent, event_id)
            self.float_cents, self.closed = event.opening_float_cents, event.closed_at is not None
        self.tap_ids = {line.id for line in lines if line.source == "tap"}
        self.sums: dict[tuple, int] = defaultdict(int)
        self.revenue_cents = self.cash_cents = 0
        for line in lines:
            self.sums[(line.product_id, line.kind, line.payment_method)] += line.quantity
            if line.kind == "sale" and line.payment_method != "offered":
                self.revenue_cents += line.quantity * line.unit_price_cents
            if line.kind == "sale" and line.payment_method == "cash":
                self.cash_cents += line.quantity * line.unit_price_cents
        self.expected_cents = self.float_cents + self.cash_cents + sum(moved)

    def cell(self, product_id: int, column: str) -> int:
        if column in ("unsold", "given"):
            return self.sums[(product_id, column, None)]
        return self.sums[(product_id, "sale", column)]

    def sold(self, product_id: int) -> int:
        return sum(
            q for (p, kind, _m), q in self.sums.items() if p == product_id and kind == "sale"
        )


def check_visible_figures(tab: SalesTab, stored: Stored) -> None:
    products = tab.current_event().products
    page = tab.pages.currentWidget()
    if page is tab.tally:
        for index, product in enumerate(products):
            assert tab.tally.count_labels[index].text() == str(stored.sold(product.id))
        assert format_amount(stored.revenue_cents) in tab.tally.totals_label.text()
    elif page is tab.closing:
        for row, product in enumerate(products):
            for column, key in enumerate(COLUMNS):
                shown = tab.closing.counts.item(row, column).text()
                assert shown == str(stored.cell(product.id, key)), (product.name, key)
        preview = tab.closing.count_preview.text()
        assert f"Attendu : {format_amount(stored.expected_cents)}" in preview
    elif page is tab.summary:
        assert format_amount(stored.revenue_cents) in tab.summary.day_label.text()


def pay_exactly(tab, stored: Stored) -> None:
    """Type the expected cash in the count fields, largest pieces first."""
    rest = stored.expected_cents
    for denomination, edit in tab.closing.piece_edits.items():
        pieces, rest = divmod(rest, denomination)
        edit.setText(str(pieces) if pieces else "")


def run(tab, step, db, shop, event_id) -> None:
    kind = step[0]
    if kind == "show":
        tab.pages.setCurrentIndex(step[1])
    elif kind == "tap":
        _kind, index, method, delta = step
        tab.pages.setCurrentWidget(tab.tally)
        tab.tally.method_buttons[method].click()
        (tab.tally.plus_buttons if delta > 0 else tab.tally.minus_buttons)[index].click()
    elif kind in ("undo", "redo"):
        tab.pages.setCurrentWidget(tab.tally)
        button = tab.tally.undo_button if kind == "undo" else tab.tally.redo_button
        if button.isEnabled():
            button.click()
    elif kind == "count":
        _kind, row, column, value = step
        tab.pages.setCurrentWidget(tab.closing)
        if tab.closing.save_counts_button.isEnabled():
            tab.closing.counts.item(row, column).setText(str(value))
            tab.closing.save_counts_button.click()
    elif kind == "movement":
        tab.pages.setCurrentWidget(tab.closing)
        tab.closing.movement_amount.setText(format_amount(step[1], symbol=False))
        tab.closing.movement_reason.setText("Monnaie")
        tab.closing.add_movement_button.click()
    elif kind == "expense":  # from another page: the service, then the announcement
        linked = None if Stored(db, event_id).closed else event_id  # a closed day takes none
        with db.session() as session:
            sales_expenses.add_expense(
                session,
                sales_expenses.ExpenseInput(
                    shop.cohort_id, DAY, step[1], supplier="Marché", event_id=linked
                ),
            )
        tab.ctx.changed(Area.SALES)
    elif kind == "close":
        tab.pages.setCurrentWidget(tab.closing)
        if tab.closing.close_button.isEnabled():
            pay_exactly(tab, Stored(db, event_id))
            tab.closing.save_count_button.click()
            tab.closing.close_button.click()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_every_visible_figure_is_the_stored_one_and_no_tap_is_lost(qtbot, db, monkeypatch, steps):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with db.session() as session:
        if not hasattr(db, "shop"):  # one cooperative for all the examples, a new day each
            db.shop = make_shop(session)
        shop = db.shop
        event = make_event(session, shop)
    ctx = AppContext(db, today=lambda: DAY)
    ctx.set_cohort(shop.cohort_id)
    tab = SalesTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.open_item(event.id)
    assert tab.current_event().id == event.id
    taps_so_far: set[int] = set()
    for step in steps:
        run(tab, step, db, shop, event.id)
        stored = Stored(db, event.id)
        assert taps_so_far <= stored.tap_ids  # no tap line ever disappears
        taps_so_far = stored.tap_ids
        check_visible_figures(tab, stored)
        if step[0] == "close":
            assert stored.closed and tab.closing.count_error.text() == ""
    tab.close()
    tab.deleteLater()
