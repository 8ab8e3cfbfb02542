"""The integrity check run beside the start (`Database.open(check_later=True)`, app/db_check.py):
the file opens before it, nothing is written before it has answered, and a damaged file stores
nothing."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app.db import DamagedDatabase, Database


def damage_the_end(path) -> None:
    """Damage the file's last eight pages: its revision can still be read, its check fails."""
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 8 * 4096, len(data)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def count_settings(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM setting").fetchone()[0]
    finally:
        connection.close()


def test_a_sound_file_is_checked_beside_the_start_and_written_after(db_path):
    database = Database.open(db_path, check_later=True)
    try:
        assert database.integrity is not None
        with database.session() as session:
            session.execute(text("INSERT INTO setting (key, value_json) VALUES ('x', '1')"))
        assert database.integrity.done() and database.integrity.result() is None
    finally:
        database.close()
    assert count_settings(db_path) == 2  # the database's id and this one


def test_the_check_waits_for_its_start_and_a_write_starts_it(db_path):
    """The window starts the check once painted; a write asked before that starts it itself and
    is stored only after the check's answer."""
    database = Database.open(db_path, check_later=True)
    try:
        check = database.integrity
        with database.session() as session:  # reading does not start it
            session.execute(text("SELECT count(*) FROM setting")).scalar()
        assert not check.started and not check.done()
        with database.session() as session:
            session.execute(text("INSERT INTO setting (key, value_json) VALUES ('x', '1')"))
        assert check.started and check.done() and check.result() is None
        check.start()  # once only
        assert check.done()
    finally:
        database.close()
    assert count_settings(db_path) == 2


def test_start_runs_the_check_in_its_thread(db_path):
    database = Database.open(db_path, check_later=True)
    try:
        database.integrity.start()
        assert database.integrity.started
        assert database.integrity.result() is None
    finally:
        database.close()


def test_without_check_later_the_file_is_checked_before_it_opens(demo_db_path):
    database = Database.open(demo_db_path)
    database.close()
    assert database.integrity is None
    damage_the_end(demo_db_path)
    with pytest.raises(DamagedDatabase):
        Database.open(demo_db_path)


def test_a_damaged_file_opens_for_reading_but_stores_nothing(demo_db_path):
    damage_the_end(demo_db_path)
    database = Database.open(demo_db_path, check_later=True)
    try:
        with database.session() as session:  # reading the first screen is not held back
            assert session.execute(text("SELECT count(*) FROM cohort")).scalar() > 0
        with pytest.raises(DamagedDatabase), database.session() as session:
            session.execute(text("INSERT INTO setting (key, value_json) VALUES ('x', '1')"))
        assert "malformed" in database.integrity.result()
    finally:
        database.close()
    connection = sqlite3.connect(demo_db_path)
    try:
        assert connection.execute("SELECT count(*) FROM setting WHERE key = 'x'").fetchone() == (0,)
    finally:
        connection.close()


def test_a_file_to_migrate_is_checked_before_it_opens(demo_db_path):
    connection = sqlite3.connect(demo_db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0030'")
    connection.commit()
    connection.close()
    damage_the_end(demo_db_path)
    with pytest.raises(DamagedDatabase):
        Database.open(demo_db_path, check_later=True)
