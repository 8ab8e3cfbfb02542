"""Rows and the rows that refer to them, found through the foreign keys declared in
`Base.metadata`, for any table: used by the trash and by personal data export and erasure.

Rows are read in their stored form (dates as text, booleans as 0/1, decimals as numbers, bytes as
bytes), on SQLite and on a PostgreSQL server alike, and written back through each column's type: a
snapshot is restored exactly as it was.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Numeric,
    Table,
    Time,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.models import load_all


@dataclass(frozen=True)
class Reference:
    """Table `table` refers to `parent` through `columns` (matching `parent_columns`)."""

    table: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    ondelete: str  # "CASCADE", "SET NULL" or "" (the delete is refused while rows refer)


@dataclass
class RowGroup:
    """A row, the rows deleted with it (cascade), the links cleared (set null), and the
    references that would block its deletion."""

    rows: list[tuple[str, dict]] = field(default_factory=list)  # (table, row), parents first
    cleared: list[dict] = field(default_factory=list)  # {table, key, columns, values}
    blocking: list[str] = field(default_factory=list)  # tables holding rows that refuse


def table(name: str) -> Table:
    return load_all().metadata.tables[name]


def references_to(parent: str) -> list[Reference]:
    """Every foreign key of every model table that points at `parent`."""
    found = []
    for child in load_all().metadata.sorted_tables:
        for constraint in child.foreign_key_constraints:
            if constraint.referred_table.name != parent:
                continue
            found.append(
                Reference(
                    table=child.name,
                    columns=tuple(c.name for c in constraint.columns),
                    parent=parent,
                    parent_columns=tuple(e.column.name for e in constraint.elements),
                    ondelete=(constraint.ondelete or "").upper(),
                )
            )
    return found


def primary_key(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in table(name).primary_key.columns)


def select_rows(session: Session, name: str, where: dict) -> list[dict]:
    """Rows of `name` whose columns equal `where`, in their stored form (see `stored_value`)."""
    model = table(name)
    query = select(model).where(*(model.c[c] == v for c, v in where.items()))
    return [
        {c: stored_value(v) for c, v in row.items()}
        for row in session.connection().execute(query).mappings()
    ]


def insert_row(session: Session, name: str, row: dict) -> int:
    model = table(name)
    result = session.connection().execute(insert(model).values(_typed(model, row)))
    return result.inserted_primary_key[0]


def update_row(session: Session, name: str, key: dict, values: dict) -> int:
    model = table(name)
    statement = (
        update(model)
        .where(*(model.c[c] == v for c, v in key.items()))
        .values(_typed(model, values))
    )
    return session.connection().execute(statement).rowcount


def delete_row(session: Session, name: str, key: dict) -> int:
    model = table(name)
    statement = delete(model).where(*(model.c[c] == v for c, v in key.items()))
    return session.connection().execute(statement).rowcount


# --- stored form -------------------------------------------------------------------------------
def stored_value(value):
    """A value as SQLite stores it, whatever the engine: dates and times as text, booleans as
    0/1, decimals as numbers; so a snapshot taken on one engine restores on the other."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _typed(model: Table, row: dict) -> dict:
    """Stored-form values back to what each column's type takes."""
    typed = {}
    for name, value in row.items():
        column_type = model.c[name].type
        if value is not None and isinstance(value, str):
            if isinstance(column_type, DateTime):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(column_type, Date):
                value = dt.date.fromisoformat(value)
            elif isinstance(column_type, Time):
                value = dt.time.fromisoformat(value)
        if value is not None and isinstance(column_type, Boolean):
            value = bool(value)
        elif value is not None and isinstance(column_type, Numeric) and column_type.asdecimal:
            value = Decimal(str(value))
        typed[name] = value
    return typed


def key_of(name: str, row: dict) -> dict:
    return {c: row[c] for c in primary_key(name)}


def collect(session: Session, name: str, key: dict) -> RowGroup:
    """The row and everything its deletion would delete or clear, parents before children."""
    group = RowGroup()
    seen: set[tuple[str, tuple]] = set()

    def visit(table_name: str, row: dict) -> None:
        marker = (table_name, tuple(sorted(key_of(table_name, row).items())))
        if marker in seen:
            return
        seen.add(marker)
        group.rows.append((table_name, row))
        for ref in references_to(table_name):
            where = dict(zip(ref.columns, (row[c] for c in ref.parent_columns)))
            if any(v is None for v in where.values()):
                continue
            children = select_rows(session, ref.table, where)
            if not children:
                continue
            if ref.ondelete == "CASCADE":
                for child in children:
                    visit(ref.table, child)
            elif ref.ondelete == "SET NULL":
                for child in children:
                    group.cleared.append(
                        {"table": ref.table, "key": key_of(ref.table, child), "values": where}
                    )
            elif ref.table not in group.blocking:
                group.blocking.append(ref.table)

    for row in select_rows(session, name, key):
        visit(name, row)
    return group


# --- JSON-safe values --------------------------------------------------------------------------
def to_json_value(value):
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    return value


def from_json_value(value):
    if isinstance(value, dict) and "$base64" in value:
        return base64.b64decode(value["$base64"])
    return value
