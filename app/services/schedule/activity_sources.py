"""Sales events and priced orders as dated activities for the prerequisite check.

"Introduction à la comptabilité" must come before any sale or order with a price (the 2022 lesson:
accounting was taught after the first paid order). The Schedule checks the cohort's mornings; this
module adds the cohort's sales events and the orders delivered during the cohort.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.menus import CustomerOrder, OrderLine
from app.models.people import Cohort
from app.models.sales import SalesEvent
from app.services.schedule.prerequisites import DatedActivity
from app.vocab.sales import sale_format_label


def sales_and_orders(session: Session, cohort_id: int) -> list[DatedActivity]:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        return []
    activities = [
        DatedActivity(
            date=event.date,
            kind="sale",
            label=fill(
                tr("vente ({format}{place})", "prerequisites"),
                format=sale_format_label(event.format),
                place=f", {event.place}" if event.place else "",
            ),
        )
        for event in session.scalars(select(SalesEvent).where(SalesEvent.cohort_id == cohort_id))
    ]
    priced = (
        select(CustomerOrder)
        .join(OrderLine, OrderLine.order_id == CustomerOrder.id)
        .where(
            CustomerOrder.event_date.between(cohort.start_date, cohort.end_date),
            CustomerOrder.status != "cancelled",
        )
        .group_by(CustomerOrder.id)
        .having(func.sum(OrderLine.unit_price_cents) > 0)
    )
    linked = set(  # one column, not every sale day of every cohort as an object
        session.scalars(select(SalesEvent.order_ref).where(SalesEvent.order_ref.is_not(None)))
    )
    for order in session.scalars(priced):
        if order.id in linked:
            continue  # its sales event already counts
        activities.append(
            DatedActivity(
                date=order.event_date,
                kind="sale",
                label=fill(
                    tr("commande payante de {customer}", "prerequisites"), customer=order.customer
                ),
            )
        )
    return activities
