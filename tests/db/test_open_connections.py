"""`Database.open` reads what it checks of a file on one read-only connection and probes its
folder once: counted by patching `sqlite3.connect` (and `sqlite3.dbapi2.connect`, which
SQLAlchemy's driver calls) and `tempfile.mkstemp` (the folder's probe). Before, the same open
made five connections (the integrity check, the marker, the revision, the id, the marker again)
and two probes.
"""

from __future__ import annotations

import sqlite3
import sqlite3.dbapi2
import tempfile

import pytest

from app.db import APPLICATION_ID, SCHEMA_HEAD, Database, database_id, integrity_problem


@pytest.fixture
def counted(monkeypatch):
    """{"connect": n, "probe": n}: the sqlite3 connections and the folder probes made so far."""
    made = {"connect": 0, "probe": 0}
    connect, mkstemp = sqlite3.connect, tempfile.mkstemp

    def counting_connect(*args, **kwargs):
        made["connect"] += 1
        return connect(*args, **kwargs)

    def counting_mkstemp(*args, **kwargs):
        made["probe"] += 1
        return mkstemp(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", counting_connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", counting_connect)
    monkeypatch.setattr(tempfile, "mkstemp", counting_mkstemp)
    return made


def test_a_file_at_the_head_is_checked_on_one_connection(db_path, counted):
    database = Database.open(db_path)
    try:
        assert counted == {"connect": 1, "probe": 1}
        with database.connection() as connection:  # the engine's first connection
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with database.session() as session:  # the same one, from the pool
            assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert counted == {"connect": 2, "probe": 1}
    finally:
        database.close()


def test_checked_later_the_integrity_check_is_not_made_at_the_open(db_path, counted):
    database = Database.open(db_path, check_later=True)
    try:
        assert counted == {"connect": 1, "probe": 1}
        assert database.integrity is not None and not database.integrity.started
    finally:
        database.close()


def test_a_file_without_its_marker_and_id_gets_them_on_one_more_connection(db_path, counted):
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA application_id=0")
    connection.execute("DELETE FROM setting WHERE key = 'database_id'")
    connection.commit()
    connection.close()
    counted["connect"] = 0
    Database.open(db_path).close()
    assert counted == {"connect": 2, "probe": 1}  # the checks, then the writing of the two
    assert database_id(db_path) is not None
    check = sqlite3.connect(db_path)
    try:
        assert check.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    finally:
        check.close()
    assert integrity_problem(db_path) is None
