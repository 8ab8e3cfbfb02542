"""A test's SQLite copy skips the disk waits (tests/throwaway_pragmas.py) and keeps every other
pragma of the app; a test marked `shipped_pragmas` gets the app's own."""

from __future__ import annotations

import pytest

PRAGMAS = ("foreign_keys", "journal_mode", "synchronous", "busy_timeout", "secure_delete")


def _pragmas(db) -> dict:
    with db.engine.connect() as connection:
        return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in PRAGMAS}


@pytest.mark.sqlite
def test_a_tests_database_does_not_wait_for_the_disk(db):
    assert _pragmas(db) == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 0,  # OFF
        "busy_timeout": 5000,
        "secure_delete": 1,
    }


@pytest.mark.sqlite
@pytest.mark.shipped_pragmas
def test_a_marked_test_opens_its_database_as_the_app_does(db):
    assert _pragmas(db)["synchronous"] == 2  # FULL
