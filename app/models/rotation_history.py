"""The rotation's history and limits: every change made to the plan (who gave the day to whom,
when and why) and the days members declared they cannot be delegate.

Apart from app/models/delegate.py, which the Today screen needs at start-up; these are needed only
when the rotation is planned or changed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The model modules whose tables this one's foreign keys point to: SQLAlchemy needs those tables
# to order a flush, and model modules load on first use (app/models/__init__.py).
import app.models.people  # noqa: F401
from app.models.base import Base


class RotationChange(Base):
    """One change to the plan, kept for the history: who gave the day to whom, when and why."""

    __tablename__ = "rotation_change"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('plan', 'swap', 'absence', 'departure', 'manual')", name="kind_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    date: Mapped[dt.date | None] = mapped_column(Date)
    other_date: Mapped[dt.date | None] = mapped_column(Date)
    before_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    after_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Unavailability(Base):
    """A member cannot be delegate on one date, or on a weekday every week (0 = Monday)."""

    __tablename__ = "unavailability"
    __table_args__ = (
        CheckConstraint("(on_date IS NULL) <> (weekday IS NULL)", name="date_or_weekday"),
        CheckConstraint("weekday IS NULL OR (weekday >= 0 AND weekday <= 6)", name="weekday_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[dt.date | None] = mapped_column(Date)
    weekday: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
