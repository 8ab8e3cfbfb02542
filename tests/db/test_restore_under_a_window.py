"""Issue 15 item 1: a restore never happens under an open window, whatever name the window used
for the file, and a window whose file was replaced anyway writes nothing more."""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database, DatabaseReplaced
from app.services.safety import backup
from app.ui.single_instance import SingleInstance, database_in_use


def notes(path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT notes FROM person")}
    finally:
        connection.close()


@pytest.mark.parametrize("link", [os.symlink, os.link], ids=["symbolic link", "hard link"])
def test_the_lock_is_the_real_files(qapp, demo_db_path, tmp_path, link):
    other_folder = tmp_path / "elsewhere"
    other_folder.mkdir()
    alias = other_folder / "alias.sqlite3"
    link(demo_db_path, alias)
    window = SingleInstance(alias)
    assert window.acquire()
    try:
        assert database_in_use(demo_db_path)
        assert not SingleInstance(demo_db_path).acquire()
        saved = backup.make_backup(demo_db_path, "manuelle")
        before = demo_db_path.read_bytes()
        assert main(["--db", str(demo_db_path), "restore", str(saved.path)]) == 2
        assert demo_db_path.read_bytes() == before
    finally:
        window.release()
    assert not database_in_use(demo_db_path)


def test_the_lock_is_held_for_the_whole_restore(qapp, demo_db_path, monkeypatch):
    saved = backup.make_backup(demo_db_path, "manuelle")
    real_restore = backup.restore_backup
    seen = []

    def restore_and_look(db_path, backup_path, *args, **kwargs):
        seen.append(database_in_use(db_path))  # a window starting now would be refused
        seen.append(SingleInstance(db_path).acquire())
        return real_restore(db_path, backup_path, *args, **kwargs)

    monkeypatch.setattr(backup, "restore_backup", restore_and_look)
    assert main(["--db", str(demo_db_path), "restore", str(saved.path)]) == 0
    assert seen == [True, False]
    assert not database_in_use(demo_db_path)


def test_a_window_whose_file_was_replaced_writes_nothing_more(demo_db_path):
    saved = backup.make_backup(demo_db_path, "manuelle")
    database = Database.open(demo_db_path)
    try:
        with database.session() as session:
            session.execute(text("UPDATE person SET notes = 'avant'"))
        backup.restore_backup(demo_db_path, saved.path)  # as a lock-less process would
        restored = notes(demo_db_path)
        assert "avant" not in restored
        with pytest.raises(DatabaseReplaced, match="remplacé"):
            with database.session() as session:
                session.execute(text("UPDATE person SET notes = 'après'"))
        assert notes(demo_db_path) == restored
    finally:
        database.close()
