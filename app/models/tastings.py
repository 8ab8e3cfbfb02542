"""Tastings: customers taste a recipe version at the stand and fill in a paper questionnaire.

The questions belong to a recipe version (a score from 1 to 5, a choice between options, or free
text, in order); a new version tasted for the first time gets a copy of the previous version's
questions. Each filled questionnaire is a form, with one reply per question answered. Tastings
judge products, not people: every member sees them (no PIN).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# The model module whose table the foreign keys point to (SQLAlchemy orders a flush with it).
import app.models.menus  # noqa: F401
from app.models.base import Base, in_constraint
from app.vocab.tastings import QuestionKind


class Tasting(Base):
    """A tasting of one recipe version on a date, where customers fill in a questionnaire."""

    __tablename__ = "tasting"

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="RESTRICT"), index=True)
    tasted_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120), default="")


class TastingQuestion(Base):
    """One question of a recipe version's questionnaire."""

    __tablename__ = "tasting_question"
    __table_args__ = (in_constraint("kind", QuestionKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(String(200))
    options: Mapped[str] = mapped_column(Text, default="")  # a choice's options, one a line
    # one of the first questionnaire's questions (taste, texture, look, price, would_buy,
    # comment): shown in the interface language until reworded (app/services/tastings/defaults.py)
    default_key: Mapped[str | None] = mapped_column(String(20), nullable=True)


class TastingForm(Base):
    """One customer's filled questionnaire, numbered within its tasting."""

    __tablename__ = "tasting_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    tasting_id: Mapped[int] = mapped_column(
        ForeignKey("tasting.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer, default=1)


class TastingReply(Base):
    """A form's answer to one question: a score, a choice (the option's index) or a text."""

    __tablename__ = "tasting_reply"
    __table_args__ = (
        UniqueConstraint("form_id", "question_id"),
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="score_1_to_5"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(
        ForeignKey("tasting_form.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("tasting_question.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    choice: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
