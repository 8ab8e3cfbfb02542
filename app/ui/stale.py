"""The record a form was drawn from, for saves that claim its version (app/services/versions.py).

`save(data)` writes with the version the form shows; a refusal (`StaleError`) means another page
wrote first, and `reload()` reads the record anew, so the form can show it and the next save
claims the new version. `record` is always what the form shows (the "before" of an undo). A save
that goes through announces `areas` (the page that opened the form may announce again)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from operator import attrgetter
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

R = TypeVar("R")


class SeenRecord(Generic[R]):
    """`read(session)` returns the record; `write(session, data, seen)` saves `data` if the record
    still is as `seen`; `seen_of(record)` is what the save checks: its version (the default),
    or for a record without one, the record's editable values."""

    def __init__(
        self,
        ctx,
        areas: tuple,
        record: R,
        read: Callable[[Session], R],
        write: Callable[[Session, object, int], R],
        seen_of: Callable[[R], object] = attrgetter("version"),
    ):
        self.ctx = ctx
        self.areas = areas
        self.record = record
        self._read = read
        self._write = write
        self._seen_of = seen_of

    def save(self, data) -> R:
        with self.ctx.db.session() as session:
            saved = self._write(session, data, self._seen_of(self.record))
        self.typed = data
        self.ctx.changed(*self.areas)
        return saved

    def undo_values(self, saved: R) -> tuple:
        """(before, after) for the undo of the save that returned `saved`, in the shape the save
        checks (`seen_of`), for a record saved field by field: `after` is `saved`, `before` is
        `saved` with the fields she changed (typed otherwise than the form showed them) as the
        form showed them. A field another window changed meanwhile is in neither difference, so
        the undo leaves it as that window wrote it."""
        shown, after = self._seen_of(self.record), self._seen_of(saved)
        hers = {
            field.name
            for field in fields(self.typed)
            if getattr(self.typed, field.name) != getattr(shown, field.name)
        }
        return replace(after, **{name: getattr(shown, name) for name in hers}), after

    def reload(self) -> R:
        with self.ctx.db.session() as session:
            self.record = self._read(session)
        return self.record
