"""The stock rules that need no database, shared by the ORM services (app/services/kitchen/stock.py)
and the Today screen's plain-SQL read (app/services/today/first_screen.py), so that both give the
same answer: how a lot is named, which batches a sale day's units come from ("first expired, first
out"), and which lots are soon out of date.

No model module is imported here: the first window reads through it before any model is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from app.i18n import fill, format_date, tr

FAR_FUTURE = dt.date(9999, 12, 31)
SOON_DAYS = 3  # "soon out of date": the date on the pack or label within three days


def lot_name(supplier_lot: str, bought_on: dt.date) -> str:
    """How a person recognises a purchased lot: the supplier's lot, else the day it was bought."""
    if supplier_lot:
        return supplier_lot
    return fill(tr("achat du {date}", "kitchen"), date=format_date(bought_on))


@dataclass
class ProductLot:
    """One batch and where its units went; `sold_on` = {sale day id: units of this batch}."""

    batch_id: int
    family_id: int
    product: str
    lot: str
    made_on: dt.date
    best_before: dt.date | None
    movements: Decimal  # made − losses ± counts
    sold_on: dict[int, int] = field(default_factory=dict)
    # (date, quantity) of each day's movements, when known: a sale day takes only what the
    # movements up to its date put on the shelf (a count or a loss noted later changes nothing
    # of what an earlier day sold)
    dated: tuple[tuple[dt.date, Decimal], ...] = ()

    @property
    def sold(self) -> int:
        return sum(self.sold_on.values())

    @property
    def on_hand(self) -> Decimal:
        return self.movements - self.sold

    def on_hand_on(self, day: dt.date) -> Decimal:
        """What was on the shelf on `day`, before that day's sales: the movements dated up to it
        less what earlier sale days took."""
        if not self.dated:
            return self.on_hand
        return sum((quantity for date, quantity in self.dated if date <= day), Decimal(0)) - (
            self.sold
        )


def date_movements(lots: Iterable[ProductLot], rows: Iterable[tuple[int, dt.date, Decimal]]):
    """Give each lot its movements by day from `rows` of (batch id, date, quantity)."""
    by_batch: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for batch_id, date, quantity in rows:
        by_batch[batch_id].append((date, Decimal(quantity)))
    for lot in lots:
        lot.dated = tuple(sorted(by_batch.get(lot.batch_id, ())))


@dataclass(frozen=True)
class ProductStock:
    """The lots of one product and what its sale days sold beyond them (no stock recorded)."""

    lots: tuple[ProductLot, ...]
    sold_without_stock: dict[int, int]  # sale day id -> units


@dataclass(frozen=True)
class SaleDayUnits:
    """Units of one product (its recipe family) sold or given on one sale day."""

    family_id: int
    day: dt.date
    event_id: int
    units: int


def first_expired_first(lot: ProductLot) -> tuple:
    return (lot.best_before or FAR_FUTURE, lot.made_on, lot.batch_id)


def on_sale(lot: ProductLot, day: dt.date) -> bool:
    """A batch can be sold on `day`: made by then and not out of date."""
    return lot.made_on <= day and (lot.best_before is None or lot.best_before >= day)


def first_made(lots: Iterable[ProductLot]) -> dict[int, dt.date]:
    """{family id: the day its first batch was made}: sales before it are not taken from stock."""
    found: dict[int, dt.date] = {}
    for lot in lots:
        found[lot.family_id] = min(found.get(lot.family_id, lot.made_on), lot.made_on)
    return found


def allocate_sales(
    lots: Iterable[ProductLot], sales: Iterable[SaleDayUnits]
) -> dict[int, ProductStock]:
    """{family id: its lots with the units each sale day took}. `sales` in day order; each day's
    units come from the batches made on or before it and not out of date on it, the earliest
    best-before first, while stock lasts; the rest is sold without stock (the paper count wins)."""
    by_family: dict[int, list[ProductLot]] = defaultdict(list)
    for lot in sorted(lots, key=first_expired_first):
        by_family[lot.family_id].append(lot)
    started = first_made(lot for group in by_family.values() for lot in group)
    without: dict[int, dict[int, int]] = defaultdict(dict)
    for sale in sales:
        if sale.family_id not in started or sale.day < started[sale.family_id] or not sale.units:
            continue
        left = sale.units
        for lot in by_family[sale.family_id]:
            if left <= 0:
                break
            if not on_sale(lot, sale.day):
                continue
            take = min(left, max(int(lot.on_hand_on(sale.day)), 0))
            if take:
                lot.sold_on[sale.event_id] = lot.sold_on.get(sale.event_id, 0) + take
                left -= take
        if left:
            days = without[sale.family_id]
            days[sale.event_id] = days.get(sale.event_id, 0) + left
    return {
        fam: ProductStock(tuple(group), dict(without.get(fam, {})))
        for fam, group in by_family.items()
    }


@dataclass(frozen=True)
class SoonOutOfDate:
    """A lot still on hand whose date is past or within SOON_DAYS days of `today`."""

    name: str  # the ingredient or product
    lot: str
    date: dt.date
    on_hand: Decimal
    unit: str  # the ingredient's unit; "" for products (units)
    past: bool


def soon_item(
    name: str, lot: str, date: dt.date | None, on_hand: Decimal, unit: str, today: dt.date
) -> SoonOutOfDate | None:
    """The lot as the "soon out of date" list shows it, or None when it is not soon out of date
    (nothing left of it, no date, or a date more than SOON_DAYS days away)."""
    if on_hand <= 0 or date is None or date > today + dt.timedelta(days=SOON_DAYS):
        return None
    return SoonOutOfDate(name, lot, date, on_hand, unit, date < today)


def soon_list(items: Iterable[SoonOutOfDate | None]) -> list[SoonOutOfDate]:
    """The lots soon out of date, the earliest date first."""
    return sorted(
        (item for item in items if item is not None),
        key=lambda item: (item.date, item.name, item.lot),
    )
