"""The kitchen area (food safety self-checks): the cold appliances with their temperature limits,
and the temperature read in each of them on a day, with what was done when it was out of limits.

Temperatures are Decimal °C with one decimal (Numeric(5, 1)).
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
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.kitchen import ApplianceKind


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
