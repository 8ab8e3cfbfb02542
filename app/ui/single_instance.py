"""One copy of the app per database file: a lock file beside the database, and a local socket
through which a second copy asks the first one to bring its window forward.

`acquire()` takes the lock before the database is opened; `listen()` opens the socket once the
window is shown (QtNetwork is loaded only then: the start does not wait for it).

The lock (QLockFile) holds the process id: when the app crashed, the next start finds that process
gone and takes the lock over (stale lock recovery). The lock is kept in the temporary folder when
the database's folder cannot be written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

from app.config import lock_path_for

WAKE_UP = b"show\n"


def _key(db_path: Path) -> str:
    return hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:16]


def _lock_file(db_path: Path) -> QLockFile:
    lock = QLockFile(str(lock_path_for(Path(db_path))))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never because of its age
    return lock


class SingleInstance(QObject):
    """`acquire()` takes the database's lock; once `listen()` was called, `activation_requested`
    fires when another copy of the app starts on the same database."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.server_name = f"coopactives-{_key(self.db_path)}"
        self._lock = _lock_file(self.db_path)
        self._server = None  # a QLocalServer once listening

    def acquire(self) -> bool:
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.PermissionError:
                return False
            # The database folder is read-only: lock in the temporary folder instead.
            self._lock = QLockFile(QDir.temp().filePath(f"{self.server_name}.lock"))
            self._lock.setStaleLockTime(0)
            if not self._lock.tryLock(200):
                return False
        return True

    def listen(self) -> None:
        """Answer other copies' wake-up calls (call after `acquire()` succeeded)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
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
        self._lock.unlock()


def database_in_use(db_path: Path) -> bool:
    """True while a copy of the app holds this database's lock (for the command line)."""
    lock = _lock_file(Path(db_path))
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError
