"""The stock seen from one sale day: the products carried over from before (made earlier, not
sold, not thrown away, not out of date on the day), what the day sold beyond the stock (allowed:
the paper count wins, the page warns) and the units thrown away that day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models.sales import SalesEvent
from app.services.errors import NotFound
from app.services.kitchen.stock import product_stock
from app.services.kitchen.waste import waste_lines


@dataclass(frozen=True)
class SaleDayStock:
    carried_over: tuple[tuple[str, int], ...]  # (product, units) on hand as the day starts
    sold_without_stock: int
    wasted: int

    @property
    def shown(self) -> bool:
        return bool(self.carried_over or self.sold_without_stock or self.wasted)


def sale_day_stock(session: Session, event_id: int) -> SaleDayStock:
    event = session.get(SalesEvent, event_id)
    if event is None:
        raise NotFound(event_id)
    before = product_stock(session, event.cohort_id, event.date - dt.timedelta(days=1))
    carried: dict[str, int] = {}
    for product in before.values():
        for lot in product.lots:
            fresh = lot.best_before is None or lot.best_before >= event.date
            if lot.on_hand > 0 and fresh:
                carried[lot.product] = carried.get(lot.product, 0) + int(lot.on_hand)
    after = product_stock(session, event.cohort_id, event.date)
    beyond = sum(p.sold_without_stock.get(event_id, 0) for p in after.values())
    wasted = sum(line.units for line in waste_lines(session, event.cohort_id, event.date))
    return SaleDayStock(tuple(sorted(carried.items())), beyond, wasted)
