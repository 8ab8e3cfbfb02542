"""`coopactives backup [--to DIR]` and `coopactives restore FILE`: outputs, exit codes, refusals."""

from __future__ import annotations

import sqlite3

from app.cli import main
from app.services.safety import backup
from app.ui.single_instance import SingleInstance


def count(path, table="person") -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_backup_then_restore(demo_db_path, tmp_path, capsys):
    assert main(["--db", str(demo_db_path), "backup"]) == 0
    written = capsys.readouterr().out.strip()
    assert written.endswith("-manuelle.sqlite3") and count(written) == count(demo_db_path)
    stick = tmp_path / "USB"
    stick.mkdir()
    assert main(["--db", str(demo_db_path), "backup", "--to", str(stick)]) == 0
    assert capsys.readouterr().out.strip().startswith(str(stick))
    assert backup.external_status(demo_db_path).age_days == 0

    expected = count(demo_db_path)
    connection = sqlite3.connect(demo_db_path)
    connection.execute("DELETE FROM membership")
    connection.execute("DELETE FROM person")
    connection.commit()
    connection.close()
    assert main(["--db", str(demo_db_path), "restore", written]) == 0
    out = capsys.readouterr().out
    assert "Ancienne base gardée" in out and "avant-restauration" in out
    assert count(demo_db_path) == expected


def test_bad_input(demo_db_path, tmp_path, capsys):
    before = demo_db_path.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("pas une base")
    assert main(["--db", str(demo_db_path), "restore", str(junk)]) == 2
    assert "n'est pas une sauvegarde" in capsys.readouterr().err
    assert main(["--db", str(demo_db_path), "backup", "--to", str(tmp_path / "absent")]) == 2
    assert "Branchez la clé" in capsys.readouterr().err
    assert main(["--db", str(tmp_path / "none.sqlite3"), "backup"]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert demo_db_path.read_bytes() == before


def test_restore_is_refused_while_the_app_is_open(demo_db_path, capsys, qapp):
    saved = backup.make_backup(demo_db_path, "manuelle")
    running = SingleInstance(demo_db_path)
    assert running.acquire()
    try:
        assert main(["--db", str(demo_db_path), "restore", str(saved.path)]) == 2
        assert "fermez-la" in capsys.readouterr().err
    finally:
        running.release()
