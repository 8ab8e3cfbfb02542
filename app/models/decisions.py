"""The register of decisions by consent and the group's founding documents.

A decision holds the proposal, the clarifying round, the reactions, each member's position, each
objection with its author and how it was integrated, the outcome, its date and its review date.
A profit sharing is one kind of decision: its register entry points to the `profit_decision` that
holds the arithmetic. The charter and the house rules are versioned documents members sign.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The model modules whose tables this one's foreign keys point to (see app/models/sales.py).
import app.models.people  # noqa: F401
import app.models.sales  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.decisions import DecisionKind, DocumentKind, Position


class Decision(Base):
    __tablename__ = "decision"
    __table_args__ = (in_constraint("kind", DecisionKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="general")
    title: Mapped[str] = mapped_column(String(200), default="")
    proposal: Mapped[str] = mapped_column(Text)
    clarifications: Mapped[str] = mapped_column(Text, default="")
    reactions: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    profit_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("profit_decision.id", ondelete="CASCADE"), unique=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)

    positions: Mapped[list[DecisionPosition]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="DecisionPosition.id"
    )
    objections: Mapped[list[DecisionObjection]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="DecisionObjection.id"
    )


class DecisionPosition(Base):
    __tablename__ = "decision_position"
    __table_args__ = (
        in_constraint("position", Position),
        UniqueConstraint("decision_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    position: Mapped[str] = mapped_column(String(12))

    decision: Mapped[Decision] = relationship(back_populates="positions")


class DecisionObjection(Base):
    """An objection, who raised it (unknown for objections written before the register), and how
    the proposal was changed to integrate it."""

    __tablename__ = "decision_objection"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    objection: Mapped[str] = mapped_column(Text)
    integration: Mapped[str] = mapped_column(Text, default="")

    decision: Mapped[Decision] = relationship(back_populates="objections")


class GroupDocument(Base):
    """One version of the charter or of the house rules (numbered from 1 per kind)."""

    __tablename__ = "group_document"
    __table_args__ = (
        in_constraint("kind", DocumentKind),
        UniqueConstraint("kind", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)

    signatures: Mapped[list[DocumentSignature]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentSignature.id"
    )


class DocumentSignature(Base):
    __tablename__ = "document_signature"
    __table_args__ = (UniqueConstraint("document_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("group_document.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    signed_on: Mapped[dt.date] = mapped_column(Date)

    document: Mapped[GroupDocument] = relationship(back_populates="signatures")
