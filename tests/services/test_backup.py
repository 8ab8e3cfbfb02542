"""Backups: checked copies, rotation 7/4/12, USB copy and its age, restore, and every refusal."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.config import backup_dir_for
from app.db import Database, current_revision
from app.services.safety import backup
from app.services.safety.backup import BackupError


def people_count(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        connection.close()


def add_person(path, name="Amina") -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO person (first_name, last_name, role, languages, phone, active, notes) "
        "VALUES (?, '', 'member', '', '', 1, '')",
        (name,),
    )
    connection.commit()
    connection.close()


NOON = dt.datetime(2022, 10, 3, 12, 0, 0)


def test_a_backup_is_a_checked_copy_with_the_same_data(demo_db_path):
    info = backup.make_backup(demo_db_path, "manuelle", NOON)
    assert info.path == backup_dir_for(demo_db_path) / "demo-20221003-120000-manuelle.sqlite3"
    assert info.taken_at == NOON and info.reason == "manuelle"
    assert people_count(info.path) == people_count(demo_db_path) > 20
    assert not list(info.path.parent.glob("*.partiel"))


def test_a_backup_of_an_open_database_holds_committed_rows(demo_db_path):
    database = Database.open(demo_db_path)  # WAL mode: the new row may sit in the -wal file
    try:
        before = people_count(demo_db_path)
        add_person(demo_db_path, "Dans le WAL")
        info = backup.make_backup(demo_db_path, "manuelle", NOON)
    finally:
        database.close()
    assert people_count(info.path) == before + 1
    # One self-contained file: nothing left beside it (no -wal/-shm of the checked copy).
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    connection = sqlite3.connect(info.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_first_start_of_the_day_backs_up_once(demo_db_path):
    assert backup.backup_if_first_start_today(demo_db_path, NOON) is not None
    assert backup.backup_if_first_start_today(demo_db_path, NOON + dt.timedelta(hours=2)) is None
    assert backup.backup_if_first_start_today(demo_db_path, NOON + dt.timedelta(days=1)) is not None
    assert [b.reason for b in backup.list_backups(demo_db_path)] == ["demarrage", "demarrage"]


def test_nothing_to_back_up_in_a_missing_database(tmp_path):
    assert backup.backup_if_first_start_today(tmp_path / "none.sqlite3", NOON) is None
    with pytest.raises(BackupError, match="rien à sauvegarder"):
        backup.make_backup(tmp_path / "none.sqlite3", "manuelle", NOON)


def test_rotation_keeps_7_days_4_weeks_12_months(demo_db_path):
    # One backup at closing every day for 400 days (made cheaply as links to one real backup:
    # each name is a file holding that backup, which the rotation reads and deletes by name).
    first = backup.make_backup(demo_db_path, "fermeture", dt.datetime(2021, 1, 1, 18))
    start = dt.datetime(2021, 1, 1, 18)
    for day in range(1, 400):
        when = start + dt.timedelta(days=day)
        os.link(first.path, first.path.with_name(f"demo-{when:%Y%m%d-%H%M%S}-fermeture.sqlite3"))
    last = start + dt.timedelta(days=399)  # 2022-02-04 (a Friday)
    backup.rotate(demo_db_path, last)
    kept = sorted(b.taken_at.date() for b in backup.list_backups(demo_db_path))
    days = [last.date() - dt.timedelta(days=n) for n in range(7)]  # 2022-01-29 … 2022-02-04
    # Weeks: the newest of ISO weeks 2022-W05 (02-04) and W04 (01-30, a Sunday) are already kept
    # as days; W03 (01-23) and W02 (01-16) are added. Months: 2022-02 and 2022-01 (01-31) are
    # days; the last day of each month from 2021-12 back to 2021-03 is added (10 more).
    weeks = [dt.date(2022, 1, 30), dt.date(2022, 1, 23), dt.date(2022, 1, 16)]
    months = [dt.date(2022, 1, 31)] + [
        (dt.date(2021, m + 1, 1) - dt.timedelta(days=1)) if m < 12 else dt.date(2021, 12, 31)
        for m in range(3, 13)
    ]
    assert kept == sorted(set(days + weeks + months))
    assert len(kept) == 7 + 2 + 10


def test_every_backup_of_today_is_kept(demo_db_path):
    yesterday = NOON - dt.timedelta(days=1)
    backup.make_backup(demo_db_path, "demarrage", yesterday.replace(hour=8))
    backup.make_backup(demo_db_path, "fermeture", yesterday.replace(hour=18))
    backup.make_backup(demo_db_path, "demarrage", NOON.replace(hour=8))
    backup.make_backup(demo_db_path, "fermeture", NOON.replace(hour=18))
    kept = [(b.taken_at.day, b.reason) for b in backup.list_backups(demo_db_path)]
    assert kept == [(3, "fermeture"), (3, "demarrage"), (2, "fermeture")]


def test_rotation_keeps_other_backups_twelve_months_at_most(demo_db_path):
    migration = backup.make_backup(demo_db_path, "avant-mise-a-jour", dt.datetime(2022, 1, 15))
    for year, month in [(2021, 12)] + [(2022, m) for m in range(1, 13)]:
        backup.make_backup(demo_db_path, "fermeture", dt.datetime(year, month, 1))
    assert migration.path.exists()  # not rotated by the monthly rule, and younger than a year
    reasons = [b.reason for b in backup.list_backups(demo_db_path)]
    assert reasons.count("fermeture") == 12  # 13 months: the oldest one went
    backup.make_backup(demo_db_path, "fermeture", dt.datetime(2023, 1, 16))
    assert not migration.path.exists()  # a year old: gone, whatever its reason


stamps = st.lists(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2023, 1, 1)),
    min_size=1,
    max_size=60,
    unique=True,
)


# The machine is shared: a draw of 60 dates once took 1.9 s under load (too_slow is about the
# machine, not the test).
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(stamps)
def test_rotation_invariants(values):
    kept = backup.select_kept(values)
    assert kept <= set(values)
    assert max(values) in kept
    assert len(kept) <= 7 + 4 + 12
    newest_days = sorted({v.date() for v in values}, reverse=True)[:7]
    for day in newest_days:  # the newest backup of each of the 7 newest days is kept
        assert max(v for v in values if v.date() == day) in kept
    assert backup.select_kept(sorted(kept)) == kept  # rotating twice changes nothing


# --- external copy -----------------------------------------------------------------------------
def test_external_backup_and_its_age(demo_db_path, tmp_path):
    stick = tmp_path / "USB"
    stick.mkdir()
    status = backup.external_status(demo_db_path, NOON)
    assert status.last_at is None and status.warn
    path = backup.external_backup(demo_db_path, stick, NOON)
    assert path.parent == stick and people_count(path) == people_count(demo_db_path)
    assert backup.external_status(
        demo_db_path, NOON + dt.timedelta(days=7)
    ) == backup.ExternalStatus(NOON, str(stick), 7, False)
    assert backup.external_status(demo_db_path, NOON + dt.timedelta(days=8)).warn


def test_external_backup_to_a_missing_folder(demo_db_path, tmp_path):
    with pytest.raises(BackupError, match="Branchez la clé"):
        backup.external_backup(demo_db_path, tmp_path / "absent", NOON)


def test_a_read_only_backup_folder_is_a_clear_message(demo_db_path, tmp_path, monkeypatch):
    stick = tmp_path / "USB"
    stick.mkdir()
    # Tests may run as root, for whom chmod does not forbid anything: the probe is simulated.
    monkeypatch.setattr(backup, "folder_problem", lambda folder: "Read-only file system")
    with pytest.raises(BackupError, match="Impossible d'écrire la sauvegarde"):
        backup.external_backup(demo_db_path, stick, NOON)
    assert list(stick.iterdir()) == []
    assert backup.external_status(demo_db_path, NOON).last_at is None


def test_a_full_backup_folder_is_a_clear_message_and_leaves_nothing(
    demo_db_path, tmp_path, monkeypatch
):
    stick = tmp_path / "USB"
    stick.mkdir()

    def disk_full(source, destination):
        destination.write_bytes(b"SQLite format 3\x00 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "backup_file", disk_full)
    with pytest.raises(BackupError, match="plein"):
        backup.external_backup(demo_db_path, stick, NOON)
    assert list(stick.iterdir()) == []  # the half-written copy was removed


def test_a_path_under_a_file_is_refused(demo_db_path, tmp_path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(BackupError):
        backup.copy_checked(demo_db_path, not_a_folder / "copy.sqlite3")


# --- restore -----------------------------------------------------------------------------------
def test_restore_brings_back_the_data_and_keeps_the_current_file(demo_db_path):
    saved = backup.make_backup(demo_db_path, "manuelle", NOON)
    before = people_count(demo_db_path)
    add_person(demo_db_path, "Après la sauvegarde")
    kept = backup.restore_backup(demo_db_path, saved.path, NOON + dt.timedelta(hours=1))
    assert people_count(demo_db_path) == before
    assert kept is not None and people_count(kept) == before + 1
    assert backup.parse_backup_name(kept).reason == "avant-restauration"
    database = Database.open(demo_db_path)  # it opens and works
    database.close()


def test_restore_an_older_schema_is_upgraded_when_opened(demo_db_path, tmp_path, tmp_path_factory):
    from app.db import SCHEMA_HEAD
    from tests.empty_revisions import copy_of_empty_at

    old = copy_of_empty_at(tmp_path_factory, "0001", tmp_path / "old.sqlite3")
    add_person(old, "Ancienne version")
    backup.restore_backup(demo_db_path, old, NOON)
    assert current_revision(demo_db_path) == "0001"
    Database.open(demo_db_path).close()
    assert current_revision(demo_db_path) == SCHEMA_HEAD
    assert people_count(demo_db_path) == 1


def bad_files(tmp_path, demo_db_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("pas une base")
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(demo_db_path.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(demo_db_path.read_bytes())
    for offset in range(4096, min(len(data), 40960)):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    return [
        (text, "n'est pas une sauvegarde"),
        (other, "n'est pas une sauvegarde"),
        (newer, "plus récente"),
        (damaged, "endommagée"),
        (tmp_path / "missing.sqlite3", "n'existe pas"),
        (demo_db_path, "base de données ouverte"),
    ]


def test_bad_files_are_refused_and_the_database_is_untouched(demo_db_path, tmp_path):
    before = demo_db_path.read_bytes()
    for path, message in bad_files(tmp_path, demo_db_path):
        with pytest.raises(BackupError, match=message):
            backup.restore_backup(demo_db_path, path, NOON)
        assert demo_db_path.read_bytes() == before
    assert backup.list_backups(demo_db_path) == []  # nothing was even set aside


def test_restore_into_a_read_only_folder_is_refused(demo_db_path, monkeypatch):
    saved = backup.make_backup(demo_db_path, "manuelle", NOON)
    before = demo_db_path.read_bytes()
    monkeypatch.setattr(backup, "folder_problem", lambda folder: "Read-only file system")
    with pytest.raises(BackupError, match="Rien n'a été modifié"):
        backup.restore_backup(demo_db_path, saved.path, NOON)
    assert demo_db_path.read_bytes() == before


def test_restore_over_a_damaged_database_keeps_a_raw_copy(demo_db_path, tmp_path):
    saved = backup.make_backup(demo_db_path, "manuelle", NOON)
    data = bytearray(demo_db_path.read_bytes())
    for offset in range(4096, min(len(data), 40960)):
        data[offset] = 0xA5
    demo_db_path.write_bytes(bytes(data))
    assert backup.newest_good_backup(demo_db_path).path == saved.path
    kept = backup.restore_backup(demo_db_path, saved.path, NOON + dt.timedelta(minutes=5))
    assert kept.read_bytes() == bytes(data)
    assert backup.parse_backup_name(kept).reason == "endommagee"
    assert people_count(demo_db_path) > 20


def test_newest_good_backup_skips_damaged_ones(demo_db_path):
    good = backup.make_backup(demo_db_path, "manuelle", NOON)
    bad = backup.make_backup(demo_db_path, "manuelle", NOON + dt.timedelta(days=1))
    bad.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert backup.newest_good_backup(demo_db_path).path == good.path


@settings(max_examples=5, deadline=None)
@given(st.binary(min_size=0, max_size=200))
def test_random_bytes_are_never_restored(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("random")
    db_path = folder / "db.sqlite3"
    db_path.write_bytes(b"")
    junk = folder / "junk.sqlite3"
    junk.write_bytes(data)
    with pytest.raises(BackupError):
        backup.restore_backup(db_path, junk, NOON)
    assert db_path.read_bytes() == b""


def test_a_damaged_database_opens_read_only_on_what_can_be_read(demo_db_path):
    from app.db import DamagedDatabase

    data = bytearray(demo_db_path.read_bytes())
    for offset in range(len(data) - 8192, len(data)):  # the last pages only
        data[offset] = 0xA5
    demo_db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        Database.open(demo_db_path)
    database = Database.open_read_only(demo_db_path)
    try:
        assert database.path == demo_db_path
        with database.session() as session:
            from sqlalchemy import text

            tables = session.execute(
                text("SELECT count(*) FROM sqlite_master WHERE type='table'")
            ).scalar()
            assert tables > 5
            with pytest.raises(Exception, match="readonly|read-only|attempt to write"):
                session.execute(text("DELETE FROM person"))
    finally:
        database.close()
    assert demo_db_path.read_bytes() == bytes(data)
