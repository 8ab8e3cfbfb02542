"""The cohort's mornings (sessions of about 3 hours), the catalogue of modules taught, who attended,
the days the place is closed, and which module must come before a module or a kind of morning.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The model modules whose tables this one's foreign keys point to: SQLAlchemy needs those tables
# to order a flush, and model modules load on first use (app/models/__init__.py).
import app.models.people  # noqa: F401
from app.models.base import Base

MORNING_KINDS = (
    "theory",
    "practice",
    "kitchen",
    "visit",
    "sale",
    "mentoring",
    "evaluation",
    "other",
)
MORNING_STATUSES = ("planned", "done", "cancelled")


class Module(Base):
    """A module of the programme, e.g. "Introduction à la comptabilité" (theory)."""

    __tablename__ = "module"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="theory")
    description: Mapped[str] = mapped_column(Text, default="")


class Morning(Base):
    __tablename__ = "morning"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        CheckConstraint(
            "kind IN ('theory', 'practice', 'kitchen', 'visit', 'sale', 'mentoring', "
            "'evaluation', 'other')",
            name="kind_known",
        ),
        CheckConstraint("status IN ('planned', 'done', 'cancelled')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(9, 0))
    end_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(12, 0))
    kind: Mapped[str] = mapped_column(String(16), default="theory")
    module_id: Mapped[int | None] = mapped_column(ForeignKey("module.id", ondelete="SET NULL"))
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    place: Mapped[str] = mapped_column(String(160), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # planned: still to come; done: it took place (hours count as done); cancelled: kept for history.
    status: Mapped[str] = mapped_column(String(12), default="planned", server_default="planned")

    module: Mapped[Module | None] = relationship()
