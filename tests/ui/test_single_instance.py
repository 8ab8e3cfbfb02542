"""One instance per database: a second copy is refused and wakes the first; a crash's lock is
taken over."""

from __future__ import annotations

import subprocess
import sys

from app.config import lock_path_for
from app.ui.single_instance import SingleInstance, database_in_use

CRASHING_HOLDER = """
import os, signal, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os.kill(os.getpid(), signal.SIGKILL)  # dies holding the lock, like a power cut
"""


def test_second_copy_is_refused_and_wakes_the_first(qtbot, tmp_path):
    db = tmp_path / "coop.sqlite3"
    first = SingleInstance(db)
    assert first.acquire()
    first.listen()
    assert lock_path_for(db).exists()
    assert database_in_use(db)
    second = SingleInstance(db)
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.wake_up_running_copy()
    first.release()
    assert not database_in_use(db)
    assert second.acquire()  # free again once the first copy is closed
    second.release()


def test_another_database_is_not_locked(tmp_path):
    first = SingleInstance(tmp_path / "a.sqlite3")
    other = SingleInstance(tmp_path / "b.sqlite3")
    assert first.acquire() and other.acquire()
    first.release()
    other.release()


def test_a_lock_left_by_a_crash_is_recovered(tmp_path):
    db = tmp_path / "coop.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_HOLDER, str(lock_path_for(db))], check=False
    )
    assert result.returncode == -9
    assert lock_path_for(db).exists()  # the crash left its lock behind
    instance = SingleInstance(db)
    assert instance.acquire()
    assert database_in_use(db)
    instance.release()


def test_nobody_to_wake_up(tmp_path):
    assert not SingleInstance(tmp_path / "none.sqlite3").wake_up_running_copy(200)
