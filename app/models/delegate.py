"""The delegate's day book: the day's checklist (templates and ticks), handovers, open tasks, and
the cohort's thematic circles tasks can be tagged with. Who is delegate on which day, and the
rotation's history and limits, are in app.models.rotation.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
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
from app.vocab.delegate import ChecklistKind


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
