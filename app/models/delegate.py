"""The delegate area: who is delegate on which working day, the day's checklist (templates and
ticks), handovers, open tasks, the cohort's thematic circles tasks can be tagged with, and the
rotation's history and limits (every change made to the plan, the days members cannot be delegate).
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
from app.vocab.delegate import ChangeKind, ChecklistKind, RotationProblem


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


class ChecklistItem(Base):
    """A line of the checklist template for one kind of day (opening, kitchen, sale, closing)."""

    __tablename__ = "checklist_item"
    __table_args__ = (in_constraint("day_kind", ChecklistKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day_kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A line the app seeded: shown in the interface language until rewritten (default_checklists).
    default_key: Mapped[str | None] = mapped_column(String(40))


class ChecklistTick(Base):
    """A checklist line done on a given day of a cohort, and who ticked it."""

    __tablename__ = "checklist_tick"
    __table_args__ = (UniqueConstraint("cohort_id", "date", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id", ondelete="CASCADE"))
    ticked_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    ticked_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Handover(Base):
    """What the delegate of a day did and what comes next, for the next delegate."""

    __tablename__ = "handover"
    __table_args__ = (UniqueConstraint("cohort_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    done_text: Mapped[str] = mapped_column(Text, default="")
    next_text: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Circle(Base):
    """A thematic circle of a cohort (purchasing, communication…) and its mandate: what it decides
    alone, what it brings to the group. Its checklist, meetings and leads are in app.models.circles;
    its tasks are `Task` rows tagged with it."""

    __tablename__ = "circle"
    __table_args__ = (UniqueConstraint("cohort_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    decides_alone: Mapped[str] = mapped_column(Text, default="", server_default="")
    brings_to_group: Mapped[str] = mapped_column(Text, default="", server_default="")


class CircleMember(Base):
    __tablename__ = "circle_member"
    __table_args__ = (UniqueConstraint("circle_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


class Task(Base):
    """An open task carried from day to day until someone marks it done."""

    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    circle_id: Mapped[int | None] = mapped_column(ForeignKey("circle.id", ondelete="SET NULL"))
    created_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))


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
