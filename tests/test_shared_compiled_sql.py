"""Two tests' databases share the SQL compiled for the first (tests/shared_compiled_sql.py): the
second engine finds each statement and each flush statement compiled, and reads and writes its own
file; a server's dialect keeps its own entries."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import event, select

from app.db import Database
from app.models.settings import Setting
from tests.shared_compiled_sql import ByDialectKind


def _write_and_read(database: Database, value: str) -> tuple[list[bool], list[str]]:
    """(whether each statement was found compiled, the values read back)."""
    found: list[bool] = []

    def note(_connection, _cursor, _statement, _parameters, context, _executemany):
        found.append(context.cache_hit == context.dialect.CACHE_HIT)

    event.listen(database.engine, "after_cursor_execute", note)
    with database.session() as session:
        session.add(Setting(key="shared_compiled_sql_probe", value_json=value))
    with database.session() as session:
        values = session.scalars(
            select(Setting.value_json).where(Setting.key == "shared_compiled_sql_probe")
        ).all()
    return found, values


@pytest.mark.sqlite
def test_a_second_database_finds_its_statements_compiled_and_keeps_its_own_data(
    tmp_path, _empty_template
):
    first = Database(shutil.copyfile(_empty_template, tmp_path / "first.sqlite3"))
    second = Database(shutil.copyfile(_empty_template, tmp_path / "second.sqlite3"))
    try:
        assert first.engine is not second.engine
        assert first.engine.dialect is not second.engine.dialect
        found_first, read_first = _write_and_read(first, '"un"')
        found_second, read_second = _write_and_read(second, '"deux"')
    finally:
        first.close()
        second.close()
    assert (read_first, read_second) == (['"un"'], ['"deux"'])
    assert len(found_second) == len(found_first) == 2  # the insert (a flush), the select
    assert found_second == [True, True]


class FakeDialect:
    def __init__(self, name: str, version: tuple, paramstyle: str):
        self.name, self.server_version_info, self.paramstyle = name, version, paramstyle


def test_only_a_sqlite_dialect_is_named_by_its_kind():
    cache = ByDialectKind(10)
    sqlite = [FakeDialect("sqlite", (3, 45), "qmark") for _ in range(2)]
    server = [FakeDialect("postgresql", (16,), "pyformat") for _ in range(2)]
    cache[(sqlite[0], "statement", ())] = "compiled for SQLite"
    cache[(server[0], "statement", ())] = "compiled for one server dialect"
    assert cache.get((sqlite[1], "statement", ())) == "compiled for SQLite"
    assert cache.get((server[1], "statement", ())) is None
    assert cache.get((server[0], "statement", ())) == "compiled for one server dialect"
