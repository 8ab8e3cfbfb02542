"""What a thematic circle runs with besides its members: its starter checklist (ticked once, when
done), its meetings with short minutes, and the turns of its rotating lead. The circle itself and
its members are in app.models.delegate (tasks are tagged with a circle there)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The model modules whose tables this one's foreign keys point to (see app/models/sales.py).
import app.models.delegate  # noqa: F401
import app.models.people  # noqa: F401
from app.models.base import Base


class CircleChecklistItem(Base):
    """A line of a circle's starter checklist ("choisir les fournisseurs"), done once."""

    __tablename__ = "circle_checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))


class CircleMeeting(Base):
    """One meeting of a circle: its date and short minutes."""

    __tablename__ = "circle_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[str] = mapped_column(Text, default="")


class CircleLeadTurn(Base):
    """A member leads the circle from a date until the next turn starts."""

    __tablename__ = "circle_lead_turn"

    id: Mapped[int] = mapped_column(primary_key=True)
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    started_on: Mapped[dt.date] = mapped_column(Date)
