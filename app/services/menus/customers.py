"""An order's customer in the directory: the name an order takes from it, and a customer's orders
(a repeat customer's history, shown when she orders again)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.directory import Organisation
from app.models.menus import CustomerOrder
from app.services.errors import ValidationError
from app.vocab.menus import order_status_label


def directory_name(session: Session, organisation_id: int | None) -> str:
    """The name of the directory's organisation (an order's customer), "" for none; refused when
    it is no longer in the directory."""
    if organisation_id is None:
        return ""
    row = session.get(Organisation, organisation_id)
    if row is None:
        raise ValidationError("customer", tr("Ce client n'est plus dans le répertoire.", "orders"))
    return row.name


@dataclass(frozen=True)
class PastOrder:
    id: int
    customer: str
    event_date: dt.date
    guests: int
    status: str

    @property
    def status_label(self) -> str:
        return order_status_label(self.status)


def orders_of(session: Session, organisation_id: int) -> list[PastOrder]:
    """The orders of a customer of the directory, newest first."""
    rows = session.scalars(
        select(CustomerOrder)
        .where(CustomerOrder.organisation_id == organisation_id)
        .order_by(CustomerOrder.event_date.desc(), CustomerOrder.id.desc())
    )
    return [PastOrder(row.id, row.customer, row.event_date, row.guests, row.status) for row in rows]
