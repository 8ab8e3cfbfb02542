"""Writes the database refuses, told to the person instead of surfacing as a crash in the log:
- read-only mode ("attempt to write a readonly database"): a plain message;
- the file was replaced under the open window (a restore from another copy or the command line):
  nothing more is written (`app.db.DatabaseReplaced`); the person is told and offered to reopen
  the app on the file now on disk;
- a write held back by the integrity check run beside the start, which found the file damaged
  (app/db_check.py): nothing is said here, the check closes the window and the app reopens the
  file with what to do (app/ui/safety/start_check.py).
Installed by the safety actions as `sys.excepthook`; removed when the window goes."""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.db import DamagedDatabase, DatabaseReplaced


def _causes(error: BaseException | None):
    seen = 0
    while error is not None and seen < 10:
        yield error
        inner = getattr(error, "orig", None)
        if inner is not None:
            yield inner
        error = error.__cause__ or error.__context__
        seen += 1


def is_read_only_refusal(error: BaseException | None) -> bool:
    """SQLite refused to write (directly, or wrapped by SQLAlchemy)."""
    return any(
        isinstance(inner, sqlite3.OperationalError) and "readonly" in str(inner)
        for inner in _causes(error)
    )


def replaced_file(error: BaseException | None) -> DatabaseReplaced | None:
    return next((e for e in _causes(error) if isinstance(e, DatabaseReplaced)), None)


class WriteRefusalGuard:
    """A `sys.excepthook` that explains a refused write (see the module's docstring)."""

    def __init__(self, window):
        self.window = window
        self.previous = sys.excepthook
        sys.excepthook = self

    def __call__(self, kind, error, tb) -> None:
        replaced = replaced_file(error)
        if replaced is not None:
            if self.ask_reopen(str(replaced)):
                self.window.reopen_request = True
                self.window.close()
            return
        if any(isinstance(e, DamagedDatabase) for e in _causes(error)):
            return
        if is_read_only_refusal(error):
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("Safety", "Lecture seule"),
                QCoreApplication.translate(
                    "Safety",
                    "La base est ouverte en lecture seule : ce changement n'est pas enregistré. "
                    "Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde) pour modifier.",
                ),
            )
            return
        self.previous(kind, error, tb)

    def ask_reopen(self, message: str) -> bool:
        """Say the file was replaced; True when the person wants to reopen now."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Safety", "Fichier remplacé"),
            message,
        )
        box.setObjectName("database_replaced")
        reopen = box.addButton(
            QCoreApplication.translate("Safety", "Rouvrir maintenant"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        reopen.setObjectName("reopen")
        later = box.addButton(
            QCoreApplication.translate("Safety", "Plus tard"), QMessageBox.ButtonRole.RejectRole
        )
        later.setObjectName("later")
        box.exec()
        return box.clickedButton() is reopen

    def remove(self) -> None:
        """Take this guard out of the chain of hooks, wherever it is: a language switch installs
        the new window's guard before the old window goes, and a guard left in the chain would
        keep its deleted window (and answer for it)."""
        hook = sys.excepthook
        if hook is self:
            sys.excepthook = self.previous
            return
        while isinstance(hook, WriteRefusalGuard):
            if hook.previous is self:
                hook.previous = self.previous
                return
            hook = hook.previous
