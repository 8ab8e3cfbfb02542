"""Optimistic concurrency: a record that two pages can edit carries an integer `version`.

A form remembers the version it was drawn from; its save claims that version in its own
transaction (`UPDATE ... SET version = version + 1 WHERE id = :id AND version = :seen`). Zero rows
updated means someone else wrote first: `StaleError`, and nothing of the save is written (the
caller's unit of work rolls back). Writes that add to a record rather than overwrite it (a tap of
the tally) move the version on without a check, so every open form sees them as a change.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.services.errors import NotFound, StaleError


def claim_version(session: Session, model, row_id: int, seen: int | None, message: str) -> int:
    """Move the record's version on by one; with `seen`, only if it is still `seen`.

    Returns the new version. Raises `StaleError(message)` when `seen` is no longer current,
    `NotFound` when the record is gone.
    """
    query = update(model).where(model.id == row_id)
    if seen is not None:
        query = query.where(model.version == seen)
    result = session.execute(
        query.values(version=model.version + 1).execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:
        if session.get(model, row_id) is None:
            raise NotFound(row_id)
        raise StaleError(message)
    row = session.get(model, row_id)
    session.refresh(row, ["version"])
    return row.version
