"""The record a form was drawn from, for saves that claim its version (app/services/versions.py).

`save(data)` writes with the version the form shows; a refusal (`StaleError`) means another page
wrote first, and `reload()` reads the record anew, so the form can show it and the next save
claims the new version. `record` is always what the form shows (the "before" of an undo)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

R = TypeVar("R")


class SeenRecord(Generic[R]):
    """`read(session)` returns the record; `write(session, data, seen)` saves `data` if the record
    still has version `seen`; `counter` names the version attribute of the record."""

    def __init__(
        self,
        db,
        record: R,
        read: Callable[[Session], R],
        write: Callable[[Session, object, int], R],
        counter: str = "version",
    ):
        self.db = db
        self.record = record
        self._read = read
        self._write = write
        self._counter = counter

    def save(self, data) -> R:
        with self.db.session() as session:
            return self._write(session, data, getattr(self.record, self._counter))

    def reload(self) -> R:
        with self.db.session() as session:
            self.record = self._read(session)
        return self.record
