"""The directory: organisations around the cooperative (partners, customers, suppliers, visit
hosts, funders), the outside people (mentors, speakers, evaluators, contacts), and which members
a mentor accompanies in a cohort.

An order's customer (`customer_order.organisation_id`) and a visit's host
(`morning.host_organisation_id`) point here; their tables keep the links.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.directory import ContactRole, OrganisationKind


class Organisation(Base):
    """An organisation: a partner (MAdiL), a funder (Fondation Roi Baudouin), a repeat customer,
    a place the cohort visits (its address and how to get there)."""

    __tablename__ = "organisation"
    __table_args__ = (in_constraint("kind", OrganisationKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="partner")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # How to get there: the bus or tram, the stop, the walk.
    transport_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(Base):
    """An outside person: a mentor, a speaker, an evaluator or a contact at an organisation."""

    __tablename__ = "contact"
    __table_args__ = (in_constraint("role", ContactRole),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(16), default="contact")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MentorPairing(Base):
    """A mentor accompanies a member during a cohort, with her notes."""

    __tablename__ = "mentor_pairing"
    __table_args__ = (UniqueConstraint("cohort_id", "mentor_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
