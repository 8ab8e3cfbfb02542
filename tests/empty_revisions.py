"""Empty databases at earlier revisions, for the tests of migrations.

A test that starts from a database at revision R used to migrate a new file from nothing up to R
(up to 2 s of CPU for the later revisions, paid again by each such test). Each revision's empty
file is now made once for the run (tests/shared_files.py) or kept from an earlier run of the same
code (tests/template_cache.py), one step up from the revision before it, and the tests copy it:
`copy_of_empty_at(tmp_path_factory, "0031", tmp_path / "old.sqlite3")`.

The steps run as the app's start-up runs them (`app.db.upgrade_to_head`): on one connection, in
one transaction, without the foreign-key pragma; the throwaway files do not wait for the disk.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import event

from app.db import _transactional_engine, alembic_config
from tests.shared_files import built_once
from tests.template_cache import kept_between_runs


def upgrade_to(path: Path, revision: str) -> None:
    """`alembic upgrade` of the file to `revision` on a connection of one transaction (as
    `app.db.upgrade_to_head`), without waiting for the disk at the commit: alembic's own engine
    commits each table rebuild, each commit waiting 2 to 7 ms for the disk."""
    _migrate(path, command.upgrade, revision)


def downgrade_to(path: Path, revision: str) -> None:
    """`alembic downgrade` of the file to `revision`, as `upgrade_to` goes up."""
    _migrate(path, command.downgrade, revision)


def _migrate(path: Path, step, revision: str) -> None:
    engine = _transactional_engine(path)
    event.listen(engine, "connect", no_disk_waits)
    try:
        with engine.begin() as connection:
            config = alembic_config(path)
            config.attributes["connection"] = connection
            step(config, revision)
    finally:
        engine.dispose()


def no_disk_waits(dbapi_connection, _record=None) -> None:
    """A throwaway file's connection: commits do not wait for the disk."""
    dbapi_connection.execute("PRAGMA synchronous=OFF")


@functools.cache
def _down_revisions() -> dict[str, str | None]:
    script = ScriptDirectory.from_config(alembic_config(Path("x.sqlite3")))
    return {r.revision: r.down_revision for r in script.walk_revisions("base", "heads")}


_found: dict[str, Path] = {}  # this process's, by revision


def empty_at(tmp_path_factory, revision: str) -> Path:
    """The run's empty database at `revision`: read it or copy it, never write to it."""
    if revision in _found:
        return _found[revision]
    name = f"empty-{revision}.sqlite3"

    def one_step_up(path: Path) -> None:
        previous = _down_revisions()[revision]
        if previous is not None:
            shutil.copyfile(empty_at(tmp_path_factory, previous), path)
        upgrade_to(path, revision)

    _found[revision] = built_once(tmp_path_factory, name, kept_between_runs(name, one_step_up))
    return _found[revision]


def copy_of_empty_at(tmp_path_factory, revision: str, target: Path) -> Path:
    """A copy of the run's empty database at `revision`, of the caller's own, at `target`."""
    return Path(shutil.copyfile(empty_at(tmp_path_factory, revision), target))
