"""The declarative base shared by every model, with stable constraint names for alembic, a global
id on every row, and the CheckConstraint that keeps a column within a vocabulary (app/vocab)."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import CheckConstraint, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Base class of all models; its metadata names every constraint the same way each time.

    Every row has `uid`, a global id set when the ORM creates it (32 hex digits of a UUID4): the
    same row on the laptop and on the organisation's server (app/services/network). A row written
    by plain SQL gets one before it is first published."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    uid: Mapped[str | None] = mapped_column(String(32), default=new_uid, unique=True, index=True)


def in_constraint(
    column: str, vocabulary: type[StrEnum], name: str | None = None, nullable: bool = False
) -> CheckConstraint:
    """A CheckConstraint keeping `column` within a vocabulary's values, its text written from the
    enum: "kind IN ('sale', 'unsold', 'given')" (with "column IS NULL OR" before it if nullable).
    Named "<column>_known" unless `name` says otherwise; `info` remembers the vocabulary."""
    allowed = ", ".join(f"'{value}'" for value in vocabulary)
    text = f"{column} IN ({allowed})"
    if nullable:
        text = f"{column} IS NULL OR {text}"
    return CheckConstraint(
        text, name=name or f"{column}_known", info={"vocabulary": vocabulary, "column": column}
    )
