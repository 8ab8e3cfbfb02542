"""Issue 15 item 10: an erased person's name is not left in the file, no backup is kept longer
than 12 months, and the backups that still hold her data are found (and can be deleted)."""

from __future__ import annotations

import datetime as dt
import shutil

from app.services.people import cohorts, members
from app.services.safety import backup, personal_data

NAME = ("Zénobie", "Quartzeline")


def add_her(db) -> int:
    with db.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("Coopérative 9", dt.date(2026, 9, 1), dt.date(2026, 12, 1))
        )
        return members.create_person(
            session, members.PersonInput(*NAME, notes="Allergique aux noix"), cohort.id
        ).id


def raw_bytes(path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


def test_her_name_is_not_left_in_the_file(db, db_path):
    person_id = add_her(db)
    assert NAME[1].encode() in raw_bytes(db_path)
    with db.session() as session:
        personal_data.erase_person(session, person_id)
    db.compact()
    data = raw_bytes(db_path)
    assert NAME[1].encode() not in data and "Allergique".encode() not in data


NOW = dt.datetime(2026, 12, 1, 9, 0)


def test_no_backup_is_kept_longer_than_twelve_months(db, db_path):
    add_her(db)
    old = NOW - dt.timedelta(days=400)
    recent = NOW - dt.timedelta(days=30)
    made = {
        (reason, when): backup.make_backup(db_path, reason, when).path
        for reason in ("avant-restauration", "avant-mise-a-jour", "endommagee", "manuelle")
        for when in (old, recent)
    }
    backup.rotate(db_path, NOW)
    left = {b.path for b in backup.list_backups(db_path)}
    assert left == {path for (reason, when), path in made.items() if when == recent}


def test_usb_copies_older_than_twelve_months_go_at_the_next_copy(db, db_path, tmp_path):
    add_her(db)
    stick = tmp_path / "USB"
    stick.mkdir()
    old = backup.external_backup(db_path, stick, NOW - dt.timedelta(days=400))
    foreign = stick / "autre-20250101-090000-cle.sqlite3"  # another database's name
    shutil.copyfile(old, foreign)
    recent = backup.external_backup(db_path, stick, NOW - dt.timedelta(days=30))
    backup.external_backup(db_path, stick, NOW)
    assert not old.exists() and recent.exists() and foreign.exists()


def test_the_backups_holding_her_data_are_found_and_deleted(db, db_path):
    person_id = add_her(db)
    before = backup.make_backup(db_path, "manuelle", NOW - dt.timedelta(days=3))
    unrelated = backup.make_backup(db_path, "fermeture", NOW - dt.timedelta(days=2))
    holding = backup.backups_holding(db_path, person_id)  # asked before erasing her
    assert [b.path for b in holding] == [before.path, unrelated.path]
    with db.session() as session:
        personal_data.erase_person(session, person_id)
    after = backup.make_backup(db_path, "manuelle", NOW)
    backup.delete_backups(holding)
    assert [b.path for b in backup.list_backups(db_path)] == [after.path]
    assert NAME[1].encode() not in raw_bytes(after.path)
