"""The rows of a big Core select as the driver gives them, a chunk at a time, for a loop that
handles each row with as few Python operations as it can (the sales export, a million lines).

On SQLite the statement, built with Core and compiled for the connection's dialect, runs on the
DBAPI cursor of the session's own connection (same transaction): no `Row` is made per row, and
values come as SQLite stores them (no type's result processing: ask for columns whose values are
fine as stored, or `type_coerce` them to `String`). On a server the rows come from SQLAlchemy's
streamed result (a server-side cursor: memory stays flat), so the statement works there too.
Parameters must need no bind processing (integers, texts).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Select
from sqlalchemy.orm import Session


def row_chunks(session: Session, query: Select, size: int) -> Iterator[Sequence[tuple]]:
    """The rows of `query`, `size` at a time, each a tuple (or a `Row`, which unpacks the same)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        # options of this statement only: `Connection.execution_options` would change the session's
        # connection for good, and its later INSERTs would run on a server-side cursor
        options = query.execution_options(stream_results=True, yield_per=size)
        yield from connection.execute(options).partitions()
        return
    state = query.compile(dialect=connection.dialect).construct_expanded_state()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(state.statement, state.positional_parameters)
        while chunk := cursor.fetchmany(size):
            yield chunk
    finally:
        cursor.close()
