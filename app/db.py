"""The database: engine with SQLite pragmas, sessions, and bringing the schema up to date safely.

Checking whether the schema is current reads `alembic_version` with plain sqlite3 and compares it
with `SCHEMA_HEAD`; alembic is imported only when there is something to do. `Database.open` reads
everything it checks of a file (integrity, marker, revision, id) on one read-only connection
(`checked_file_facts`). The ORM is imported with the first session: a command that reads through
Core (`Database.connection`, `print labels`) never imports it.

The app's files carry a marker and an identity: SQLite's `application_id` header field set to
`APPLICATION_ID`, and a unique id in the `setting` table (`database_id`), both written at creation
(and at the first open of a file made before they existed). A non-empty SQLite file with neither
the marker nor a known alembic revision belongs to another program: it is refused, unchanged.
Migrations run in one transaction (the driver is told to open it, see `_transactional_engine`):
an upgrade that fails leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from app.config import backup_dir_for
from app.i18n import tr

if TYPE_CHECKING:  # the ORM is imported when a first session is made (`Database.session`)
    from sqlalchemy.orm import Session, sessionmaker

# The newest alembic revision this version of the app knows. A test checks it against migrations/.
SCHEMA_HEAD = "0033"

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# SQLite's `PRAGMA application_id` of the app's files: "Coop" in ASCII.
APPLICATION_ID = 0x436F6F70
DATABASE_ID_KEY = "database_id"


class DatabaseError(Exception):
    """The database file cannot be used; the message says why, for a person."""


class DamagedDatabase(DatabaseError):
    """An SQLite database failing `PRAGMA quick_check`: offer a backup, or read-only."""

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


class ForeignDatabase(DatabaseError):
    """An SQLite file with tables but without the app's marker: another program's data."""

    def __init__(self, path: Path):
        super().__init__(
            tr(
                "« {name} » est une base de données d'un autre programme, pas de Coopér'Actives. "
                "Elle n'a pas été modifiée. Choisissez un autre fichier.",
                "database",
            ).format(name=path.name)
        )
        self.path = path


class DatabaseReplaced(DatabaseError):
    """The file was replaced (restored, moved) while this window had it open: writing now would
    go to a file that is no longer on disk, so nothing more is written."""

    def __init__(self, path: Path):
        super().__init__(
            tr(
                "Le fichier de la base de données « {name} » a été remplacé pendant que "
                "l'application était ouverte (par une restauration ?). Ce changement n'a pas été "
                "enregistré. Rouvrez l'application pour travailler sur le fichier actuel.",
                "database",
            ).format(name=path.name)
        )
        self.path = path


class ReadOnlyFile(DatabaseError):
    """The database file itself is write-protected: it can only be opened read-only."""

    def __init__(self, path: Path):
        super().__init__(
            tr(
                "Le fichier « {name} » est protégé contre l'écriture. Rien n'a été modifié. Vous "
                "pouvez l'ouvrir en lecture seule, ou enlever la protection du fichier.",
                "database",
            ).format(name=path.name)
        )
        self.path = path


class MissingFolder(DatabaseError):
    """The folder the database should be in does not exist."""

    def __init__(self, path: Path):
        super().__init__(
            tr(
                "Le dossier « {folder} » n'existe pas. Vérifiez le chemin, ou branchez le disque "
                "où il se trouve.",
                "database",
            ).format(folder=path.parent)
        )
        self.path = path


def _write_protected(path: Path) -> bool:
    """True when the file cannot be opened for writing (even by an administrator: immutable)."""
    try:
        with open(path, "r+b"):
            return False
    except PermissionError:
        return True
    except OSError:
        return False


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file `path` names now, or None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


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
    except sqlite3.DatabaseError as error:
        return str(error)
    try:
        return _integrity_problem_on(connection, pragma)
    finally:
        connection.close()


def _integrity_problem_on(connection: sqlite3.Connection, pragma: str) -> str | None:
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
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
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left behind
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


def check_database_file(path: Path, integrity: bool = True) -> None:
    """Refuse a file that is not an SQLite database or is damaged (the integrity check unless
    `integrity` is False: `Database.open(check_later=True)`). Never writes to it."""
    checked_file_facts(path, integrity)


@dataclass(frozen=True)
class FileFacts:
    """What `Database.open` needs to know of a file, read on one read-only connection."""

    at_head: bool  # its schema is at SCHEMA_HEAD (False when that cannot be read)
    identified: bool  # it has the marker and the id (`ensure_identity` has nothing to do)


NEW_FILE = FileFacts(at_head=False, identified=False)


def checked_file_facts(path: Path, integrity: bool = True) -> FileFacts:
    """`check_database_file`'s checks (it raises as that does) and the file's `FileFacts`, all on
    one read-only connection; `NEW_FILE` for a file that is missing or empty."""
    if not path.exists() or path.stat().st_size == 0:
        return NEW_FILE
    if path.is_dir():
        raise DatabaseError(f"« {path} » est un dossier, pas un fichier de base de données.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"« {path} » n'est pas une base de données de Coopér'Actives (ni une base SQLite)."
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.DatabaseError as error:
        if integrity:  # as `integrity_problem` tells it
            raise DamagedDatabase(path, str(error)) from error
        raise
    try:
        if integrity:
            problem = _integrity_problem_on(connection, "quick_check")
            if problem is not None:
                raise DamagedDatabase(path, problem)
        if not _is_app_database_on(connection):
            raise ForeignDatabase(path)
        try:
            at_head = _revision_on(connection) == SCHEMA_HEAD
        except sqlite3.DatabaseError:
            at_head = False  # checked in full before anything (`Database.open`)
        return FileFacts(
            at_head=at_head,
            identified=_database_id_on(connection) is not None
            and _application_id_on(connection) == APPLICATION_ID,
        )
    finally:
        connection.close()


def _known_revision(revision: str) -> bool:
    return revision == SCHEMA_HEAD or any((_migrations_dir() / "versions").glob(f"{revision}_*.py"))


def is_app_database(path: Path) -> bool:
    """True for an empty SQLite file and for the app's files (the marker, or a revision of the
    app's migrations); False for another program's database. Opens the file read-only."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return _is_app_database_on(connection)
    finally:
        connection.close()


def _is_app_database_on(connection: sqlite3.Connection) -> bool:
    try:
        if _application_id_on(connection) == APPLICATION_ID:
            return True
        names = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not names:
            return True
        if "alembic_version" not in names:
            return False
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row is not None and _known_revision(row[0])
    except sqlite3.DatabaseError:
        return False


def database_id(path: Path) -> str | None:
    """The unique id stored in the database at its creation, or None (an old or foreign file)."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        return _database_id_on(connection)
    finally:
        connection.close()


def _database_id_on(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute(
            "SELECT value_json FROM setting WHERE key = ?", (DATABASE_ID_KEY,)
        ).fetchone()
        return str(json.loads(row[0])) if row else None
    except (sqlite3.Error, ValueError):
        return None


def _identity_statements() -> list[tuple[str, tuple]]:
    return [
        (f"PRAGMA application_id={APPLICATION_ID}", ()),
        (
            "INSERT OR IGNORE INTO setting (key, value_json) VALUES (?, ?)",
            (DATABASE_ID_KEY, json.dumps(uuid.uuid4().hex)),
        ),
    ]


def ensure_identity(path: Path) -> None:
    """Give a file made before the marker and the id existed both (nothing when it has them)."""
    if database_id(path) is not None and _application_id(path) == APPLICATION_ID:
        return
    _write_identity(path)


def _write_identity(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        for statement, parameters in _identity_statements():
            connection.execute(statement, parameters)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _application_id(path: Path) -> int:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return _application_id_on(connection)
    finally:
        connection.close()


def _application_id_on(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA application_id").fetchone()[0]


def set_database_id(path: Path, value: str) -> None:
    """Write `value` as the database's id (a restored copy keeps the id of the file it replaces)."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(
                "INSERT OR REPLACE INTO setting (key, value_json) VALUES (?, ?)",
                (DATABASE_ID_KEY, json.dumps(value)),
            )
    finally:
        connection.close()


def readable_copy(path: Path) -> Path:
    """A copy of `path` (with its -wal, so nothing committed is missed) in a new temporary folder,
    where SQLite can read it even when the original's folder or file cannot be written."""
    import shutil
    import tempfile

    target = Path(tempfile.mkdtemp(prefix="coopactives-lecture-")) / path.name
    shutil.copyfile(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


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
        return _revision_on(connection)
    finally:
        connection.close()


def _revision_on(connection: sqlite3.Connection) -> str | None:
    row = connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return version[0] if version else None


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
    """`backups/<stem>-AAAAMMJJ-HHMMSS-<reason>.sqlite3` beside the database (services/backup)."""
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


def refuse_unknown_revision(script, revision: str) -> None:
    """Raise DatabaseError for a database made by a newer version of the app (an unknown
    revision): it is never downgraded."""
    try:
        script.get_revision(revision)
    except Exception as error:  # alembic raises several kinds for an unknown revision
        raise DatabaseError(
            "Cette base de données a été créée par une version plus récente de "
            "Coopér'Actives. Installez la dernière version de l'application pour l'ouvrir."
        ) from error


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
        refuse_unknown_revision(script, revision)
    backup_path = None
    if backup and revision is not None:
        backup_path = backup_file(path, backup_path_for(path, "avant-mise-a-jour"))
    # Migrations run without the foreign-key pragma (batch mode rebuilds tables), in one
    # transaction with the identity and the link check: a failure leaves the file as it was.
    plain_engine = _transactional_engine(path)
    try:
        with plain_engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            for statement, parameters in _identity_statements():
                connection.exec_driver_sql(statement, parameters)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(f"La mise à jour a laissé des liens cassés : {problems[:5]}")
    finally:
        plain_engine.dispose()
    return backup_path


def _transactional_engine(path: Path) -> Engine:
    """An engine whose transactions really start with BEGIN, DDL included: Python's sqlite3 driver
    otherwise commits before each CREATE/ALTER/DROP (SQLAlchemy's pysqlite "transactional DDL")."""
    engine = create_engine(_sqlite_url(path))

    def no_implicit_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    def begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", no_implicit_transactions)
    event.listen(engine, "begin", begin)
    return engine


class Database:
    """An open database: the engine and a session factory, one unit of work per user action.

    This is a file on the laptop; `app.db_server.ServerDatabase` is the same on a PostgreSQL
    server (`is_server`). `integrity` is the integrity check still running beside the start
    (`open(check_later=True)`), or None when the file was checked before it was opened."""

    is_server = False
    integrity = None
    _sessions: sessionmaker | None = None  # made with the first session (`_session_factory`)

    def __init__(self, path: Path, read_only: bool = False, read_from: Path | None = None):
        self.path = Path(path)
        self.read_only = read_only
        source = Path(read_from) if read_from else self.path
        self.engine = make_read_only_engine(source) if read_only else make_engine(self.path)
        self._identity = None if read_only else file_identity(self.path)

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """Look at a file without ever writing to it: it is copied (with its -wal) to a temporary
        folder and opened read-only there; when the copy is damaged, only what can still be read
        is kept (`path` stays the original, for backups and restore)."""
        copy = readable_copy(Path(path))
        if integrity_problem(copy) is not None:
            copy = salvage_copy(copy)
        return cls(Path(path), read_only=True, read_from=copy)

    @classmethod
    def open(cls, path: Path, migrate: bool = True, check_later: bool = False) -> Database:
        """Check the file, bring its schema up to date (backup first) and open it; a server URL
        (`config.ServerUrl`) opens the server's database instead. With `check_later`, a file
        already at the schema's head is opened before its integrity check, which runs in a thread
        from `integrity.start()` (or the first write) on and holds back every write until it has
        answered (`integrity`, app/db_check.py)."""
        from app.config import ServerUrl

        if isinstance(path, ServerUrl):
            from app.db_server import ServerDatabase

            return ServerDatabase.open(path, migrate=migrate)
        path = Path(path)
        if not path.parent.is_dir():
            raise MissingFolder(path)
        # The folder is probed once; its problem is told where it always was: first for a file
        # that exists (what cannot be written is told as such, not as damage), after the file's
        # checks otherwise.
        problem = folder_problem(path.parent)
        if path.is_file():
            if problem is not None:
                raise ReadOnlyLocation(path, problem)
            if not os.access(path, os.W_OK) or _write_protected(path):
                raise ReadOnlyFile(path)
        facts = checked_file_facts(path, integrity=not check_later)
        later = check_later and facts.at_head
        if check_later and not later:  # a migration (or a new file): checked before anything
            check_database_file(path)
        if problem is not None:
            raise ReadOnlyLocation(path, problem)
        if migrate and not facts.at_head:
            upgrade_to_head(path)
            ensure_identity(path)
        elif migrate and not facts.identified:  # a file made before the marker and the id
            _write_identity(path)
        database = cls(path)
        if later:
            from app.db_check import IntegrityCheck

            database.integrity = IntegrityCheck(path, database.engine)
        return database

    def check_not_replaced(self) -> None:
        """Raise DatabaseReplaced when the file on disk is no longer the one this opened."""
        if self.read_only:
            return
        now = file_identity(self.path)
        if self._identity is None:
            self._identity = now
        elif now != self._identity:
            raise DatabaseReplaced(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back if anything raises."""
        self.check_not_replaced()
        session = self._session_factory()()
        try:
            yield session
            self.check_not_replaced()
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _session_factory(self) -> sessionmaker:
        """The session factory, made (and the ORM imported) when a first session is asked for:
        a command that reads through Core (`connection`) never imports the ORM."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from app.services.validation import refuse_unsafe_text

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            # No unit of work stores a control or direction-override character.
            event.listen(self._sessions, "before_flush", refuse_unsafe_text)
        return self._sessions

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A unit of work through SQLAlchemy Core, for a caller that reads with Core statements
        only (`print labels`): one transaction, committed at the end, rolled back if anything
        raises; no ORM (nothing to flush, no mapped class configured)."""
        self.check_not_replaced()
        with self.engine.begin() as connection:
            yield connection
            self.check_not_replaced()

    def compact(self) -> None:
        """Rebuild the file without free pages and empty the WAL, so that nothing deleted (an
        erased person's name) is left in the file. Runs outside any unit of work."""
        if self.read_only:
            return
        self.check_not_replaced()
        with self.engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @property
    def display_name(self) -> str:
        """What names this database to a person: the file's path (a server's URL without its
        password on a server)."""
        return str(self.path)

    def close(self) -> None:
        self.engine.dispose()
