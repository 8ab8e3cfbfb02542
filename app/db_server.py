"""A database on a PostgreSQL server (psycopg 3): the per-engine code for servers.

The models, the migrations and every service are the same as on the laptop's SQLite file; what is
a file there has its server meaning here: no file lock (the server serialises writers), no file
backups or restore (the server's own tools, `pg_dump`/`pg_restore`, do that), no compaction (the
server's autovacuum). Connection problems are told in plain words, never as a traceback.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.config import ServerUrl
from app.db import DATABASE_ID_KEY, SCHEMA_HEAD, Database, DatabaseError, refuse_unknown_revision
from app.i18n import tr

CONNECT_TIMEOUT_SECONDS = 5


def server_backup_message() -> str:
    """Why a server database has no backup or restore in the app."""
    return tr(
        "Cette base est sur un serveur PostgreSQL : ses sauvegardes et leur restauration se font "
        "avec les outils du serveur (pg_dump, pg_restore), par la personne qui le gère.",
        "db_server",
    )


class ServerUnavailable(DatabaseError):
    """The server cannot be used: unreachable, wrong credentials, no such database."""


def driver_url(url: str) -> str:
    """The URL with the psycopg 3 driver named (`postgresql+psycopg://…`)."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def shown_url(url: str) -> str:
    """The URL as shown to a person: never the password."""
    return make_url(driver_url(url)).set(drivername="postgresql").render_as_string()


def server_engine(url: str) -> Engine:
    return create_engine(
        driver_url(url),
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def _unavailable(url: str, error: Exception) -> ServerUnavailable:
    detail = str(getattr(error, "orig", error) or error).lower()
    where = shown_url(url)
    if "password" in detail or "authentication" in detail or "role" in detail:
        message = tr(
            "Le serveur {url} a refusé l'identifiant ou le mot de passe.", "db_server"
        ).format(url=where)
    elif "does not exist" in detail and "database" in detail:
        message = tr(
            "La base de données de {url} n'existe pas sur le serveur : demandez à la personne "
            "qui gère le serveur de la créer.",
            "db_server",
        ).format(url=where)
    else:
        message = tr(
            "Impossible de joindre le serveur {url}. Vérifiez la connexion au réseau et "
            "l'adresse ; rien n'a été modifié.",
            "db_server",
        ).format(url=where)
    return ServerUnavailable(message)


def server_revision(engine: Engine) -> str | None:
    """The schema revision the server's database is at (None: an empty database)."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except ProgrammingError:  # no alembic_version table yet
            return None


def upgrade_server_to_head(url: str) -> None:
    """Bring the server's database to `SCHEMA_HEAD` in one transaction (PostgreSQL's DDL is
    transactional: a failure leaves it as it was); a newer schema is refused, never downgraded."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.db import _migrations_dir

    engine = server_engine(url)
    try:
        try:
            revision = server_revision(engine)
        except OperationalError as error:
            raise _unavailable(url, error) from error
        config = Config()
        config.set_main_option("script_location", str(_migrations_dir()))
        config.set_main_option("sqlalchemy.url", driver_url(url).replace("%", "%%"))
        if revision is not None:
            refuse_unknown_revision(ScriptDirectory.from_config(config), revision)
        if revision == SCHEMA_HEAD:
            return
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.execute(
                text(
                    "INSERT INTO setting (key, value_json) VALUES (:key, :value) "
                    "ON CONFLICT (key) DO NOTHING"
                ),
                {"key": DATABASE_ID_KEY, "value": json.dumps(uuid.uuid4().hex)},
            )
    finally:
        engine.dispose()


class ServerDatabase(Database):
    """An open database on a PostgreSQL server: the same units of work as on a file."""

    is_server = True

    def __init__(self, url: str):  # noqa: D107 (no file: the base's file checks do not apply)
        self.url = ServerUrl(url)
        self.path = None
        self.read_only = False
        self.engine = server_engine(url)
        self._identity = None

    @property
    def display_name(self) -> str:
        return shown_url(self.url)

    @classmethod
    def open(cls, url: str, migrate: bool = True) -> ServerDatabase:  # type: ignore[override]
        """Reach the server, bring its schema up to date and open it."""
        if migrate:
            upgrade_server_to_head(url)
        database = cls(url)
        try:
            with database.engine.connect():
                pass
        except OperationalError as error:
            database.close()
            raise _unavailable(url, error) from error
        return database

    def check_not_replaced(self) -> None:
        """A server database is not a file that can be swapped under the window."""

    def compact(self) -> None:
        """The server's autovacuum reclaims deleted rows; nothing to do from the app."""
