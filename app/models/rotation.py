"""The rotation of delegates: who is delegate (and deputy) on which working day of a cohort, every
change made to the plan (its history), and the days members cannot be delegate.

Apart from the delegate's day book (app.models.delegate: checklists, handovers, tasks, circles),
so that the Rotation tab's first show maps these three classes only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.delegate import ChangeKind, RotationProblem


class RotationDay(Base):
    """One working day of a cohort and its delegate (None: nobody available, `problem_kind` and
    `problem_values` say why, put into words when read: app.services.delegate.rotation_problem)."""

    __tablename__ = "rotation_day"
    __table_args__ = (
        UniqueConstraint("cohort_id", "date"),
        in_constraint("problem_kind", RotationProblem, nullable=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    is_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    problem_kind: Mapped[str | None] = mapped_column(String(12))
    problem_values: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON


class RotationChange(Base):
    """One change to the plan, kept for the history: who gave the day to whom, when and why."""

    __tablename__ = "rotation_change"
    __table_args__ = (
        in_constraint("kind", ChangeKind),
        in_constraint("undoes", ChangeKind, nullable=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    date: Mapped[dt.date | None] = mapped_column(Date)
    other_date: Mapped[dt.date | None] = mapped_column(Date)
    before_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    after_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")  # as typed; "" for a planning
    # A planning's number of days, put into words when read ("12 jours planifiés", "12 days
    # planned") rather than stored in the language of the person who planned.
    planned_days: Mapped[int | None] = mapped_column(Integer)
    # Edit > Undo of a change of this kind (a ChangeKind), put into words when read.
    undoes: Mapped[str | None] = mapped_column(String(12))
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
