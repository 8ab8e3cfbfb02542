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

from sqlalchemy import Table, bindparam, inspect, text
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


def _statement(session: Session, sql: str, name: str, values: dict):
    """Plain SQL with named parameters: the columns the table has in this database (not the
    model's: a snapshot may come from another version). On a server, each value goes through its
    column's type (0/1 to a boolean); SQLite takes the stored form as it is."""
    statement = text(sql)
    if session.get_bind().dialect.name != "sqlite":
        columns = table(name).c
        statement = statement.bindparams(
            *(bindparam(key, type_=columns[column].type) for key, column in values.items())
        )
    return statement


def _where(key: dict, prefix: str) -> tuple[str, dict, dict]:
    names = {f"{prefix}{i}": column for i, column in enumerate(key)}
    sql = " AND ".join(f"{_quote(column)} = :{param}" for param, column in names.items()) or "1=1"
    return sql, names, {param: key[column] for param, column in names.items()}


def select_rows(session: Session, name: str, where: dict) -> list[dict]:
    """Rows of `name` whose columns equal `where`, in their stored form (see `stored_value`)."""
    conditions, columns, params = _where(where, "w")
    sql = f"SELECT * FROM {_quote(name)} WHERE {conditions}"
    result = session.connection().execute(_statement(session, sql, name, columns), params)
    return [{c: stored_value(v) for c, v in row.items()} for row in result.mappings()]


def insert_row(session: Session, name: str, row: dict) -> int:
    columns = {f"v{i}": column for i, column in enumerate(row)}
    sql = (
        f"INSERT INTO {_quote(name)} ({', '.join(_quote(c) for c in columns.values())}) "
        f"VALUES ({', '.join(':' + p for p in columns)})"
    )
    params = {param: row[column] for param, column in columns.items()}
    (key,) = primary_key(name) if len(primary_key(name)) == 1 else (None,)
    if key is not None and row.get(key) is not None:
        session.connection().execute(_statement(session, sql, name, columns), params)
        return row[key]
    if key is not None:
        sql += f" RETURNING {_quote(key)}"
    result = session.connection().execute(_statement(session, sql, name, columns), params)
    return result.scalar() if key is not None else None


def update_row(session: Session, name: str, key: dict, values: dict) -> int:
    sets = {f"v{i}": column for i, column in enumerate(values)}
    conditions, key_columns, key_params = _where(key, "k")
    sql = (
        f"UPDATE {_quote(name)} SET "
        + ", ".join(f"{_quote(column)} = :{param}" for param, column in sets.items())
        + f" WHERE {conditions}"
    )
    params = {param: values[column] for param, column in sets.items()} | key_params
    statement = _statement(session, sql, name, sets | key_columns)
    return session.connection().execute(statement, params).rowcount


def delete_row(session: Session, name: str, key: dict) -> int:
    conditions, columns, params = _where(key, "k")
    sql = f"DELETE FROM {_quote(name)} WHERE {conditions}"
    return session.connection().execute(_statement(session, sql, name, columns), params).rowcount


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


def key_of(name: str, row: dict) -> dict:
    return {c: row[c] for c in primary_key(name)}


def collect(session: Session, name: str, key: dict) -> RowGroup:
    """The row and everything its deletion would delete or clear, parents before children."""
    group = RowGroup()
    seen: set[tuple[str, tuple]] = set()
    present = set(inspect(session.connection()).get_table_names())

    def exists(name: str) -> bool:
        return name in present

    def visit(table_name: str, row: dict) -> None:
        marker = (table_name, tuple(sorted(key_of(table_name, row).items())))
        if marker in seen:
            return
        seen.add(marker)
        group.rows.append((table_name, row))
        for ref in references_to(table_name):
            if not exists(ref.table):  # a table of a later version than this database's
                continue
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
