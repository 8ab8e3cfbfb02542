"""Summaries of a sales day and of a cohort, from SQL aggregates over the tally's lines.

Money rules: revenue includes VAT (prices are VAT included); the amount excluding VAT is computed
once per VAT rate (rounded half up), VAT = incl − excl. "Offert" sales count as units out at zero
revenue. Cost of goods = units sold (offered included) × the recipe's unit cost on the day (frozen
at closing). The result (what can be shared) is one chain of figures, `result.ResultChain`:
revenue excl. VAT − cost of goods = gross margin; − expenses other than ingredients (with the money
taken out of the cash box); − the gap between ingredients paid and their cost in the goods sold
= result = revenue excl. VAT − every expense paid.
In a cohort summary the amount excluding VAT is rounded once per rate and shared out to the rows
(`allocate_excl`), so every table of the summary shows the same total to the cent.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.sales import (
    CashMovement,
    Expense,
    SaleLine,
    SalesEvent,
    SalesEventProduct,
)
from app.services.sales.cash import CashState, cash_state
from app.services.sales.closing import AuditEntry, audit_trail, product_unit_cost
from app.services.sales.events import EventInfo, event_info, load_event
from app.services.sales.expenses import (
    ExpenseInfo,
    Reimbursement,
    list_expenses,
    reimbursements_owed,
)
from app.services.sales.result import ResultChain, cash_spent, result_chain
from app.vocab import values
from app.vocab.sales import PaymentMethod


def excl_vat(incl_cents: int, rate_bp: int) -> int:
    """The amount without VAT from an amount with VAT, to the cent, halves away from zero
    (Decimal ROUND_HALF_UP), in integer arithmetic: it runs once per exported line."""
    divisor = 10000 + rate_bp
    rounded = (2 * abs(incl_cents) * 10000 + divisor) // (2 * divisor)
    return rounded if incl_cents >= 0 else -rounded


def excl_vat_decimal(incl_cents: int, rate_bp: int) -> int:
    """The same with Decimal, the reference the tests compare `excl_vat` with."""
    value = Decimal(incl_cents) * 10000 / Decimal(10000 + rate_bp)
    return int(value.to_integral_value(ROUND_HALF_UP))


@dataclass(frozen=True)
class VatRow:
    rate_bp: int
    incl_cents: int
    excl_cents: int

    @property
    def vat_cents(self) -> int:
        return self.incl_cents - self.excl_cents


def vat_split(incl_by_rate: dict[int, int]) -> list[VatRow]:
    return [VatRow(rate, incl, excl_vat(incl, rate)) for rate, incl in sorted(incl_by_rate.items())]


def allocate_excl(cells: dict[object, tuple[int, int]]) -> dict[object, int]:
    """Revenue excl. VAT per cell {key: (rate, incl cents)}, rounded once.

    Per rate, the total excl. VAT is computed once from the total incl. (`excl_vat`), then shared
    out to the cells in proportion to what they took (largest remainder), so that rows grouped any
    way (per sale, per product, per format, per rate) add up to the same total to the cent.
    """
    by_rate: dict[int, list[object]] = defaultdict(list)
    for key, (rate, _incl) in cells.items():
        by_rate[rate].append(key)
    result: dict[object, int] = {}
    for rate, keys in by_rate.items():
        total_incl = sum(cells[k][1] for k in keys)
        total_excl = excl_vat(total_incl, rate)
        if total_incl == 0:  # takings that cancel out: each cell alone, the rest on the largest
            shares = {k: excl_vat(cells[k][1], rate) for k in keys}
            rest = total_excl - sum(shares.values())
            if rest:
                shares[max(keys, key=lambda k: abs(cells[k][1]))] += rest
            result.update(shares)
            continue
        floors, remainders = {}, {}
        sign = 1 if total_incl > 0 else -1  # a positive divisor: remainders in [0, |total|)
        for key in keys:
            floors[key], remainders[key] = divmod(
                sign * cells[key][1] * total_excl, sign * total_incl
            )
        rest = total_excl - sum(floors.values())
        for key in sorted(keys, key=lambda k: remainders[k], reverse=True)[:rest]:
            floors[key] += 1
        result.update(floors)
    return result


@dataclass
class ProductRow:
    product_id: int
    name: str
    price_cents: int
    vat_rate_bp: int
    unit_cost_cents: int
    by_method: dict[str, int] = field(default_factory=dict)
    revenue_cents: int = 0
    unsold: int = 0
    given: int = 0

    @property
    def sold(self) -> int:
        return sum(self.by_method.values())

    @property
    def cogs_cents(self) -> int:
        return self.sold * self.unit_cost_cents


@dataclass(frozen=True)
class DaySummary:
    event: EventInfo
    products: list[ProductRow]
    method_quantities: dict[str, int]
    method_cents: dict[str, int]
    vat_rows: list[VatRow]
    revenue_incl_cents: int
    revenue_excl_cents: int
    cogs_cents: int
    given_cost_cents: int
    expenses: list[ExpenseInfo]
    expenses_cents: int
    cash: CashState
    audit: list[AuditEntry]

    @property
    def vat_cents(self) -> int:
        return self.revenue_incl_cents - self.revenue_excl_cents

    @property
    def chain(self) -> ResultChain:
        by_category: dict[str, int] = defaultdict(int)
        for expense in self.expenses:
            by_category[expense.category] += expense.amount_cents
        return result_chain(
            self.revenue_excl_cents,
            self.cogs_cents,
            by_category,
            cash_spent(m.amount_cents for m in self.cash.movements),
        )

    @property
    def gross_margin_cents(self) -> int:
        return self.chain.gross_margin_cents

    @property
    def result_cents(self) -> int:
        return self.chain.result_cents


def _line_rows(session: Session, event_ids: list[int] | None, cohort_id: int | None = None):
    """(event, product, kind, method, vat rate, quantity, amount) summed, one query."""
    query = select(
        SaleLine.event_id,
        SaleLine.product_id,
        SaleLine.kind,
        SaleLine.payment_method,
        SaleLine.vat_rate_bp,
        func.sum(SaleLine.quantity),
        func.sum(SaleLine.quantity * SaleLine.unit_price_cents),
    )
    if event_ids is not None:
        query = query.where(SaleLine.event_id.in_(event_ids))
    else:
        query = query.join(SalesEvent, SalesEvent.id == SaleLine.event_id).where(
            SalesEvent.cohort_id == cohort_id
        )
    query = query.group_by(
        SaleLine.event_id,
        SaleLine.product_id,
        SaleLine.kind,
        SaleLine.payment_method,
        SaleLine.vat_rate_bp,
    )
    return session.execute(query).all()


def day_summary(session: Session, event_id: int) -> DaySummary:
    event = load_event(session, event_id)
    products = {
        p.id: ProductRow(
            p.id, p.name, p.price_cents, p.vat_rate_bp, product_unit_cost(session, p, event.date)
        )
        for p in event.products
    }
    method_quantities: dict[str, int] = dict.fromkeys(values(PaymentMethod), 0)
    method_cents: dict[str, int] = dict.fromkeys(values(PaymentMethod), 0)
    incl_by_rate: dict[int, int] = defaultdict(int)
    for _event, product_id, kind, method, rate, quantity, amount in _line_rows(session, [event_id]):
        row = products[product_id]
        quantity, amount = int(quantity or 0), int(amount or 0)
        if kind == "sale":
            row.by_method[method] = row.by_method.get(method, 0) + quantity
            method_quantities[method] += quantity
            if method != "offered":
                row.revenue_cents += amount
                method_cents[method] += amount
                incl_by_rate[rate] += amount
        elif kind == "unsold":
            row.unsold += quantity
        else:
            row.given += quantity
    vat_rows = vat_split(incl_by_rate)
    expenses = list_expenses(session, event.cohort_id, event_id)
    rows = list(products.values())
    return DaySummary(
        event=event_info(session, event),
        products=rows,
        method_quantities=method_quantities,
        method_cents=method_cents,
        vat_rows=vat_rows,
        revenue_incl_cents=sum(v.incl_cents for v in vat_rows),
        revenue_excl_cents=sum(v.excl_cents for v in vat_rows),
        cogs_cents=sum(r.cogs_cents for r in rows),
        given_cost_cents=sum(r.given * r.unit_cost_cents for r in rows),
        expenses=expenses,
        expenses_cents=sum(e.amount_cents for e in expenses),
        cash=cash_state(session, event_id),
        audit=audit_trail(session, event_id),
    )


@dataclass
class EventRow:
    event_id: int
    date: dt.date
    format: str
    place: str
    closed: bool
    revenue_incl_cents: int = 0
    revenue_excl_cents: int = 0
    cogs_cents: int = 0
    expenses_cents: int = 0
    cash_difference_cents: int | None = None

    @property
    def margin_cents(self) -> int:
        return self.revenue_excl_cents - self.cogs_cents


@dataclass
class GroupRow:
    """Totals of a format or a product across the cohort."""

    key: str
    events: int = 0
    quantity: int = 0
    revenue_excl_cents: int = 0
    cogs_cents: int = 0

    @property
    def margin_cents(self) -> int:
        return self.revenue_excl_cents - self.cogs_cents


@dataclass(frozen=True)
class CohortSummary:
    cohort_id: int
    events: list[EventRow]
    by_format: list[GroupRow]
    by_product: list[GroupRow]
    vat_rows: list[VatRow]
    revenue_incl_cents: int
    revenue_excl_cents: int
    cogs_cents: int
    expenses_cents: int
    expenses_by_category: dict[str, int]
    cash_in_cents: int  # counted at closing minus the opening floats, over counted days
    cash_differences_cents: int  # counted − expected, expected including corrections after closing
    reimbursements: list[Reimbursement]
    cash_spent_cents: int = 0  # money taken out of the cash boxes, counted positive

    @property
    def chain(self) -> ResultChain:
        return result_chain(
            self.revenue_excl_cents,
            self.cogs_cents,
            self.expenses_by_category,
            self.cash_spent_cents,
        )

    @property
    def margin_cents(self) -> int:
        return self.chain.gross_margin_cents

    @property
    def profit_cents(self) -> int:
        """The result: what the profit sharing shares."""
        return self.chain.result_cents

    @property
    def best_sellers(self) -> list[GroupRow]:
        return sorted(self.by_product, key=lambda g: (-g.quantity, g.key))[:5]


def cohort_summary(session: Session, cohort_id: int) -> CohortSummary:
    events = session.scalars(
        select(SalesEvent)
        .where(SalesEvent.cohort_id == cohort_id)
        .order_by(SalesEvent.date, SalesEvent.id)
    ).all()
    rows = {
        e.id: EventRow(e.id, e.date, e.format, e.place, e.closed_at is not None) for e in events
    }
    dates = {e.id: e.date for e in events}
    products = {
        p.id: p
        for p in session.scalars(
            select(SalesEventProduct)
            .join(SalesEvent, SalesEvent.id == SalesEventProduct.event_id)
            .where(SalesEvent.cohort_id == cohort_id)
        )
    }
    unit_costs = {
        pid: product_unit_cost(session, p, dates[p.event_id]) for pid, p in products.items()
    }
    incl_by_cell: dict[tuple[int, int, int], int] = defaultdict(int)  # (event, product, rate)
    by_product: dict[str, GroupRow] = {}
    product_events: dict[str, set[int]] = defaultdict(set)
    line_rows = _line_rows(session, None, cohort_id)
    for event_id, product_id, kind, method, rate, quantity, amount in line_rows:
        if kind != "sale":
            continue
        quantity, amount = int(quantity or 0), int(amount or 0)
        name = products[product_id].name
        group = by_product.setdefault(name, GroupRow(name))
        product_events[name].add(event_id)
        group.quantity += quantity
        cost = quantity * unit_costs[product_id]
        group.cogs_cents += cost
        rows[event_id].cogs_cents += cost
        if method != "offered":
            incl_by_cell[(event_id, product_id, rate)] += amount
    # Excl. VAT computed once per rate and shared out: every table of the summary agrees.
    excl_by_cell = allocate_excl({key: (key[2], incl) for key, incl in incl_by_cell.items()})
    incl_by_rate: dict[int, int] = defaultdict(int)
    for (event_id, product_id, rate), incl in incl_by_cell.items():
        excl = excl_by_cell[(event_id, product_id, rate)]
        rows[event_id].revenue_incl_cents += incl
        rows[event_id].revenue_excl_cents += excl
        by_product[products[product_id].name].revenue_excl_cents += excl
        incl_by_rate[rate] += incl
    for name, group in by_product.items():
        group.events = len(product_events[name])
    expenses_by_category: dict[str, int] = defaultdict(int)
    expenses_total = 0
    for event_id, category, amount in session.execute(
        select(Expense.event_id, Expense.category, func.sum(Expense.amount_cents))
        .where(Expense.cohort_id == cohort_id)
        .group_by(Expense.event_id, Expense.category)
    ):
        amount = int(amount or 0)
        expenses_by_category[category] += amount
        expenses_total += amount
        if event_id in rows:
            rows[event_id].expenses_cents += amount
    cash_sales: dict[int, int] = defaultdict(int)
    for event_id, product_id, kind, method, rate, quantity, amount in line_rows:
        if kind == "sale" and method == "cash":
            cash_sales[event_id] += int(amount or 0)
    moved: dict[int, int] = defaultdict(int)
    spent: dict[int, int] = defaultdict(int)
    for event_id, amount in session.execute(
        select(CashMovement.event_id, CashMovement.amount_cents)
        .join(SalesEvent, SalesEvent.id == CashMovement.event_id)
        .where(SalesEvent.cohort_id == cohort_id)
    ):
        moved[event_id] += amount
        spent[event_id] += cash_spent([amount])
    for event_id, cents in spent.items():
        rows[event_id].expenses_cents += cents
    by_format: dict[str, GroupRow] = {}
    cash_in = differences = 0
    for event in events:
        row = rows[event.id]
        group = by_format.setdefault(event.format, GroupRow(event.format))
        group.events += 1
        group.revenue_excl_cents += row.revenue_excl_cents
        group.cogs_cents += row.cogs_cents
        if event.cash_counted_cents is not None:
            cash_in += event.cash_counted_cents - event.opening_float_cents
            expected = (
                event.opening_float_cents + cash_sales[event.id] + int(moved.get(event.id) or 0)
            )
            row.cash_difference_cents = event.cash_counted_cents - expected
            differences += row.cash_difference_cents
    vat_rows = vat_split(incl_by_rate)
    return CohortSummary(
        cohort_id=cohort_id,
        events=list(rows.values()),
        by_format=sorted(by_format.values(), key=lambda g: -g.revenue_excl_cents),
        by_product=sorted(by_product.values(), key=lambda g: -g.revenue_excl_cents),
        vat_rows=vat_rows,
        revenue_incl_cents=sum(v.incl_cents for v in vat_rows),
        revenue_excl_cents=sum(r.revenue_excl_cents for r in rows.values()),
        cogs_cents=sum(r.cogs_cents for r in rows.values()),
        expenses_cents=expenses_total,
        expenses_by_category=dict(expenses_by_category),
        cash_in_cents=cash_in,
        cash_differences_cents=differences,
        reimbursements=reimbursements_owed(session, cohort_id),
        cash_spent_cents=sum(spent.values()),
    )
