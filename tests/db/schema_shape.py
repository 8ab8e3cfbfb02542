"""The shape of a SQLite database's schema, to compare two databases: each table's columns in
order (type, NOT NULL, default, key), its foreign keys, its indexes and unique constraints, and
its CHECK constraints by name (their text without its spacing), read through SQLite's pragmas
rather than the CREATE statements, whose spacing and quoting depend on who wrote them (a table
made by `op.create_table` and the same table rebuilt by a batch migration read alike)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

CHECK = re.compile(r"CONSTRAINT (\w+) CHECK \((.*)\)$")


def schema_shape(path: Path) -> dict[str, dict[str, object]]:
    """{table: {"columns": [...], "foreign_keys": [...], "indexes": {...}, "checks": {...}}}."""
    connection = sqlite3.connect(path)
    try:
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        return {name: _table(connection, name, sql) for name, sql in tables}
    finally:
        connection.close()


def _table(connection: sqlite3.Connection, table: str, sql: str) -> dict[str, object]:
    columns = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    foreign_keys = connection.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    indexes = {}
    for _seq, name, unique, origin, partial in connection.execute(f'PRAGMA index_list("{table}")'):
        indexed = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
        # SQLite names the index of a UNIQUE constraint after the order tables were made
        key = name if origin == "c" else (origin, tuple(indexed))
        indexes[key] = (unique, origin, partial, indexed)
    checks = {}
    for line in sql.splitlines():
        match = CHECK.match(line.strip().rstrip(","))
        if match is not None:
            checks[match.group(1)] = " ".join(match.group(2).split())
    return {
        "columns": [column[1:] for column in columns],  # (name, type, notnull, default, pk)
        "foreign_keys": sorted(key[2:] for key in foreign_keys),  # without SQLite's numbering
        "indexes": indexes,
        "checks": checks,
    }
