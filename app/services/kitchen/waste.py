"""Losses recorded with their reason (units of a batch thrown away), for the sale day's and the
cohort's summaries: a day shows the losses of its cohort dated that day, a cohort all of them.
They are their own lines beside the result: the result's arithmetic does not change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.kitchen import ProductionBatch, StockMovement
from app.models.menus import Recipe
from app.vocab.kitchen import StockMovementKind


@dataclass(frozen=True)
class WasteLine:
    date: dt.date
    product: str
    lot: str
    units: int
    reason: str


def waste_lines(session: Session, cohort_id: int, day: dt.date | None = None) -> list[WasteLine]:
    """The cohort's losses (on `day` only, when given), in date order."""
    query = (
        select(StockMovement, ProductionBatch, Recipe)
        .join(ProductionBatch, ProductionBatch.id == StockMovement.batch_id)
        .join(Recipe, Recipe.id == ProductionBatch.recipe_id)
        .where(
            StockMovement.cohort_id == cohort_id,
            StockMovement.kind == StockMovementKind.WASTED,
        )
        .order_by(StockMovement.date, StockMovement.id)
    )
    if day is not None:
        query = query.where(StockMovement.date == day)
    return [
        WasteLine(m.date, recipe.name, batch.lot, int(-m.quantity), m.reason)
        for m, batch, recipe in session.execute(query).all()
    ]
