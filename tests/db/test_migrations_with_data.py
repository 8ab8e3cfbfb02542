"""Migrations with data: a database filled at every earlier revision upgrades to head (through the
app's own start-up path) with every row kept: counts and totals of every numeric column equal."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.db import (
    DATABASE_ID_KEY,
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    database_id,
    upgrade_to_head,
)
from tests.db.revision_fixtures import FILLERS, MOVED_COLUMNS, MOVED_TABLES


def revisions_oldest_first(path) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(path))
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


def summary(path) -> dict[str, tuple]:
    """For each table: row count and the total of every integer or real column."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        result = {}
        for table in tables:
            columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{table}")')]
            count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            totals = []
            for column in columns:
                total = connection.execute(
                    f'SELECT total("{column}") FROM "{table}"'
                    f' WHERE typeof("{column}") IN ("integer", "real")'
                ).fetchone()[0]
                totals.append((column, total))
            result[table] = (count, tuple(totals))
        return result
    finally:
        connection.close()


@pytest.fixture(scope="module")
def empty_at(tmp_path_factory):
    """`empty_at(revision)`: the path of an empty database at `revision`, of this worker's own,
    upgraded one step from the previous revision's (the tests come oldest first): the chain is
    migrated once per worker instead of from base for every revision."""
    folder = tmp_path_factory.mktemp("revisions")
    order = revisions_oldest_first(folder / "x.sqlite3")
    made: dict[str, object] = {}

    def at(revision: str):
        if revision not in made:
            index = order.index(revision)
            path = folder / f"{revision}.sqlite3"
            earlier = [r for r in order[:index] if r in made]
            if earlier:
                shutil.copyfile(made[earlier[-1]], path)
            command.upgrade(alembic_config(path), revision)
            made[revision] = path
        return made[revision]

    return at


def test_every_revision_has_a_filler(tmp_path):
    missing = [r for r in revisions_oldest_first(tmp_path / "x.sqlite3") if r not in FILLERS]
    assert missing == [], f"add a filler for {missing} in tests/db/revision_fixtures.py"


@pytest.mark.parametrize("revision", revisions_oldest_first("x.sqlite3")[:-1] or ["(none)"])
def test_a_filled_database_upgrades_to_head_keeping_every_row(tmp_path, revision, empty_at):
    if revision == "(none)":
        pytest.fail("only one revision: nothing to upgrade from")
    path = shutil.copyfile(empty_at(revision), tmp_path / "old.sqlite3")
    assert current_revision(path) == revision
    order = revisions_oldest_first(path)
    connection = sqlite3.connect(path)
    for earlier in order[: order.index(revision) + 1]:
        FILLERS[earlier](connection)
    connection.commit()
    connection.close()
    before = summary(path)
    empty = [table for table, (count, _) in before.items() if count == 0]
    assert empty == [], f"tables left empty at {revision}: add rows to their filler"

    backup = upgrade_to_head(path)  # the app's path: backup first, then migrate, FK check
    assert backup is not None and summary(backup) == before
    assert current_revision(path) == SCHEMA_HEAD
    assert database_id(path) is not None  # the upgrade gave the file its id: left out below
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM setting WHERE key = ?", (DATABASE_ID_KEY,))
    connection.commit()
    connection.close()
    after = summary(path)
    for table, (count, totals) in before.items():
        if table in MOVED_TABLES and table not in after:  # replaced: each row became one there
            assert after[MOVED_TABLES[table]][0] >= count, f"{table}'s rows were lost"
            continue
        # A later revision may add columns: the columns that existed keep their totals. A column
        # it dropped lives on as rows of another table (MOVED_COLUMNS), there at least as often.
        after_count, after_totals = after[table]
        kept = tuple(t for t in after_totals if t[0] in dict(totals))
        for column, _total in set(totals) - set(kept):
            if (table, column) in MOVED_COLUMNS and column not in dict(after_totals):
                assert after[MOVED_COLUMNS[table, column]][0] >= count, f"{table}.{column} lost"
                totals = tuple(t for t in totals if t[0] != column)
        assert (after_count, kept) == (count, totals), (
            f"{table} changed while upgrading from {revision}"
        )
    # The tables of the later revisions exist and take their rows in the upgraded database.
    connection = sqlite3.connect(path)
    try:
        for later in order[order.index(revision) + 1 :]:
            FILLERS[later](connection)
        connection.commit()
    finally:
        connection.close()
    assert all(count > 0 for count, _ in summary(path).values())
