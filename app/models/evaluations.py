"""Evaluations: the competence framework of a cohort, observation-grid and self-and-peer campaigns,
and the coordinator's comments. (Customer tastings of recipe versions are products, not
people: they live in app/models/tastings.py.)

Evaluation data is personal: the UI shows it only behind the coordinator's PIN (stored as a salted
scrypt hash in the `setting` table, see app/services/evaluations/pin.py).
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
from sqlalchemy.orm import Mapped, mapped_column

# The model modules whose tables this one's foreign keys point to: SQLAlchemy needs those tables
# to order a flush, and model modules load on first use (app/models/__init__.py).
import app.models.people  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.evaluations import CampaignFormat, CompetenceCategory


class EvalCompetence(Base):
    """One competence of a cohort's framework, in one of the four categories."""

    __tablename__ = "eval_competence"
    __table_args__ = (
        in_constraint("category", CompetenceCategory),
        UniqueConstraint("cohort_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # a seeded default's key: shown in the interface language until reworded
    # (app/services/evaluations/default_framework.py)
    default_key: Mapped[str | None] = mapped_column(String(40), nullable=True)


class EvalScaleLevel(Base):
    """One level of a cohort's rating scale (1 = to discover ... 4 = acquired), its behaviour."""

    __tablename__ = "eval_scale_level"
    __table_args__ = (
        UniqueConstraint("cohort_id", "level"),
        CheckConstraint("level >= 1 AND level <= 9", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    # a seeded default's key: shown in the interface language until reworded
    # (app/services/evaluations/default_framework.py)
    default_key: Mapped[str | None] = mapped_column(String(40), nullable=True)


class EvalAdjective(Base):
    """A positive adjective members pick for themselves and teammates, with a plain explanation."""

    __tablename__ = "eval_adjective"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(60), unique=True)
    explanation: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # a seeded default's key: shown in the interface language until reworded
    # (app/services/evaluations/default_framework.py)
    default_key: Mapped[str | None] = mapped_column(String(40), nullable=True)


class EvalCampaign(Base):
    """An end-of-session evaluation: an observation grid over N days, or self and peers."""

    __tablename__ = "eval_campaign"
    __table_args__ = (
        in_constraint("format", CampaignFormat),
        CheckConstraint("days >= 1 AND days <= 30", name="days_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer, default=3)
    finalised: Mapped[bool] = mapped_column(Boolean, default=False)


class EvalEvaluator(Base):
    """An evaluator of an observation-grid campaign (never one of the evaluated members)."""

    __tablename__ = "eval_evaluator"
    __table_args__ = (UniqueConstraint("campaign_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("eval_campaign.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)


class EvalRating(Base):
    """One evaluator's rating of one member on one competence on one day of a grid campaign."""

    __tablename__ = "eval_rating"
    __table_args__ = (
        UniqueConstraint("campaign_id", "evaluator_id", "member_id", "competence_id", "day"),
        CheckConstraint("evaluator_id <> member_id", name="not_self"),
        CheckConstraint("level >= 1", name="level_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("eval_campaign.id", ondelete="CASCADE"), index=True
    )
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    member_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("eval_competence.id", ondelete="RESTRICT")
    )
    day: Mapped[int] = mapped_column(Integer)
    level: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class EvalSelfAnswer(Base):
    """A member's own view of one competence: already have it, or to work on, with a short note."""

    __tablename__ = "eval_self_answer"
    __table_args__ = (UniqueConstraint("campaign_id", "member_id", "competence_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("eval_campaign.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("eval_competence.id", ondelete="RESTRICT")
    )
    has_it: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")


class EvalAdjectivePick(Base):
    """An adjective that `chooser` picked for `target` (herself or a teammate)."""

    __tablename__ = "eval_adjective_pick"
    __table_args__ = (UniqueConstraint("campaign_id", "chooser_id", "target_id", "adjective_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("eval_campaign.id", ondelete="CASCADE"), index=True
    )
    chooser_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    target_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    adjective_id: Mapped[int] = mapped_column(ForeignKey("eval_adjective.id", ondelete="RESTRICT"))


class EvalFeedback(Base):
    """The coordinator's comment for one member's individual report in one cohort."""

    __tablename__ = "eval_feedback"
    __table_args__ = (UniqueConstraint("cohort_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    comment: Mapped[str] = mapped_column(Text, default="")
