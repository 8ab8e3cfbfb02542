"""The cooperative's identity: the organisation running the programme, one row in practice (its
legal particulars are settings, app/services/people/cooperative.py). A module of its own, apart
from the people's: what prints for customers (labels, price lists) reads this row only."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Cooperative(Base):
    """The organisation running the programme; one row in practice."""

    __tablename__ = "cooperative"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    vat_number: Mapped[str | None] = mapped_column(String(40))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    producer_line: Mapped[str] = mapped_column(Text, default="")
    label_language: Mapped[str] = mapped_column(String(10), default="fr")
