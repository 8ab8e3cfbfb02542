"""The schema: migrations agree with the models, go up and down, and the start-up checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.db import (
    SCHEMA_HEAD,
    Database,
    DatabaseError,
    alembic_config,
    current_revision,
    upgrade_to_head,
)
from tests.db.schema_shape import schema_shape
from tests.empty_revisions import _down_revisions, copy_of_empty_at, downgrade_to, empty_at


def test_schema_head_constant_matches_migrations(tmp_path):
    script = ScriptDirectory.from_config(alembic_config(tmp_path / "x.sqlite3"))
    assert script.get_heads() == [SCHEMA_HEAD]


def test_file_order_is_chain_order(tmp_path):
    # One migration per change, numbered in the order they run: 0001_x.py, 0002_y.py, ...
    script = ScriptDirectory.from_config(alembic_config(tmp_path / "x.sqlite3"))
    chain = list(reversed(list(script.walk_revisions())))
    files = sorted(Path(script.versions).glob("[0-9]*.py"))
    assert [Path(rev.path).name for rev in chain] == [f.name for f in files]
    for number, rev in enumerate(chain, start=1):
        assert rev.revision == f"{number:04d}"
        assert Path(rev.path).name.startswith(f"{number:04d}_")


def test_upgrade_check_downgrade_upgrade(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    assert upgrade_to_head(path) is None  # nothing to back up in a new file
    assert current_revision(path) == SCHEMA_HEAD
    config = alembic_config(path)
    command.check(config)  # raises if the models and the migrations disagree
    command.downgrade(config, "base")
    assert current_revision(path) is None
    command.upgrade(config, "head")
    assert current_revision(path) == SCHEMA_HEAD
    command.check(config)


@pytest.mark.sqlite
def test_every_downgrade_gives_back_the_schema_of_the_revision_before(tmp_path, tmp_path_factory):
    """Each step down makes the schema a fresh upgrade to the revision below makes: columns in
    their place with their types, NOT NULL and defaults, keys, indexes, checks (0031 and 0032
    put the column they gave back at the table's end, 0032 with a default 0003 never gave)."""
    differences = []
    for revision, below in sorted(_down_revisions().items()):
        if below is None:
            continue
        path = copy_of_empty_at(tmp_path_factory, revision, tmp_path / f"{revision}.sqlite3")
        downgrade_to(path, below)
        made, downgraded = schema_shape(empty_at(tmp_path_factory, below)), schema_shape(path)
        differences += [
            (revision, table, made.get(table), downgraded.get(table))
            for table in sorted(set(made) | set(downgraded))
            if made.get(table) != downgraded.get(table)
        ]
    assert differences == []


@pytest.mark.sqlite
@pytest.mark.shipped_pragmas
def test_pragmas_on_every_connection(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


EXTRA_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9999_test_extra"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("test_extra")
"""


def test_upgrade_backs_up_first_and_keeps_the_data(tmp_path, demo_db_path, monkeypatch):
    """A database one revision behind: upgraded after a backup copy holding the same data."""
    import shutil

    import app.db as db_module

    migrations = tmp_path / "migrations"
    shutil.copytree(db_module._migrations_dir(), migrations)
    (migrations / "versions" / "9999_test_extra.py").write_text(
        EXTRA_REVISION.format(head=SCHEMA_HEAD)
    )
    monkeypatch.setattr(db_module, "_migrations_dir", lambda: migrations)
    monkeypatch.setattr(db_module, "SCHEMA_HEAD", "9999_test_extra")

    def people_count(path):
        connection = sqlite3.connect(path)
        try:
            return connection.execute("SELECT count(*) FROM person").fetchone()[0]
        finally:
            connection.close()

    before = people_count(demo_db_path)
    assert before > 20
    backup = db_module.upgrade_to_head(demo_db_path)
    assert backup is not None and backup.exists()
    assert backup.parent == demo_db_path.parent / "backups"
    assert current_revision(backup) == SCHEMA_HEAD
    assert people_count(backup) == before
    assert current_revision(demo_db_path) == "9999_test_extra"
    assert people_count(demo_db_path) == before
    # At head, nothing more happens (and no second backup).
    assert db_module.upgrade_to_head(demo_db_path) is None


def test_a_database_from_a_newer_app_is_refused_and_untouched(demo_db_path):
    connection = sqlite3.connect(demo_db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = demo_db_path.read_bytes()
    with pytest.raises(DatabaseError, match="plus récente"):
        Database.open(demo_db_path)
    assert demo_db_path.read_bytes() == before


def test_checking_a_current_schema_does_not_import_alembic(demo_db_path):
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from app.db import Database; "
        f"Database.open(Path({str(demo_db_path)!r})); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("des notes, pas une base de données")
    with pytest.raises(DatabaseError, match="n'est pas une base"):
        Database.open(path)
    assert path.read_text() == "des notes, pas une base de données"


def test_a_damaged_file_is_refused_and_kept(tmp_path, demo_db_path):
    data = bytearray(demo_db_path.read_bytes())
    for offset in range(4096, min(len(data), 40960)):
        data[offset] = 0xA5
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        Database.open(damaged)
    assert damaged.read_bytes() == bytes(data)


def test_session_rolls_back_on_error(db):
    from app.models.cooperative import Cooperative

    with pytest.raises(RuntimeError):
        with db.session() as session:
            session.add(Cooperative(name="X"))
            session.flush()
            raise RuntimeError("boom")
    with db.session() as session:
        assert session.query(Cooperative).count() == 0
