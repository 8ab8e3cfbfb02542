"""After the window is shown: the database's integrity check (`Database.open(check_later=True)`,
app/db_check.py) is started once the window has painted (`CHECK_AFTER_MS`: reading the whole file
beside the start slowed its first paint) and awaited without blocking the window.

A sound file: what waited for it runs (the day's first backup, which must never copy a damaged
file over the good ones). A damaged file: the window on screen closes and the app reopens the file
with the check first, which says what is wrong and offers the last good backup or reading it only,
as when the damage is found before the window (app/ui/app.py).

The check and what waits for it belong to the application's start (`StartDuties`, a child of the
application), not to a window: switching the language at once replaces the first window, and a
timer of the replaced window would have dropped the check (until the first write) and the day's
first backup with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

POLL_MS = 100
CHECK_AFTER_MS = 100  # from the window shown to the check's start: after its first paint


class StartDuties(QObject):
    """The owner of the start's timers (the check, the day's first backup): a child of the
    application, ended by `end()` when the windows' run is over (the database is closed then)."""

    def __init__(self, window: Callable[[], object]):
        super().__init__(QCoreApplication.instance())
        self.setObjectName("start_duties")
        self.window = window  # the main window on screen now (None once there is none)

    def end(self) -> None:
        """Delete the start's timers now (none may fire on a closed database)."""
        from shiboken6 import delete, isValid

        if isValid(self):
            delete(self)


def when_sound(
    duties: StartDuties, database, after_ms: int, then: Callable[[object], None]
) -> None:
    """Start the file's check `CHECK_AFTER_MS` after the window is shown; run `then(database)`
    once the file is known sound, not before `after_ms`; close the window on screen asking to
    reopen (`reopen_request`) when the check found damage."""
    check = database.integrity
    if check is None:  # checked before it was opened (or a server's)
        QTimer.singleShot(after_ms, duties, lambda: then(database))
        return
    timer = QTimer(duties)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if not check.done():
            return
        timer.stop()
        if check.result() is None:
            then(database)
            return
        window = duties.window()
        if window is not None:
            window.reopen_request = True
            window.close()

    timer.timeout.connect(poll)
    QTimer.singleShot(CHECK_AFTER_MS, duties, check.start)
    QTimer.singleShot(after_ms, timer, timer.start)
