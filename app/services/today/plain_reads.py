"""The window's first reads on SQLite's own connection: `first_screen`'s plain-SQL statements run
on the sqlite3 connection SQLAlchemy's pool lends, with the conversions SQLAlchemy's SQLite
dialect makes (its own processors for the declared dates, times, booleans and decimals, and for
a date bound as a parameter). What it leaves out is compiling each statement into SQLAlchemy's
cache and building its result: ≈ 0.3 ms a statement at its first run, and the window runs 23 of
them before its first paint. Reads only, in SQLite's own autocommit, as SQLAlchemy's pysqlite
reads are; on another database (a PostgreSQL server) `first_screen.reading` gives the connection.

`PlainReader` answers what `first_screen` asks of a session: `execute(...)` with `all()`,
`first()`, `one()`, `scalar()` and iteration, `scalars(...)` and `scalar(...)`; a row is a tuple
whose values are also read by column name (`row.name`, `row._mapping`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Convert = Callable[[Any], Any] | None
_DATE = Date()  # one instance: SQLAlchemy adapts it to the dialect once


class PlainRow(tuple):
    """A result row: a tuple whose values are also attributes named after the columns."""

    _names: dict[str, int]  # column name → index, shared by the rows of one result

    def __getattr__(self, name: str) -> Any:
        try:
            return self[self._names[name]]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def _mapping(self) -> dict[str, Any]:
        return {name: self[index] for name, index in self._names.items()}


def _row(values, names: dict[str, int]) -> PlainRow:
    row = PlainRow(values)
    row._names = names
    return row


class PlainResult:
    def __init__(self, rows: list[PlainRow]):
        self._rows = rows

    def __iter__(self) -> Iterator[PlainRow]:
        return iter(self._rows)

    def all(self) -> list[PlainRow]:
        return list(self._rows)

    def first(self) -> PlainRow | None:
        return self._rows[0] if self._rows else None

    def one(self) -> PlainRow:
        if len(self._rows) != 1:
            raise ValueError(f"one row expected, {len(self._rows)} found")
        return self._rows[0]

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None


class PlainReader:
    """`first_screen`'s reads on `connection`'s sqlite3 connection (see the module's docstring)."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self._dialect = connection.dialect
        self._sqlite = connection.connection.driver_connection
        self._date_bind: Convert = None
        self._plans: dict[int, tuple[Any, str, dict[str, Convert]]] = {}

    def _processor(self, type_, kind: str) -> Convert:
        impl = type_.dialect_impl(self._dialect)
        if kind == "bind":
            return impl.bind_processor(self._dialect)
        return impl.result_processor(self._dialect, None)

    def _plan(self, query) -> tuple[str, dict[str, Convert]]:
        """The statement's text and its result columns' conversions, worked out once."""
        plan = self._plans.get(id(query))
        if plan is None or plan[0] is not query:
            element = getattr(query, "element", query)  # a TextualSelect holds its TextClause
            columns = getattr(query, "selected_columns", ())
            converters = {column.name: self._processor(column.type, "result") for column in columns}
            plan = self._plans[id(query)] = (query, element.text, converters)
        return plan[1], plan[2]

    def _bound(self, params: dict[str, Any] | None) -> dict[str, Any]:
        """The parameters as SQLAlchemy binds them here: a date (`:date`, the only typed one in
        `first_screen`) as the SQLite dialect writes a Date; the others as they are."""
        if not params:
            return {}
        bound = dict(params)
        for name, value in bound.items():
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                if self._date_bind is None:
                    self._date_bind = self._processor(_DATE, "bind") or (lambda day: day)
                bound[name] = self._date_bind(value)
        return bound

    def execute(self, query, params: dict[str, Any] | None = None) -> PlainResult:
        sql, converters = self._plan(query)
        cursor = self._sqlite.execute(sql, self._bound(params))
        names = [column[0] for column in cursor.description or ()]
        index = {name: position for position, name in enumerate(names)}
        convert = [converters.get(name) for name in names]
        rows = cursor.fetchall()
        if any(convert):
            rows = [
                [v if to is None or v is None else to(v) for v, to in zip(row, convert)]
                for row in rows
            ]
        return PlainResult([_row(row, index) for row in rows])

    def scalars(self, query, params: dict[str, Any] | None = None) -> list[Any]:
        return [row[0] for row in self.execute(query, params)]

    def scalar(self, query, params: dict[str, Any] | None = None) -> Any:
        return self.execute(query, params).scalar()
