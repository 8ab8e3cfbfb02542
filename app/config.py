"""Where things live: the database file, backups and logs (platformdirs), with overrides.

The database comes, in order, from `--db PATH`, the `COOPACTIVES_DB` variable, or the user data
directory. Either may also name a PostgreSQL server (`postgresql://user@host/name`): then it is a
`ServerUrl`, not a file (app/db_server.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "coopactives"
APP_AUTHOR = "LeMondeDesPossibles"
DB_ENV_VAR = "COOPACTIVES_DB"
DB_FILE_NAME = "coopactives.sqlite3"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """The user data directory (created on first use)."""
    path = Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


class ServerUrl(str):
    """A database on a PostgreSQL server, named by its URL (`postgresql://user@host/name`)."""

    SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")

    @classmethod
    def parse(cls, text: str) -> ServerUrl | None:
        return cls(text.strip()) if text.strip().lower().startswith(cls.SCHEMES) else None


def resolve_db_target(cli_value: str | None = None) -> Path | ServerUrl:
    """The database to open, a file or a server: the command line wins, then the environment,
    then the default file."""
    for value in (cli_value, os.environ.get(DB_ENV_VAR)):
        if value:
            return ServerUrl.parse(value) or Path(value).expanduser()
    return default_db_path()


def resolve_db_path(cli_value: str | None = None) -> Path:
    """The database file to open: the command line wins, then the environment, then the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups of a database live in a `backups` folder beside it."""
    return db_path.parent / "backups"


LOG_DIR_ENV_VAR = "COOPACTIVES_LOG_DIR"


def log_dir() -> Path:
    """The user log directory (platformdirs), or `COOPACTIVES_LOG_DIR`; created on first use."""
    env_value = os.environ.get(LOG_DIR_ENV_VAR)
    path = Path(env_value).expanduser() if env_value else Path(_dirs.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


CACHE_DIR_ENV_VAR = "COOPACTIVES_CACHE_DIR"


def cache_dir() -> Path:
    """The user cache directory (platformdirs), or `COOPACTIVES_CACHE_DIR`: files the app can
    make again (parsed fonts, the interface locales' date formats); created on first use."""
    env_value = os.environ.get(CACHE_DIR_ENV_VAR)
    path = Path(env_value).expanduser() if env_value else Path(_dirs.user_cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def lock_path_for(db_path: Path) -> Path:
    """The lock file that keeps a second copy of the app off the same database."""
    return db_path.with_name(db_path.name + ".lock")
