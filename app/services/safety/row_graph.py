"""Rows and the rows that refer to them, found through the foreign keys declared in
`Base.metadata`, for any table: used by the trash and by personal data export and erasure.

Rows are read and written with plain SQL so that values keep their stored form (dates as text,
Decimals as numbers, bytes as bytes): a snapshot is restored exactly as it was.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from sqlalchemy import Table
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


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def select_rows(session: Session, name: str, where: dict) -> list[dict]:
    """Rows of `name` whose columns equal `where`, as stored (plain SQL)."""
    conditions = " AND ".join(f"{_quote(c)} = ?" for c in where) or "1"
    cursor = session.connection().exec_driver_sql(
        f"SELECT * FROM {_quote(name)} WHERE {conditions}", tuple(where.values())
    )
    columns = [d[0] for d in cursor.cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def insert_row(session: Session, name: str, row: dict) -> int:
    columns = ", ".join(_quote(c) for c in row)
    marks = ", ".join("?" for _ in row)
    cursor = session.connection().exec_driver_sql(
        f"INSERT INTO {_quote(name)} ({columns}) VALUES ({marks})", tuple(row.values())
    )
    return cursor.lastrowid


def update_row(session: Session, name: str, key: dict, values: dict) -> int:
    sets = ", ".join(f"{_quote(c)} = ?" for c in values)
    conditions = " AND ".join(f"{_quote(c)} = ?" for c in key)
    cursor = session.connection().exec_driver_sql(
        f"UPDATE {_quote(name)} SET {sets} WHERE {conditions}",
        tuple(values.values()) + tuple(key.values()),
    )
    return cursor.rowcount


def delete_row(session: Session, name: str, key: dict) -> int:
    conditions = " AND ".join(f"{_quote(c)} = ?" for c in key)
    cursor = session.connection().exec_driver_sql(
        f"DELETE FROM {_quote(name)} WHERE {conditions}", tuple(key.values())
    )
    return cursor.rowcount


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
