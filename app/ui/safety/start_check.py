"""After the window is shown: the database's integrity check (`Database.open(check_later=True)`,
app/db_check.py) is started once the window has painted (`CHECK_AFTER_MS`: reading the whole file
beside the start slowed its first paint) and awaited without blocking the window.

A sound file: what waited for it runs (the day's first backup, which must never copy a damaged
file over the good ones). A damaged file: the window closes and the app reopens the file with the
check first, which says what is wrong and offers the last good backup or reading it only, as when
the damage is found before the window (app/ui/app.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

POLL_MS = 100
CHECK_AFTER_MS = 100  # from the window shown to the check's start: after its first paint


def when_sound(window, database, after_ms: int, then: Callable[[object], None]) -> None:
    """Start the file's check `CHECK_AFTER_MS` after the window is shown; run `then(database)`
    once the file is known sound, not before `after_ms`; close `window` asking to reopen
    (`reopen_request`) when the check found damage."""
    check = database.integrity
    if check is None:  # checked before it was opened (or a server's)
        QTimer.singleShot(after_ms, lambda: then(database))
        return
    timer = QTimer(window)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if not check.done():
            return
        timer.stop()
        if check.result() is None:
            then(database)
        else:
            window.reopen_request = True
            window.close()

    timer.timeout.connect(poll)
    QTimer.singleShot(CHECK_AFTER_MS, window, check.start)
    QTimer.singleShot(after_ms, timer, timer.start)
