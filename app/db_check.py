"""SQLite's integrity check of the database file, run beside the start instead of before it.

`PRAGMA quick_check` reads every page of the file: on ten years of data (200 MB) it costs about
0.9 s of CPU, more than the rest of the start. When the file is already at the schema's head (no
migration, which would check it first), the window opens without waiting for it: the check runs
in a thread (SQLite works without Python's lock), on its own read-only connection. The window
starts it once it has painted (`start()`, app/ui/safety/start_check.py): begun beside the start,
its reading of the whole file slowed the window's appearance by a third on a busy machine
(bench/RESULTS.md, s24q). A write asked before then starts it and waits for it.

Nothing is written before the file is known sound: every statement that is not a read waits for
the check, and raises `DamagedDatabase` when the check found damage (nothing written). The window
asks `result()` once the check is `done()`, and offers the backups when the file is damaged, as
when the damage is found before the window.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

# What a statement starts with when it only reads (everything else waits for the check).
READS = ("SELECT", "PRAGMA")


class IntegrityCheck:
    """`PRAGMA quick_check` of `path` in a thread, from `start()` (or the first write) on;
    `engine`'s writes wait for its answer."""

    def __init__(self, path: Path, engine: Engine):
        self.path = Path(path)
        self._finished = threading.Event()
        self._problem: str | None = None
        self._sound = False
        self._starting = threading.Lock()
        self._thread: threading.Thread | None = None
        event.listen(engine, "before_cursor_execute", self._hold_writes)

    def start(self) -> None:
        """Begin the check in its thread (once; later calls change nothing)."""
        with self._starting:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="integrity-check", daemon=True
                )
                self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread is not None

    def _run(self) -> None:
        from app.db import integrity_problem

        try:
            self._problem = integrity_problem(self.path)
        except Exception as error:  # noqa: BLE001 (reported as damage: nothing is written)
            self._problem = str(error) or type(error).__name__
        self._sound = self._problem is None
        self._finished.set()

    def done(self) -> bool:
        return self._finished.is_set()

    def result(self) -> str | None:
        """None when the file is sound; SQLite's words for what is wrong otherwise. Starts the
        check if nobody has, and waits."""
        self.start()
        self._finished.wait()
        return self._problem

    def _hold_writes(self, _conn, _cursor, statement: str, *_args) -> None:
        if self._sound or statement.lstrip()[:6].upper().startswith(READS):
            return
        problem = self.result()
        if problem is not None:
            from app.db import DamagedDatabase

            raise DamagedDatabase(self.path, problem)
