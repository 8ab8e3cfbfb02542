"""One copy of the app per database file: a lock held while the file is open (or restored), and
a local socket through which a second copy asks the first one to bring its window forward.

`acquire()` takes the lock before the database is opened; `listen()` opens the socket once the
window is shown (QtNetwork is loaded only then: the start does not wait for it).

The lock is keyed on the real file, not on the path as typed: one lock file beside the file the
path resolves to (symbolic links followed), and, when the file exists, one in the temporary folder
named after its device and inode (so that a hard link under another name meets the same lock).
Both are taken, or neither. Each is a QLockFile holding the process id: when the app crashed, the
next start finds that process gone and takes the lock over (stale lock recovery). The lock beside
the file moves to the temporary folder when the database's folder cannot be written.
`held(path)` holds the same lock for the command line (a restore keeps it until the file is
swapped).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

from app.config import lock_path_for

WAKE_UP = b"show\n"


def real_path(db_path: Path) -> Path:
    """The file a path names once symbolic links and `..` are followed."""
    return Path(db_path).expanduser().resolve()


def _key(db_path: Path) -> str:
    return hashlib.sha1(str(real_path(db_path)).encode()).hexdigest()[:16]


def _inode_lock_name(db_path: Path) -> str | None:
    """`coopactives-inode-<device>-<inode>.lock` for an existing file, else None."""
    try:
        status = real_path(db_path).stat()
    except OSError:
        return None
    return f"coopactives-inode-{status.st_dev:x}-{status.st_ino:x}.lock"


def _new_lock(path: str) -> QLockFile:
    lock = QLockFile(path)
    lock.setStaleLockTime(0)  # stale only when its process is gone, never because of its age
    return lock


class DatabaseLock:
    """The locks of one database file (see the module's docstring); `acquire` takes all or none."""

    def __init__(self, db_path: Path):
        self.db_path = real_path(db_path)
        self.refused_by_owner = False  # True when another live process holds one of the locks
        self._locks: list[QLockFile] = []

    def _candidates(self) -> list[str]:
        paths = [str(lock_path_for(self.db_path))]
        inode_name = _inode_lock_name(self.db_path)
        if inode_name is not None:
            paths.append(QDir.temp().filePath(inode_name))
        return paths

    def acquire(self, timeout_ms: int = 200) -> bool:
        self.release()
        for path in self._candidates():
            lock = _new_lock(path)
            taken = lock.tryLock(timeout_ms)
            if not taken and lock.error() == QLockFile.LockError.PermissionError:
                # The database folder is read-only: lock in the temporary folder instead.
                lock = _new_lock(QDir.temp().filePath(f"coopactives-{_key(self.db_path)}.lock"))
                taken = lock.tryLock(timeout_ms)
            if not taken:
                self.refused_by_owner = lock.error() == QLockFile.LockError.LockFailedError
                self.release()
                return False
            self._locks.append(lock)
        return True

    def is_locked(self) -> bool:
        return bool(self._locks) and all(lock.isLocked() for lock in self._locks)

    def release(self) -> None:
        for lock in self._locks:
            lock.unlock()
        self._locks = []


class SingleInstance(QObject):
    """`acquire()` takes the database's lock; once `listen()` was called, `activation_requested`
    fires when another copy of the app starts on the same database."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.server_name = f"coopactives-{_key(self.db_path)}"
        self._lock = DatabaseLock(self.db_path)
        self._server = None  # a QLocalServer once listening

    def acquire(self) -> bool:
        return self._lock.acquire(200)

    def listen(self) -> None:
        """Answer other copies' wake-up calls (call after `acquire()` succeeded)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.is_locked():
            return  # already listening, or the lock was released in the meantime
        QLocalServer.removeServer(self.server_name)  # a socket left behind by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.server_name)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(500)
            if arrived and bytes(socket.readAll().data()).startswith(WAKE_UP.strip()):
                self.activation_requested.emit()
            socket.abort()
            socket.deleteLater()

    def wake_up_running_copy(self, timeout_ms: int = 1000) -> bool:
        """Ask the copy holding the lock to show its window; False if it cannot be reached."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(WAKE_UP)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()


def database_in_use(db_path: Path) -> bool:
    """True while a copy of the app (or a restore) holds this database's lock."""
    lock = DatabaseLock(db_path)
    if lock.acquire(0):
        lock.release()
        return False
    return lock.refused_by_owner


@contextmanager
def held(db_path: Path) -> Iterator[bool]:
    """Hold the database's lock for a piece of work (True), or say it is in use (False)."""
    lock = DatabaseLock(db_path)
    taken = lock.acquire(0)
    try:
        yield taken
    finally:
        lock.release()


class ServerGuard(QObject):
    """What stands for the lock on a PostgreSQL server: nothing to lock (the server serialises
    writers) and no other copy to wake up."""

    activation_requested = Signal()

    def acquire(self) -> bool:
        return True

    def listen(self) -> None:
        """Nothing to answer."""

    def release(self) -> None:
        """Nothing held."""
