"""The schedule area: the cohort's mornings (sessions of about 3 hours), the catalogue of modules
taught, who attended each morning, the days the place is closed, which module must come before
a module or a kind of morning, and the cohort's sub-groups (a morning may be for one of them).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

import app.models.directory  # noqa: F401
import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.schedule import AttendanceStatus, MorningKind, MorningStatus


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
        in_constraint("kind", MorningKind),
        in_constraint("status", MorningStatus),
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
    # planned: still to come; done: it took place (its hours count); cancelled: kept for history.
    status: Mapped[str] = mapped_column(String(12), default="planned", server_default="planned")
    # None: the whole cohort; else only the members of that sub-group are expected.
    subgroup_id: Mapped[int | None] = mapped_column(
        ForeignKey("subgroup.id", ondelete="RESTRICT"), index=True
    )

    # A mentoring morning's mentor, a visit's host and where the group meets before it.
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    host_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    meeting_point: Mapped[str] = mapped_column(String(200), default="", server_default="")

    module: Mapped[Module | None] = relationship()


class Subgroup(Base):
    """A part of a cohort that follows its own mornings (the IT and accounting modules were
    planned "en deux sous-groupes"); two sub-groups' mornings may overlap."""

    __tablename__ = "subgroup"
    __table_args__ = (UniqueConstraint("cohort_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))

    members: Mapped[list[SubgroupMember]] = relationship(
        cascade="all, delete-orphan", order_by="SubgroupMember.id"
    )


class SubgroupMember(Base):
    __tablename__ = "subgroup_member"
    __table_args__ = (UniqueConstraint("subgroup_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subgroup_id: Mapped[int] = mapped_column(
        ForeignKey("subgroup.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))


class Attendance(Base):
    """One member at one morning: present, late, excused or absent."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("morning_id", "person_id"),
        in_constraint("status", AttendanceStatus),
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
