"""Issue 15 items 2 and 3: each database has its own id, its backups are only its own; another
program's SQLite file is refused unchanged; a failed upgrade leaves the file as it was."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    Database,
    DatabaseError,
    ForeignDatabase,
    current_revision,
    database_id,
    upgrade_to_head,
)
from app.services.safety import backup
from tests.empty_revisions import copy_of_empty_at
from tests.isolation import isolate


def new_database(path):
    Database.open(path).close()
    return path


def another_database(template, path):
    """A database of its own for the backup tests, without 33 migrations: a copy of the run's
    empty template whose id is removed, given a new one at its open as an old file is (the test
    `test_an_old_file_gets_an_id_at_its_first_open`)."""
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM setting WHERE key = 'database_id'")
    connection.commit()
    connection.close()
    return new_database(path)


@pytest.fixture(scope="module")
def new_databases(tmp_path_factory) -> tuple[Path, Path]:
    """Two new databases the app made, which the two tests below only read: one where there was
    no file, one from an empty SQLite file (each migrated from nothing, 2 s of CPU)."""
    folder = tmp_path_factory.mktemp("new")
    with pytest.MonkeyPatch.context() as patch:
        isolate(patch, folder / "home")
        where_none_was = new_database(folder / "coop.sqlite3")
        empty = folder / "vide.sqlite3"
        sqlite3.connect(empty).close()
        from_an_empty_file = new_database(empty)
    return where_none_was, from_an_empty_file


def test_each_new_database_gets_its_own_id_and_the_marker(new_databases):
    first, second = new_databases
    assert database_id(first) and database_id(second)
    assert database_id(first) != database_id(second)
    for path in new_databases:
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        connection.close()


def test_an_old_file_gets_an_id_at_its_first_open(db_path):
    """An app file at head without an id and the marker (a copy of the run's empty template, made
    by the app's own upgrade, instead of a new file migrated again)."""
    path = db_path
    assert database_id(path) is not None
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM setting WHERE key = 'database_id'")
    connection.execute("PRAGMA application_id = 0")
    connection.commit()
    connection.close()
    new_database(path)
    assert database_id(path) is not None


def test_another_databases_backups_are_not_listed_rotated_or_offered(tmp_path, _empty_template):
    coop = another_database(_empty_template, tmp_path / "coop.sqlite3")
    other = another_database(_empty_template, tmp_path / "coop-test.sqlite3")
    assert database_id(coop) != database_id(other)
    days = [dt.datetime(2026, 10, day, 18) for day in range(1, 25)]
    theirs = [backup.make_backup(other, "fermeture", when).path for when in days]
    kept_by_them = {p for p in theirs if p.exists()}
    # The same name pattern, another database's content: a copy renamed by hand.
    renamed = backup.backup_path_for(coop, "manuelle", dt.datetime(2026, 11, 30, 9))
    shutil.copyfile(theirs[-1], renamed)

    assert backup.list_backups(coop) == []
    assert backup.newest_good_backup(coop) is None
    mine = backup.make_backup(coop, "fermeture", dt.datetime(2026, 12, 1, 18))
    assert [b.path for b in backup.list_backups(coop)] == [mine.path]
    assert {p for p in theirs if p.exists()} == kept_by_them and renamed.exists()
    assert backup.list_backups(other)[0].path == theirs[-1]


def test_a_restored_backup_keeps_the_databases_id(tmp_path, capsys, _empty_template):
    coop = another_database(_empty_template, tmp_path / "coop.sqlite3")
    other = another_database(_empty_template, tmp_path / "other.sqlite3")
    assert database_id(coop) != database_id(other)
    own_id = database_id(coop)
    theirs = backup.make_backup(other, "manuelle").path
    before = coop.read_bytes()
    with pytest.raises(backup.BackupError, match="autre base de données"):
        backup.restore_backup(coop, theirs)
    assert coop.read_bytes() == before
    backup.restore_backup(coop, theirs, other_database=True)  # chosen knowingly
    assert database_id(coop) == own_id
    mine = backup.make_backup(coop, "manuelle", dt.datetime(2026, 12, 2, 9)).path
    assert main(["--db", str(coop), "restore", str(mine)]) == 0
    assert database_id(coop) == own_id


def foreign_file(path, tables=("notes",)):
    connection = sqlite3.connect(path)
    for table in tables:
        connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute(f"INSERT INTO {table} (body) VALUES ('à garder')")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("tables", [("notes",), ("person", "cohort")], ids=["own", "clashing"])
def test_another_programs_sqlite_file_is_refused_unchanged(tmp_path, capsys, tables):
    path = foreign_file(tmp_path / "autre.sqlite3", tables)
    before = path.read_bytes()
    with pytest.raises(ForeignDatabase, match="autre programme"):
        Database.open(path)
    assert main(["--db", str(path), "print", "week", "--cohort", "x", "--week", "2026-W40",
                 "-o", str(tmp_path / "w.pdf")]) == 2  # fmt: skip
    assert "autre programme" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_an_empty_sqlite_file_becomes_a_new_database(new_databases):
    assert current_revision(new_databases[1]) == SCHEMA_HEAD


def test_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path, tmp_path_factory):
    path = copy_of_empty_at(tmp_path_factory, "0005", tmp_path / "old.sqlite3")
    connection = sqlite3.connect(path)
    # A table a later migration creates already exists: that migration fails half way.
    connection.execute("CREATE TABLE sale_line (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    tables_before = table_names(path)
    with pytest.raises(Exception):  # noqa: B017 (whatever the driver raises for the clash)
        upgrade_to_head(path, backup=False)
    assert current_revision(path) == "0005"
    assert table_names(path) == tables_before


def table_names(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in connection.execute("SELECT name FROM sqlite_master"))
    finally:
        connection.close()


def test_a_database_from_a_newer_app_is_still_refused(db_path):
    path = db_path  # an app file (a copy of the run's empty template) that a newer app changed
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="plus récente"):
        Database.open(path)
