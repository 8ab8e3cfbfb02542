"""The tests' SQLite copies do not wait for the disk after each commit.

The app opens every file with `synchronous=FULL` (app/db.py): each commit waits until the disk has
the write-ahead log, about 2 ms on this machine, and a test of a window commits once per click. A
test's database is a throwaway copy that no power cut can reach, so the test run opens its
engines with the app's pragmas and then `synchronous=OFF`: the same SQL, the same WAL journal and
foreign keys, no waiting. The tests marked `shipped_pragmas` (the check of the app's real
pragmas) open theirs exactly as the app does; the command-line tests' child processes always do.
"""

from __future__ import annotations

import pytest

import app.db

_shipped = app.db._apply_pragmas


def _apply_pragmas_without_disk_waits(dbapi_connection, record) -> None:
    _shipped(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def use_throwaway_pragmas(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """For this test, engines made by `app.db.make_engine` skip the disk waits (unless marked)."""
    if request.node.get_closest_marker("shipped_pragmas") is None:
        monkeypatch.setattr(app.db, "_apply_pragmas", _apply_pragmas_without_disk_waits)
