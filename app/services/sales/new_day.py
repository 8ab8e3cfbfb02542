"""What a new sale day starts from: the delegate of that date (the rotation), a format and place
from that date's order or sale morning, and the sale days already on that date and place (the
form warns before making a second one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.menus import CustomerOrder
from app.models.rotation import RotationDay
from app.models.sales import SalesEvent
from app.models.schedule import Morning
from app.services.sales.events import EventInfo, event_info
from app.services.text_match import caseless
from app.vocab.menus import OrderStatus
from app.vocab.sales import SaleFormat
from app.vocab.schedule import MorningKind


@dataclass(frozen=True)
class NewDayDefaults:
    delegate_id: int | None = None
    format: str | None = None
    place: str = ""
    order_id: int | None = None


def new_day_defaults(session: Session, cohort_id: int, day: dt.date) -> NewDayDefaults:
    """The delegate of the day; that date's order (in the order's own format), else "stand" for a
    sale morning, with its place; None where nothing says."""
    delegate_id = session.scalar(
        select(RotationDay.delegate_id).where(
            RotationDay.cohort_id == cohort_id, RotationDay.date == day
        )
    )
    order = session.scalars(
        select(CustomerOrder)
        .where(CustomerOrder.event_date == day, CustomerOrder.status != OrderStatus.CANCELLED)
        .order_by(CustomerOrder.id)
    ).first()
    if order is not None:  # as when the order is picked in the form: the order's format
        return NewDayDefaults(delegate_id, order.sales_format, "", order.id)
    morning = session.scalars(
        select(Morning)
        .where(
            Morning.cohort_id == cohort_id, Morning.date == day, Morning.kind == MorningKind.SALE
        )
        .order_by(Morning.start_time)
    ).first()
    if morning is not None:
        return NewDayDefaults(delegate_id, SaleFormat.STAND, morning.place)
    return NewDayDefaults(delegate_id)


def _same_place(a: str, b: str) -> bool:
    return caseless(a) == caseless(b)


def same_day_and_place(
    session: Session, cohort_id: int, day: dt.date, place: str
) -> list[EventInfo]:
    """The cohort's sale days already on `day` at `place` (spaces and capitals aside)."""
    rows = session.scalars(
        select(SalesEvent)
        .where(SalesEvent.cohort_id == cohort_id, SalesEvent.date == day)
        .order_by(SalesEvent.id)
    ).all()
    return [event_info(session, row) for row in rows if _same_place(row.place, place)]
