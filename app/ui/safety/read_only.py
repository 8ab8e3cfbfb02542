"""Read-only mode: a change the database refuses ("attempt to write a readonly database") is
explained in a plain message instead of surfacing as a crash in the log. Installed by the safety
actions when the database was opened read-only; removed when the window goes."""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def is_read_only_refusal(error: BaseException | None) -> bool:
    """SQLite refused to write (directly, or wrapped by SQLAlchemy)."""
    seen = 0
    while error is not None and seen < 10:
        inner = getattr(error, "orig", None) or error
        if isinstance(inner, sqlite3.OperationalError) and "readonly" in str(inner):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


class ReadOnlyGuard:
    """A `sys.excepthook` that tells the person instead of logging the refusal as a crash."""

    def __init__(self, parent):
        self.parent = parent
        self.previous = sys.excepthook
        sys.excepthook = self

    def __call__(self, kind, error, tb) -> None:
        if is_read_only_refusal(error):
            QMessageBox.information(
                self.parent,
                QCoreApplication.translate("Safety", "Lecture seule"),
                QCoreApplication.translate(
                    "Safety",
                    "La base est ouverte en lecture seule : ce changement n'est pas enregistré. "
                    "Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde) pour modifier.",
                ),
            )
            return
        self.previous(kind, error, tb)

    def remove(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
