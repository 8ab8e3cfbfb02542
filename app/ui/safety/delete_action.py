"""One "delete" action for every tab: confirm naming the item, move it to the Corbeille through
the area's service, push the undo command, tell the area. A refusal is shown as a message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.i18n import fill
from app.services.errors import ValidationError
from app.services.safety.trash import TrashEntry
from app.ui.safety.commands import MoveToTrash


def confirm_and_trash(
    ctx, parent, label: str, move: Callable[[object], TrashEntry], area: str
) -> TrashEntry | None:
    """`move(session)` moves the item to the trash; returns its entry, or None (no, or refused)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Trash", "Supprimer"),
        fill(
            QCoreApplication.translate(
                "Trash",
                "Mettre « {label} » à la corbeille ? Vous pourrez la restaurer pendant 30 jours "
                "(Édition › Corbeille).",
            ),
            label=label,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        with ctx.db.session() as session:
            entry = move(session)
    except ValidationError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Trash", "Suppression impossible"), error.message
        )
        return None
    ctx.undo_stack.push(MoveToTrash(ctx, entry, area))
    ctx.changed(area)
    return entry
