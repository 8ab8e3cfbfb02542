"""A database of the previous release (tests/fixtures/release-0009.sqlite3, the demo cooperative
written at migration 0009) opens in this version: upgraded to the head, a backup taken first when
it is behind, and every row kept. The same fixture is opened by the frozen app in CI
(scripts/smoke_test_bundle.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.db import SCHEMA_HEAD, Database, current_revision
from tests.db.revision_fixtures import MOVED_TABLES

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "release-0009.sqlite3"


def counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_the_fixture_is_the_previous_release_with_its_data():
    assert current_revision(FIXTURE) == "0009"
    rows = counts(FIXTURE)
    assert rows["person"] == 31
    assert rows["sale_line"] > 0


def test_previous_release_opens_upgraded_with_every_row(tmp_path):
    database = tmp_path / "coopactives.sqlite3"
    shutil.copyfile(FIXTURE, database)
    before = counts(database)
    Database.open(database).close()
    assert current_revision(database) == SCHEMA_HEAD
    after = counts(database)
    # every row is kept; the first open adds the database's own id to its settings
    assert after.pop("setting") == before["setting"] + 1
    kept = dict(before)
    for old, new in MOVED_TABLES.items():  # replaced by a later revision: each row lives on there
        assert old not in after and after[new] >= kept.pop(old)
    assert {name: after.get(name) for name in kept if name != "setting"} == {
        name: count for name, count in kept.items() if name != "setting"
    }
    backups = sorted((tmp_path / "backups").glob("*-avant-mise-a-jour.sqlite3"))
    if SCHEMA_HEAD == "0009":
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert len(backups) == 1
        assert current_revision(backups[0]) == "0009"
        assert counts(backups[0]) == before
