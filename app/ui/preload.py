"""Importing the tabs' modules while the window is idle after start, so that a tab's first show
pays for its widgets and its data, not for importing its pages, services and models.

Start-up imports only what the first window needs (app/startup.py); each other tab is imported
the first time it is shown, which was most of its first show (0.2–0.4 s of CPU a tab on the
scale database, bench/RESULTS.md). `IdlePreloader` waits until the person has not touched the
mouse or keyboard for `IDLE_MS`, then imports one module, waits `STEP_MS`, imports the next, and
so on; any key or click puts it back to waiting for a quiet moment, so it never competes with
what she is doing for longer than the import in progress. It imports only while an event loop
runs (the application's, once started): a script that shows the window and processes its events
by hand (the start-up probe, the screenshots) is never joined by an import. Once every module is
imported it
configures the SQLAlchemy mappers of the models imported (which the first query would do, about
0.1 s), removes its event filter and stops for good. It loads no Babel data: the tabs write
dates, amounts and country names from facts kept in the cache folder (app/services/kept_babel.py;
Babel's data for one locale held ≈ 5 MB for as long as the app ran, bench/RESULTS.md, s24zc).

Its event filter (every event of the application goes through it) is installed `LISTEN_AFTER_MS`
after `start()`, once the window has painted: the first events a Python filter sees make PySide6
create the Python types of the classes they come from, with their enums (≈95 enums, 15–35 ms of
CPU), which the first paint need not wait for.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time

from PySide6.QtCore import QEvent, QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger("coopactives.preload")

IDLE_MS = 1500  # no key or click for this long before an import
STEP_MS = 30  # between two imports while it stays quiet
LISTEN_AFTER_MS = 100  # from start() to the event filter: after the window's first paint
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdlePreloader(QObject):
    """Imports `modules`, in order, one at a time while the application is idle. `steps` keeps
    (module, wall ms, CPU ms) of each import done; `done` is True once none is left."""

    def __init__(self, modules: list[str], parent: QObject | None = None):
        super().__init__(parent)
        self._waiting = [name for name in dict.fromkeys(modules) if name not in sys.modules]
        self.steps: list[tuple[str, float, float]] = []
        self.done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self._filtering = False
        self._listen_timer = QTimer(self)
        self._listen_timer.setSingleShot(True)
        self._listen_timer.timeout.connect(self._listen)

    def start(self) -> None:
        if not self._waiting:
            self._finish()
            return
        self._listen_timer.start(LISTEN_AFTER_MS)

    def _listen(self) -> None:
        """From now on a key or click puts the next import off; the quiet moment starts now."""
        application = QApplication.instance()
        if application is not None and not self._filtering:
            application.installEventFilter(self)
            self._filtering = True
        self._timer.start(IDLE_MS)

    def stop(self) -> None:
        """Imports nothing more (what is imported stays)."""
        self._waiting.clear()
        self._finish()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT:
            self._timer.start(IDLE_MS)  # she is doing something: wait for the next quiet moment
        return False

    def _step(self) -> None:
        if QThread.currentThread().loopLevel() == 0:  # no event loop: a script, not a person
            self._timer.start(IDLE_MS)
            return
        while self._waiting:
            name = self._waiting.pop(0)
            if name not in sys.modules:
                self._timed(name, lambda name=name: importlib.import_module(name))
                break
        if self._waiting:
            self._timer.start(STEP_MS)
        else:
            if "sqlalchemy.orm" in sys.modules:
                from sqlalchemy.orm import configure_mappers

                self._timed("configure_mappers", configure_mappers)
            self._finish()

    def _timed(self, name: str, action) -> None:
        """Runs `action`, keeps its wall and CPU time in `steps`; an error is logged (the tab
        shows it when opened, a query says it again) and the other modules still load."""
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            action()
        except Exception:
            log.exception("could not preload %s", name)
        self.steps.append(
            (name, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
        )

    def _finish(self) -> None:
        self._timer.stop()
        self._listen_timer.stop()
        application = QApplication.instance()
        if self._filtering and application is not None:
            application.removeEventFilter(self)
        self._filtering = False
        self.done = True
