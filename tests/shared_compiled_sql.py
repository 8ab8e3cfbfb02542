"""The tests' SQLite engines share the SQL that SQLAlchemy compiled.

SQLAlchemy compiles each statement once per engine (the engine's cache) and each of the ORM's flush
statements once per dialect (the mappers' caches are keyed by the dialect object). The app opens
one engine per run, so it compiles a statement once; the test run opens an engine per test (each
test has its own copy of a database), so every test compiled every statement it ran again: about
8 % of the CPU of a test that drives a window, 2,232 compilations in three tab test files.

Two SQLite dialects of the same class on the same SQLite library compile a statement to the same
SQL, so here the engines the app makes during a test (`app.db.make_engine`,
`make_read_only_engine`) share one cache, and the mappers' caches name a SQLite dialect by its kind
(class, SQLite version, parameter style) instead of the object. What runs is the same SQL; only
the compiling is done once per process instead of once per test. A server's (PostgreSQL) dialect
keeps its own entries.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapper
from sqlalchemy.util import LRUCache

import app.db

# The app's engines keep 500 statements (SQLAlchemy's default); the tests' shared cache holds every
# statement of the suite (about 2,000 distinct ones).
SHARED_SIZE = 5000


def _kind(dialect) -> tuple:
    return (type(dialect), dialect.server_version_info, dialect.paramstyle)


class ByDialectKind:
    """A compiled-statement cache (what SQLAlchemy calls with `get` and `[key] = value`) whose
    keys, `(dialect, statement's key, …)`, name a SQLite dialect by its kind."""

    def __init__(self, size: int):
        self._entries = LRUCache(size)

    @staticmethod
    def _key(key: tuple) -> tuple:
        dialect = key[0]
        if dialect.name != "sqlite":
            return key
        return (_kind(dialect), *key[1:])

    def get(self, key: tuple, default=None):
        return self._entries.get(self._key(key), default)

    def __setitem__(self, key: tuple, value) -> None:
        self._entries[self._key(key)] = value

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()


_SHARED = ByDialectKind(SHARED_SIZE)


def _mapper_cache(mapper: Mapper) -> ByDialectKind:
    return ByDialectKind(mapper._compiled_cache_size)


def key_mappers_by_dialect_kind() -> None:
    """For the whole process: the ORM's flush statements are kept per dialect kind (call before
    the first flush; a mapper that already flushed keeps its own cache)."""
    _mapper_cache.__name__ = "_compiled_cache"
    Mapper._compiled_cache = Mapper.memoized_attribute(_mapper_cache)


def _sharing(make):
    def make_sharing(path) -> Engine:
        engine = make(path)
        engine._compiled_cache = _SHARED
        return engine

    return make_sharing


def share_compiled_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    """For this test, the engines `app.db` makes use the process's shared cache."""
    monkeypatch.setattr(app.db, "make_engine", _sharing(app.db.make_engine))
    monkeypatch.setattr(app.db, "make_read_only_engine", _sharing(app.db.make_read_only_engine))
