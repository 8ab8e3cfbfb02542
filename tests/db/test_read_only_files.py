"""Issue 15 item 4: a healthy database that cannot be written (its folder, or the file itself) is
said to be read-only, not damaged, and opens read-only with all its data; a missing folder is
said to be missing."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QPushButton

from app.db import Database, MissingFolder, ReadOnlyFile, ReadOnlyLocation
from app.services.people import members
from app.ui import app as gui_app
from tests.db.write_protection import write_protected
from tests.ui.helpers import when_dialog_opens


def people_in(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        connection.close()


def people_seen(database) -> int:
    with database.session() as session:
        return len(members.list_people(session, include_inactive=True))


@pytest.mark.parametrize("protect", ["folder", "file"])
def test_an_unwritable_database_opens_read_only_with_its_data(demo_db_path, protect):
    expected = people_in(demo_db_path)
    before = demo_db_path.read_bytes()
    target = demo_db_path.parent if protect == "folder" else demo_db_path
    with write_protected(target):
        refusal = ReadOnlyLocation if protect == "folder" else ReadOnlyFile
        with pytest.raises(refusal) as info:
            Database.open(demo_db_path)
        assert "endommagée" not in str(info.value)
        database = Database.open_read_only(demo_db_path)
        try:
            assert database.read_only and people_seen(database) == expected
        finally:
            database.close()
    assert demo_db_path.read_bytes() == before


def test_the_window_offers_read_only_for_a_protected_file(qtbot, demo_db_path):
    seen = {}

    def read_only(dialog):
        seen["text"] = dialog.text()
        dialog.findChild(QPushButton, "read_only").click()

    with write_protected(demo_db_path):
        errors = when_dialog_opens(read_only, "unusable_database")
        database, guard = gui_app.open_database_interactively(demo_db_path)
        try:
            assert not errors and "protégé contre l'écriture" in seen["text"]
            assert database.read_only
            gui_app.backup_at_start(database)  # no backup, no trash purge: nothing raises
        finally:
            database.close()
            guard.release()


def test_a_missing_folder_is_said_to_be_missing(qtbot, tmp_path):
    path = tmp_path / "no" / "such" / "dir" / "x.sqlite3"
    with pytest.raises(MissingFolder, match="n'existe pas"):
        Database.open(path)
    seen = {}

    def look(dialog):
        seen["text"] = dialog.text()
        dialog.findChild(QPushButton, "quit").click()

    when_dialog_opens(look, "unusable_database")
    assert gui_app.open_database_interactively(path) == (None, None)
    assert "n'existe pas" in seen["text"] and not (tmp_path / "no").exists()
