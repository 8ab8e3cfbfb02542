"""Optimistic concurrency: a record that two pages can edit carries an integer `version`.

A form remembers the version it was drawn from; its save claims that version in its own
transaction (`UPDATE ... SET version = version + 1 WHERE id = :id AND version = :seen`). Zero rows
updated means someone else wrote first: `StaleError`, and nothing of the save is written (the
caller's unit of work rolls back). Writes that add to a record rather than overwrite it (a tap of
the tally) move the version on without a check, so every open form sees them as a change.
A model whose `version` already means something else (the recipe's v1, v2...) names its counter
with `column`. A record without a counter (a person, a menu) is checked by value instead
(`check_unchanged`): what the form edits must still read as when the form was drawn.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from sqlalchemy import update

from app.services.errors import NotFound, StaleError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def claim_version(
    session: Session,
    model,
    row_id: int,
    seen: int | None,
    message: str,
    column: str = "version",
) -> int:
    """Move the record's version (the integer column `column`) on by one; with `seen`, only if it
    is still `seen`.

    Returns the new version. Raises `StaleError(message)` when `seen` is no longer current,
    `NotFound` when the record is gone.
    """
    counter = getattr(model, column)
    query = update(model).where(model.id == row_id)
    if seen is not None:
        query = query.where(counter == seen)
    result = session.execute(
        query.values({column: counter + 1}).execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:
        if session.get(model, row_id) is None:
            raise NotFound(row_id)
        raise StaleError(message)
    row = session.get(model, row_id)
    session.refresh(row, [column])
    return getattr(row, column)


def check_unchanged(current, seen, message: str) -> None:
    """For a record without a version: with `seen` (what the form was drawn from, in the same
    shape as `current`, read in the save's own transaction), `StaleError(message)` when they
    differ, before anything is written."""
    if seen is not None and current != seen:
        raise StaleError(message)


def changed_fields(data, seen, current, message: str) -> set[str]:
    """For a record edited field by field (a dataclass `data` typed from a form drawn from `seen`,
    `current` read in the save's own transaction, both with at least `data`'s fields): the names
    of the fields she changed, the only ones the save may write. Every field without `seen` or
    `current` (a first save). `StaleError(message)` when a field she changed was changed meanwhile
    too; a field she left alone may have changed: the save keeps what is stored there."""
    names = [field.name for field in fields(data)]
    if seen is None or current is None:
        return set(names)
    changed = {name for name in names if getattr(data, name) != getattr(seen, name)}
    if any(getattr(current, name) != getattr(seen, name) for name in changed):
        raise StaleError(message)
    return changed
