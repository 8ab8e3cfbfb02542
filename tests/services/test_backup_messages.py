"""Issue 15 item 5: backup and restore messages say what is really wrong; two backups made in the
same second both exist."""

from __future__ import annotations

import datetime as dt

import pytest

from app.cli import main
from app.services.safety import backup

NOON = dt.datetime(2026, 12, 1, 12, 0, 0)


def test_two_backups_in_the_same_second_get_distinct_names(demo_db_path):
    first = backup.make_backup(demo_db_path, "manuelle", NOON)
    second = backup.make_backup(demo_db_path, "manuelle", NOON)
    third = backup.make_backup(demo_db_path, "manuelle", NOON)
    assert len({first.path, second.path, third.path}) == 3
    assert all(info.path.exists() for info in (first, second, third))
    assert [b.path for b in backup.list_backups(demo_db_path)] == [
        third.path,
        second.path,
        first.path,
    ]


def test_a_damaged_database_is_said_to_be_damaged(demo_db_path):
    size = demo_db_path.stat().st_size
    with demo_db_path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)
    with pytest.raises(backup.BackupError) as info:
        backup.make_backup(demo_db_path, "manuelle", NOON)
    assert "endommagée" in str(info.value) and "Choisissez un autre dossier" not in str(info.value)


def test_a_folder_is_said_to_be_a_folder(demo_db_path, tmp_path, capsys):
    assert main(["--db", str(tmp_path), "backup"]) == 2
    assert "est un dossier" in capsys.readouterr().err
    assert main(["--db", str(demo_db_path), "restore", str(tmp_path)]) == 2
    assert "est un dossier" in capsys.readouterr().err
