"""Opening the database for a command-line sub-command, with the same checks as the GUI."""

from __future__ import annotations

import sys

from app.config import ServerUrl, resolve_db_target
from app.db import Database, DatabaseError
from app.i18n import tr


def open_for_command(args) -> Database | None:
    """The database named by --db / COOPACTIVES_DB / default (a file or a PostgreSQL server);
    None (message printed) if unusable."""
    path = resolve_db_target(getattr(args, "db", None))
    if not isinstance(path, ServerUrl) and not path.exists():
        print(tr("« {path} » n'existe pas.", "cli").format(path=path), file=sys.stderr)
        return None
    try:
        return Database.open(path)
    except DatabaseError as error:
        print(error, file=sys.stderr)
        return None


def run_in_session(args, work) -> int:
    """Open the command's database, return `work(session)` (an exit code) and close it.

    A `ValidationError` (a cohort or person not found, bad input) is printed plainly: exit code 2,
    nothing written."""
    from app.services.errors import ValidationError

    database = open_for_command(args)
    if database is None:
        return 2
    try:
        with database.session() as session:
            return work(session)
    except ValidationError as error:
        print(error.message, file=sys.stderr)
        return 2
    finally:
        database.close()
