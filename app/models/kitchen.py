"""The kitchen area (food safety self-checks): the cold appliances with their temperature limits,
and the temperature read in each of them on a day, with what was done when it was out of limits;
the ingredients bought (with the supplier's lot), the production batches (with the lot printed on
the labels) and the stock movements whose sum is the stock.

Temperatures are Decimal °C with one decimal (Numeric(5, 1)). Quantities are Decimal (Numeric,
3 decimals), in the ingredient's unit for a purchase, in units for a batch; money integer cents.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

import app.models.menus  # noqa: F401
import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.kitchen import ApplianceKind, StockMovementKind
from app.vocab.menus import DateKind


class Appliance(Base):
    """A fridge or a freezer, with the lowest and highest temperature it may show."""

    __tablename__ = "appliance"
    __table_args__ = (
        in_constraint("kind", ApplianceKind),
        CheckConstraint("min_c < max_c", name="limits_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    min_c: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    max_c: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TemperatureReading(Base):
    """The temperature read in one appliance on one day, who read it, and the corrective action
    written when it was out of limits."""

    __tablename__ = "temperature_reading"
    __table_args__ = (UniqueConstraint("appliance_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appliance_id: Mapped[int] = mapped_column(
        ForeignKey("appliance.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    value_c: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    corrective_action: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class Purchase(Base):
    """An ingredient bought by a cohort: from whom, when, how much (in the ingredient's unit), the
    supplier's lot and use-by or best-before date when the pack has them, and its price."""

    __tablename__ = "purchase"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("price_cents IS NULL OR price_cents >= 0", name="price_positive"),
        in_constraint("date_kind", DateKind, name="date_kind_known", nullable=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"), index=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="RESTRICT"), index=True
    )
    supplier: Mapped[str] = mapped_column(String(120), default="")
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    supplier_lot: Mapped[str] = mapped_column(String(40), default="", index=True)
    date_kind: Mapped[str | None] = mapped_column(String(12))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    price_cents: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class ProductionBatch(Base):
    """A batch of one recipe version made on a day: how many units, the lot printed on its labels
    and their date (production date + the recipe's shelf life)."""

    __tablename__ = "production_batch"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"), index=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="RESTRICT"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    lot: Mapped[str] = mapped_column(String(40), index=True)
    best_before: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class StockMovement(Base):
    """One signed change of a stock, never updated: a purchased lot (`purchase_id`) or a batch's
    products (`batch_id`), exactly one of the two. An ingredient used names the batch it went into
    (`used_in_batch_id`). A stock is the sum of its movements (sales of products are the tally's
    lines, app/services/kitchen/stock.py)."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        in_constraint("kind", StockMovementKind),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        CheckConstraint(
            "(purchase_id IS NULL AND batch_id IS NOT NULL) "
            "OR (purchase_id IS NOT NULL AND batch_id IS NULL)",
            name="one_stock",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="RESTRICT"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    purchase_id: Mapped[int | None] = mapped_column(
        ForeignKey("purchase.id", ondelete="CASCADE"), index=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("production_batch.id", ondelete="CASCADE"), index=True
    )
    used_in_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("production_batch.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
