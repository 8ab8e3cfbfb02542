"""Migrations with data: every row the app wrote at an earlier revision survives every migration
step, and a filled database upgrades to head through the app's own start-up path.

The fillers (tests/db/revision_fixtures.py) write, with plain SQL, the rows the app wrote at each
revision. Three checks, which together prove what upgrading a filled copy from every revision to
head proved (about 530 migration steps for 33 revisions) in about 150 steps:

- **The chain**: one database from nothing; at each revision it takes that revision's filler,
  then goes one step up. Each row of each filler goes through every later step, as in a database
  the app used across all its versions.
- **Filled at each revision**: a database at each revision R takes the fillers up to R, all
  written with R's schema (the fillers' branches for later schemas), then goes one step up. With
  the chain, each step is checked on the rows written at the oldest revision they can be written
  at and on the rows written just before the step.
- **The app's path** (`upgrade_to_head`: the backup first, every step in one transaction on a
  connection without the foreign-key pragma, the identity, the link check), from three starting
  points filled at their own schema: the oldest revision (every step in one transaction, then
  every later filler writing into the upgraded database), the middle one, and the one before head
  (one step; every filler but the last written at its schema). What this path adds to the steps
  above does not depend on where it starts: the same code runs whatever the number of steps.

After each step every table keeps its row count and the total of each of its numeric columns; a
table or a column a later revision replaced lives on as rows of another table (MOVED_TABLES,
MOVED_COLUMNS), at least as many; no link is broken (`PRAGMA foreign_key_check`).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from app.db import (
    DATABASE_ID_KEY,
    SCHEMA_HEAD,
    alembic_config,
    current_revision,
    database_id,
    upgrade_to_head,
)
from tests import empty_revisions
from tests.db.revision_fixtures import FILLERS, MOVED_COLUMNS, MOVED_TABLES
from tests.empty_revisions import no_disk_waits, upgrade_to


def revisions_oldest_first(path) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(path))
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


ORDER = revisions_oldest_first(Path("x.sqlite3"))


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
        for table in tables:  # one query a table: its count, then each column's total
            columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{table}")')]
            totals = ", ".join(
                f"total(CASE WHEN typeof(\"{column}\") IN ('integer', 'real') "
                f'THEN "{column}" END)'
                for column in columns
            )
            count, *figures = connection.execute(
                f'SELECT count(*), {totals} FROM "{table}"'
            ).fetchone()
            result[table] = (count, tuple(zip(columns, figures, strict=True)))
        return result
    finally:
        connection.close()


def assert_every_row_kept(before: dict, after: dict, where: str) -> None:
    """Every table of `before` has its rows in `after`: the same count and, for the columns that
    are still there, the same totals (a later revision may add columns); a table or a column that
    was replaced has its rows in another table, at least as many."""
    for table, (count, totals) in before.items():
        if table in MOVED_TABLES and table not in after:  # replaced: each row became one there
            assert after[MOVED_TABLES[table]][0] >= count, f"{table}'s rows were lost {where}"
            continue
        assert table in after, f"{table} was dropped {where}"
        after_count, after_totals = after[table]
        kept = tuple(t for t in after_totals if t[0] in dict(totals))
        for column, _total in set(totals) - set(kept):
            if (table, column) in MOVED_COLUMNS and column not in dict(after_totals):
                assert after[MOVED_COLUMNS[table, column]][0] >= count, f"{table}.{column} lost"
                totals = tuple(t for t in totals if t[0] != column)
        assert (after_count, kept) == (count, totals), f"{table} changed {where}"


def assert_no_table_empty(found: dict, where: str) -> None:
    empty = [table for table, (count, _) in found.items() if count == 0]
    assert empty == [], f"tables left empty {where}: add rows to their filler"


def assert_links_hold(path, where: str) -> None:
    connection = sqlite3.connect(path)
    try:
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    assert broken == [], f"links broken {where}: {broken[:5]}"


def fill(path, revisions) -> None:
    connection = sqlite3.connect(path)
    no_disk_waits(connection)
    try:
        for revision in revisions:
            FILLERS[revision](connection)
        connection.commit()
    finally:
        connection.close()


def one_step_keeps_every_row(path, revision: str, where: str) -> None:
    """Upgrade `path` from the revision before `revision` to it, checking every row is kept (and
    that it held a row in every table)."""
    before = summary(path)
    assert_no_table_empty(before, where)
    upgrade_to(path, revision)
    assert current_revision(path) == revision
    assert_every_row_kept(before, summary(path), where)
    assert_links_hold(path, where)


@pytest.fixture(scope="module", autouse=True)
def _migration_files_read_once():
    """alembic reads and runs the 33 migration files again for every command (0.1 s of CPU each
    time, as long as a step); this module's hundred or so commands share one reading of them.
    The commands, their environment (migrations/env.py) and the steps are alembic's as before."""
    script = ScriptDirectory.from_config(alembic_config(Path("x.sqlite3")))
    location = alembic_config(Path("x.sqlite3")).get_main_option("script_location")
    read = ScriptDirectory.from_config

    def from_config(config):
        if config.get_main_option("script_location") == location:
            return script
        return read(config)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ScriptDirectory, "from_config", staticmethod(from_config))
        yield


@pytest.fixture(scope="module")
def empty_at(tmp_path_factory):
    """`empty_at(revision)`: the run's empty database at `revision` (tests/empty_revisions.py:
    each made once, one step up from the one before), to be copied."""
    return lambda revision: empty_revisions.empty_at(tmp_path_factory, revision)


def test_every_revision_has_a_filler(tmp_path):
    missing = [r for r in revisions_oldest_first(tmp_path / "x.sqlite3") if r not in FILLERS]
    assert missing == [], f"add a filler for {missing} in tests/db/revision_fixtures.py"
    assert len(ORDER) > 1, "only one revision: nothing to upgrade from"


def test_every_step_keeps_the_rows_written_at_every_earlier_revision(tmp_path):
    """The chain: filled at each revision with that revision's filler, then one step up."""
    path = tmp_path / "chain.sqlite3"
    upgrade_to(path, ORDER[0])
    for revision, following in zip(ORDER, ORDER[1:], strict=False):
        fill(path, [revision])
        one_step_keeps_every_row(path, following, f"from {revision} to {following} (chain)")
    fill(path, [ORDER[-1]])
    assert current_revision(path) == SCHEMA_HEAD
    assert_no_table_empty(summary(path), f"at {SCHEMA_HEAD}")


def test_every_step_keeps_the_rows_written_just_before_it(tmp_path, empty_at):
    """A database at each revision, every filler up to it written with its schema, one step up."""
    for revision, following in zip(ORDER, ORDER[1:], strict=False):
        path = shutil.copyfile(empty_at(revision), tmp_path / f"{revision}.sqlite3")
        fill(path, ORDER[: ORDER.index(revision) + 1])
        one_step_keeps_every_row(path, following, f"from {revision} to {following}")
        path.unlink()


STARTS = sorted({ORDER[0], ORDER[(len(ORDER) - 1) // 2], ORDER[-2]} if len(ORDER) > 1 else set())


@pytest.mark.parametrize("revision", STARTS)
def test_a_filled_database_upgrades_to_head_keeping_every_row(tmp_path, revision, empty_at):
    """The app's start-up path from the oldest revision, the middle one and the one before head
    (see the module's docstring for why these three)."""
    path = shutil.copyfile(empty_at(revision), tmp_path / "old.sqlite3")
    assert current_revision(path) == revision
    fill(path, ORDER[: ORDER.index(revision) + 1])
    before = summary(path)
    assert_no_table_empty(before, f"at {revision}")

    backup = upgrade_to_head(path)  # the app's path: backup first, then migrate, FK check
    assert backup is not None and summary(backup) == before
    assert current_revision(path) == SCHEMA_HEAD
    assert database_id(path) is not None  # the upgrade gave the file its id: left out below
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM setting WHERE key = ?", (DATABASE_ID_KEY,))
    connection.commit()
    connection.close()
    assert_every_row_kept(before, summary(path), f"while upgrading from {revision}")
    # The tables of the later revisions exist and take their rows in the upgraded database.
    fill(path, ORDER[ORDER.index(revision) + 1 :])
    assert_no_table_empty(summary(path), f"after upgrading from {revision} and filling")
