"""Around the mornings: who attended each one, the days the place is closed, and which module
must come before a module or a kind of morning.

Apart from app/models/schedule.py (the mornings and modules), which the Today screen needs at
start-up; these are needed only by the Schedule tab, the attendance and the summaries.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The model modules whose tables this one's foreign keys point to: SQLAlchemy needs those tables
# to order a flush, and model modules load on first use (app/models/__init__.py).
import app.models.people  # noqa: F401
import app.models.schedule  # noqa: F401
from app.models.base import Base

ATTENDANCE_STATUSES = ("present", "late", "excused", "absent")


class Attendance(Base):
    """One member at one morning: present, late, excused or absent."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("morning_id", "person_id"),
        CheckConstraint("status IN ('present', 'late', 'excused', 'absent')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    morning_id: Mapped[int] = mapped_column(
        ForeignKey("morning.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(String(200), default="")


class Closure(Base):
    """Days without mornings (school holidays, the kitchen closed…), for one cohort or for all."""

    __tablename__ = "closure"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(160), default="")


class Prerequisite(Base):
    """`required_module` must come before a module (`module_id`) or every morning of a `kind`."""

    __tablename__ = "prerequisite"
    __table_args__ = (
        CheckConstraint("(module_id IS NULL) <> (morning_kind IS NULL)", name="module_or_kind"),
        UniqueConstraint("module_id", "morning_kind", "required_module_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int | None] = mapped_column(
        ForeignKey("module.id", ondelete="CASCADE"), index=True
    )
    morning_kind: Mapped[str | None] = mapped_column(String(16))
    required_module_id: Mapped[int] = mapped_column(
        ForeignKey("module.id", ondelete="CASCADE"), index=True
    )
