"""The cohorts (sessions of 3 months), the people and who belongs to which cohort (the
cooperative's own row is in app/models/cooperative.py).

Deliberately absent: residence status, identity documents, birth dates. Never add them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, in_constraint
from app.vocab.people import Gender, Role


class Cohort(Base):
    """One session of the ephemeral cooperative, e.g. "Coopérative 2" from September to December."""

    __tablename__ = "cohort"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("planned_mornings >= 0 AND planned_hours >= 0", name="planned_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    activity: Mapped[str] = mapped_column(Text, default="")
    planned_mornings: Mapped[int] = mapped_column(Integer, default=36)
    planned_hours: Mapped[int] = mapped_column(Integer, default=108)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )


class Person(Base):
    """A member, facilitator, mentor, evaluator or outside speaker."""

    __tablename__ = "person"
    __table_args__ = (in_constraint("role", Role), in_constraint("gender", Gender))

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(20), default="member")
    # only if she says it; unstated: roles shown for her in the feminine (app/vocab/people.py)
    gender: Mapped[str] = mapped_column(String(10), default="unstated", server_default="unstated")
    country_code: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class Membership(Base):
    """A person's place in a cohort, from the day she joined until the day she left (if she did)."""

    __tablename__ = "membership"
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id"),
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)

    cohort: Mapped[Cohort] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")
