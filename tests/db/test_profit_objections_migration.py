"""Profit sharing's objections and who took part are stored once, in the register (0031): what
only the old table and column held is moved there, nothing is lost, and downgrading writes the old
table and column back from the register."""

from __future__ import annotations

import sqlite3

from alembic import command

from app.db import alembic_config
from tests.db.revision_fixtures import FILLERS
from tests.empty_revisions import copy_of_empty_at

BEFORE = "0030"


def at_revision_before(path, tmp_path_factory) -> sqlite3.Connection:
    copy_of_empty_at(tmp_path_factory, BEFORE, path)
    connection = sqlite3.connect(path)
    for revision in sorted(FILLERS):
        if revision <= BEFORE:
            FILLERS[revision](connection)
    # What the register lacked: a profit sharing recorded with no register entry, and on the
    # filler's sharing (entry 1), an objection and a member's share that only the old store held.
    connection.executescript(
        """
        INSERT INTO profit_decision (id, cohort_id, decided_on, proposal, method, outcome,
            review_on, profit_cents, fund_bp, split, fund_cents, remainder_cents, created_at)
        VALUES (190, 2, '2022-12-16', 'Moitié au fonds', 'consent', 'Oui', NULL, 1000, 5000,
            'equal', 500, 0, '2022-12-16 10:00:00');
        INSERT INTO profit_share (id, decision_id, person_id, hours, share_cents, took_part)
        VALUES (190, 190, 15, 10, 250, 1), (191, 190, 17, 10, 250, 0), (192, 1, 17, 0, 0, 0);
        INSERT INTO profit_objection (id, decision_id, objection, integration)
        VALUES (190, 190, 'Et la fête ?', 'Plus tard'), (191, 1, 'Et les absentes ?', '');
        """
    )
    connection.commit()
    return connection


def register_of(connection, profit_id):
    entry = connection.execute(
        "SELECT id, kind, proposal, outcome, decided_on FROM decision WHERE profit_decision_id = ?",
        (profit_id,),
    ).fetchone()
    positions = connection.execute(
        "SELECT person_id, position FROM decision_position WHERE decision_id = ? "
        "ORDER BY person_id",
        (entry[0],),
    ).fetchall()
    objections = connection.execute(
        "SELECT author_id, objection, integration FROM decision_objection "
        "WHERE decision_id = ? ORDER BY id",
        (entry[0],),
    ).fetchall()
    return entry[1:], positions, objections


def test_objections_and_who_took_part_move_to_the_register_and_back(tmp_path, tmp_path_factory):
    path = tmp_path / "old.sqlite3"
    at_revision_before(path, tmp_path_factory).close()
    command.upgrade(alembic_config(path), "head")
    connection = sqlite3.connect(path)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert "profit_objection" not in tables
        share_columns = {r[1] for r in connection.execute("PRAGMA table_info(profit_share)")}
        assert "took_part" not in share_columns
        # The filler's sharing: its objection was already in the register (not doubled), the
        # other one is added; the share that had no position gets "absent".
        assert register_of(connection, 1) == (
            ("profit_sharing", "Partager", "Accepté", "2022-12-12"),
            [(15, "consent"), (16, "consent"), (17, "absent")],
            [(None, "Trop peu", "Revoir en janvier"), (None, "Et les absentes ?", "")],
        )
        # The sharing without a register entry gets one, with everything it held.
        assert register_of(connection, 190) == (
            ("profit_sharing", "Moitié au fonds", "Oui", "2022-12-16"),
            [(15, "consent"), (17, "absent")],
            [(None, "Et la fête ?", "Plus tard")],
        )
        moved = connection.execute(
            "SELECT uid FROM decision_objection WHERE objection IN ('Et la fête ?', "
            "'Et les absentes ?') UNION ALL SELECT uid FROM decision WHERE profit_decision_id = 190"
        ).fetchall()
        assert len(moved) == 3 and all(len(uid) == 32 for (uid,) in moved)  # global ids given
    finally:
        connection.close()
    command.downgrade(alembic_config(path), BEFORE)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute(
            "SELECT decision_id, objection, integration FROM profit_objection ORDER BY id"
        ).fetchall() == [
            (1, "Trop peu", "Revoir en janvier"),
            (1, "Et les absentes ?", ""),
            (190, "Et la fête ?", "Plus tard"),
        ]
        assert connection.execute(
            "SELECT decision_id, person_id, took_part FROM profit_share ORDER BY id"
        ).fetchall() == [(1, 15, 1), (1, 16, 1), (190, 15, 1), (190, 17, 0), (1, 17, 0)]
    finally:
        connection.close()
