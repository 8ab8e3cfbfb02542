"""A stock is the sum of its movements: what is left of a purchased lot, of a batch before sales.

Shared by the services that write movements (a batch checks what is left of a lot) and the stock
pages (app/services/kitchen/stock.py).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.kitchen import StockMovement


def purchase_left(session: Session, purchase_id: int) -> Decimal:
    """What is left of a purchased lot: the sum of its movements."""
    query = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.purchase_id == purchase_id
    )
    return Decimal(session.scalar(query))


def batch_movements(session: Session, batch_id: int) -> Decimal:
    """A batch's products before sales: made, minus losses, plus or minus counts."""
    query = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.batch_id == batch_id
    )
    return Decimal(session.scalar(query))
