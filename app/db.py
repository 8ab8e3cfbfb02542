"""The database: engine with SQLite pragmas, sessions, and bringing the schema up to date safely.

Checking whether the schema is current reads `alembic_version` with plain sqlite3 and compares it
with `SCHEMA_HEAD`; alembic is imported only when there is something to do.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import backup_dir_for

# The newest alembic revision this version of the app knows. A test checks it against migrations/.
SCHEMA_HEAD = "0013"

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """The database file cannot be used; the message says why, for a person."""


class DamagedDatabase(DatabaseError):
    """The file is an SQLite database but fails `PRAGMA quick_check`: offer a backup, or read-only."""

    def __init__(self, path: Path, detail: str):
        super().__init__(
            f"La base de données « {path.name} » est endommagée ({detail}). "
            "Vous pouvez restaurer une sauvegarde, ou l'ouvrir en lecture seule pour la consulter."
        )
        self.path = path
        self.detail = detail


class ReadOnlyLocation(DatabaseError):
    """The database's folder cannot be written (SQLite needs it for its journal): read-only only."""

    def __init__(self, path: Path, detail: str):
        super().__init__(
            f"Impossible d'écrire dans le dossier de la base de données « {path.parent} » "
            f"({detail}). Rien n'a été modifié. Vous pouvez l'ouvrir en lecture seule, ou "
            "copier le fichier dans un dossier où vous pouvez écrire."
        )
        self.path = path
        self.detail = detail


def folder_problem(folder: Path) -> str | None:
    """None when files can be created in `folder` (made if missing); else the system's reason."""
    import os
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".coopactives-probe-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        return error.strerror or str(error)
    return None


def integrity_problem(path: Path, full: bool = False) -> str | None:
    """None when SQLite finds the file sound (`quick_check`, or `integrity_check` when `full`);
    otherwise what is wrong, in SQLite's words. Opens the file read-only."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(row[0]) for row in rows[:3]) or "?"


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only (spaces, # and ? in the path are escaped)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _apply_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """The app's engine: every connection gets foreign keys, WAL, synchronous FULL, busy timeout."""
    engine = create_engine(_sqlite_url(path))
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """An engine that cannot write: the file is opened with SQLite's `mode=ro`."""

    def connect():
        connection = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
        connection.execute("PRAGMA query_only=ON")
        return connection

    return create_engine("sqlite://", creator=connect)


def check_database_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database or is damaged. Never writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseError(f"« {path} » est un dossier, pas un fichier de base de données.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"« {path} » n'est pas une base de données de Coopér'Actives (ni une base SQLite)."
        )
    problem = integrity_problem(path)
    if problem is not None:
        raise DamagedDatabase(path, problem)


def salvage_copy(path: Path) -> Path:
    """A new temporary database with the schema of `path` and every row that can still be read
    (a table stops at its first unreadable page). The original is opened read-only."""
    import tempfile

    target = Path(tempfile.mkdtemp(prefix="coopactives-lecture-")) / path.name
    source = sqlite3.connect(read_only_uri(path), uri=True)
    destination = sqlite3.connect(target)
    try:
        try:
            schema = source.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC"
            ).fetchall()
        except sqlite3.DatabaseError:
            schema = _schema_of_the_models()  # the table list itself is damaged
        for kind, name, sql in schema:
            try:
                destination.execute(sql)
            except sqlite3.DatabaseError:
                continue
            if kind == "table":
                _copy_readable_rows(source, destination, name)
        destination.commit()
    finally:
        source.close()
        destination.close()
    return target


def _schema_of_the_models() -> list[tuple[str, str, str]]:
    from sqlalchemy.schema import CreateTable

    from app.models import load_all

    engine = create_engine("sqlite://")
    tables = [
        ("table", table.name, str(CreateTable(table).compile(engine)))
        for table in load_all().metadata.sorted_tables
    ]
    engine.dispose()
    return tables + [
        (
            "table",
            "alembic_version",
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        )
    ]


def _copy_readable_rows(source, destination, name: str) -> None:
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        cursor = source.execute(f"SELECT * FROM {quoted}")
        columns = ", ".join('"' + d[0].replace('"', '""') + '"' for d in cursor.description)
        for row in cursor:
            marks = ", ".join("?" for _ in row)
            destination.execute(f"INSERT OR IGNORE INTO {quoted} ({columns}) VALUES ({marks})", row)
    except sqlite3.DatabaseError:
        pass  # the rest of this table is unreadable


def current_revision(path: Path) -> str | None:
    """The alembic revision stored in the file, or None for a new or empty database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None
    finally:
        connection.close()


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live database with SQLite's online backup API (consistent even in WAL mode)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            # A copy is one self-contained file: out of WAL mode, opening it (to check it, or
            # read-only) leaves no -wal/-shm files beside it. The app puts WAL back when it opens
            # a restored copy.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return destination


BACKUP_STAMP = "%Y%m%d-%H%M%S"


def backup_path_for(db_path: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """`backups/<stem>-AAAAMMJJ-HHMMSS-<reason>.sqlite3` beside the database (see services/backup)."""
    stamp = (when or dt.datetime.now()).strftime(BACKUP_STAMP)
    return backup_dir_for(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite3"


def _migrations_dir() -> Path:
    from app.resources import MIGRATIONS_DIR  # the bundle's own when frozen

    return MIGRATIONS_DIR


def alembic_config(path: Path):
    """An alembic Config pointing at our migrations and at this database file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_migrations_dir()))
    config.set_main_option("sqlalchemy.url", _sqlite_url(path))
    return config


def upgrade_to_head(path: Path, backup: bool = True) -> Path | None:
    """Bring the database to `SCHEMA_HEAD`; back it up first when it already holds data.

    Returns the backup's path, if one was made. Raises DatabaseError for a database made by a newer
    version of the app (it is never downgraded).
    """
    revision = current_revision(path)
    if revision == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(path)
    script = ScriptDirectory.from_config(config)
    if revision is not None:
        try:
            script.get_revision(revision)
        except Exception as error:  # alembic raises several kinds for an unknown revision
            raise DatabaseError(
                "Cette base de données a été créée par une version plus récente de "
                "Coopér'Actives. Installez la dernière version de l'application pour l'ouvrir."
            ) from error
    backup_path = None
    if backup and revision is not None:
        backup_path = backup_file(path, backup_path_for(path, "avant-mise-a-jour"))
    # Migrations run without the foreign-key pragma: batch mode rebuilds tables.
    plain_engine = create_engine(_sqlite_url(path))
    try:
        with plain_engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        with plain_engine.connect() as connection:
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise DatabaseError(f"La mise à jour a laissé des liens cassés : {problems[:5]}")
    finally:
        plain_engine.dispose()
    return backup_path


class Database:
    """An open database: the engine and a session factory, one unit of work per user action."""

    def __init__(self, path: Path, read_only: bool = False, read_from: Path | None = None):
        self.path = Path(path)
        self.read_only = read_only
        source = Path(read_from) if read_from else self.path
        self.engine = make_read_only_engine(source) if read_only else make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """Look at a damaged file without ever writing to it: what can still be read is copied to
        a temporary file, opened read-only (`path` stays the original, for backups and restore)."""
        return cls(Path(path), read_only=True, read_from=salvage_copy(Path(path)))

    @classmethod
    def open(cls, path: Path, migrate: bool = True) -> Database:
        """Check the file, bring its schema up to date (backup first) and open it."""
        path = Path(path)
        check_database_file(path)
        problem = folder_problem(path.parent)
        if problem is not None:
            raise ReadOnlyLocation(path, problem)
        if migrate:
            upgrade_to_head(path)
        return cls(path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back if anything raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
