"""The profit-sharing decisions recorded before the register become entries of it (0014)."""

from __future__ import annotations

import sqlite3

from alembic import command

from app.db import alembic_config
from tests.db.revision_fixtures import FILLERS
from tests.empty_revisions import copy_of_empty_at


def test_profit_decisions_are_copied_into_the_register(tmp_path, tmp_path_factory):
    path = copy_of_empty_at(tmp_path_factory, "0013", tmp_path / "old.sqlite3")
    connection = sqlite3.connect(path)
    for revision in sorted(FILLERS):
        if revision <= "0013":
            FILLERS[revision](connection)
    connection.commit()
    connection.close()
    command.upgrade(alembic_config(path), "0020")  # register_of_decisions
    connection = sqlite3.connect(path)
    try:
        decisions = connection.execute(
            "SELECT id, cohort_id, kind, proposal, outcome, decided_on, review_on, "
            "profit_decision_id FROM decision"
        ).fetchall()
        assert [row[1:] for row in decisions] == [
            (2, "profit_sharing", "Partager", "Accepté", "2022-12-12", None, 1)
        ]
        decision_id = decisions[0][0]
        assert connection.execute(
            "SELECT decision_id, author_id, objection, integration FROM decision_objection"
        ).fetchall() == [(decision_id, None, "Trop peu", "Revoir en janvier")]
        # Both shares were marked "took part": both consent.
        assert connection.execute(
            "SELECT person_id, position FROM decision_position ORDER BY person_id"
        ).fetchall() == [(15, "consent"), (16, "consent")]
    finally:
        connection.close()
    command.downgrade(alembic_config(path), "0013")
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM profit_decision").fetchone() == (1,)
    finally:
        connection.close()
