"""Actions on one person from the Members tab: move to the trash, export her data, erase her."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.errors import ValidationError
from app.services.people import cooperative
from app.services.people.members import PersonInfo
from app.services.safety import personal_data, trash
from app.ui.safety.commands import MoveToTrash
from app.ui.safety.pin_dialog import unlock_evaluations


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonData", text)


def delete_person(ctx, person: PersonInfo, parent) -> bool:
    """Confirm naming her, move her to the trash (undoable)."""
    answer = QMessageBox.question(
        parent,
        _t("Supprimer"),
        _t(
            "Mettre {name} à la corbeille ? Vous pourrez la restaurer pendant 30 jours "
            "(Édition › Corbeille)."
        ).format(name=person.full_name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        with ctx.db.session() as session:
            entry = trash.move_to_trash(session, "person", person.id, person.full_name)
    except ValidationError as error:
        QMessageBox.warning(parent, _t("Suppression impossible"), error.message)
        return False
    ctx.undo_stack.push(MoveToTrash(ctx, entry, "people"))
    ctx.changed("people")
    return True


def _file_name(person: PersonInfo, suffix: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", person.full_name, flags=re.UNICODE).strip("-") or "personne"
    return f"donnees-{slug}.{suffix}"


def ask_save_path(parent, suggested: str, filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, _t("Enregistrer"), str(Path.home() / suggested), filter_text
    )
    return path


def export_json(ctx, person: PersonInfo, parent) -> Path | None:
    if not unlock_evaluations(ctx, person.id, parent):
        return None
    path = ask_save_path(parent, _file_name(person, "json"), "JSON (*.json)")
    if not path:
        return None
    with ctx.db.session() as session:
        text = personal_data.export_json(
            personal_data.collect_person_data(session, person.id, evaluations_unlocked=True)
        )
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        QMessageBox.warning(parent, _t("Export impossible"), str(error.strerror))
        return None
    return Path(path)


def preview_pdf(ctx, person: PersonInfo, parent) -> None:
    from app.printing.personal_data import personal_data_pdf
    from app.ui.pdf_preview import preview_pdf as show

    if not unlock_evaluations(ctx, person.id, parent):
        return
    with ctx.db.session() as session:
        data = personal_data.collect_person_data(session, person.id, evaluations_unlocked=True)
        coop = cooperative.get_cooperative(session)
    show(
        personal_data_pdf(data, coop), _t("Données personnelles"), _file_name(person, "pdf"), parent
    )


def erase(ctx, person: PersonInfo, parent) -> bool:
    """After a confirmation naming her: name and contact removed, personal rows deleted."""
    answer = QMessageBox.warning(
        parent,
        _t("Effacer ses données"),
        _t(
            "Effacer définitivement les données de {name} ?\n\n"
            "Son nom, son téléphone, ses langues, son pays et les notes seront effacés, ses "
            "évaluations supprimées. Les ventes et l'historique de la cohorte restent, au nom de "
            "« Ancienne membre ». Cela ne peut pas être annulé. Les anciennes sauvegardes gardent "
            "ses données jusqu'à leur suppression automatique (12 mois au plus)."
        ).format(name=person.full_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if not unlock_evaluations(ctx, person.id, parent):
        return False
    try:
        with ctx.db.session() as session:
            personal_data.erase_person(session, person.id, evaluations_unlocked=True)
    except ValidationError as error:
        QMessageBox.warning(parent, _t("Effacement impossible"), error.message)
        return False
    ctx.undo_stack.clear()  # earlier undo steps could bring the name back
    ctx.changed("people")
    return True
