"""After the programme: a member's consent to be followed up (recorded, withdrawable) and her
situation at the end of her cohort and 3, 6 and 12 months later.

Nothing is kept about a member who did not consent: the service refuses an outcome without a
consent in force, and withdrawing the consent deletes her outcomes. Her employer portfolio has a
consent of its own (another purpose: printing her record for employers).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, in_constraint
from app.models.people import Cohort, Person  # noqa: F401 (the tables the keys point to)
from app.vocab.outcomes import Checkpoint, Situation


class OutcomeConsent(Base):
    """Her yes to the follow-up, the day she gave it, and the day she took it back (if so)."""

    __tablename__ = "outcome_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")


class Outcome(Base):
    """Her situation at one checkpoint after one cohort."""

    __tablename__ = "outcome"
    __table_args__ = (
        UniqueConstraint("person_id", "cohort_id", "checkpoint"),
        in_constraint("checkpoint", Checkpoint),
        in_constraint("situation", Situation),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    checkpoint: Mapped[str] = mapped_column(String(12))
    situation: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date] = mapped_column(Date)


class PortfolioConsent(Base):
    """Her yes to an employer portfolio being printed about her (her hours, days, sales, products
    and competences), the day she gave it, and the day she took it back (if so)."""

    __tablename__ = "portfolio_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
