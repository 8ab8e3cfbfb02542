"""Actions on one person from the Members tab: move to the trash, export her data, erase her."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.i18n import fill, format_date
from app.services.errors import ValidationError
from app.services.people import cooperative
from app.services.people.members import PersonInfo
from app.services.safety import personal_data, trash
from app.ui.areas import Area
from app.ui.safety.commands import MoveToTrash
from app.ui.safety.pin_dialog import unlock_evaluations
from app.vocab.people import in_gender


def delete_person(ctx, person: PersonInfo, parent) -> bool:
    """Confirm naming her, move her to the trash (undoable)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PersonData", "Supprimer"),
        fill(
            in_gender(
                person.gender,
                QCoreApplication.translate(
                    "PersonData",
                    "Mettre {name} à la corbeille ? Vous pourrez la restaurer pendant 30 jours "
                    "(Édition › Corbeille).",
                ),
                QCoreApplication.translate(
                    "PersonData",
                    "Mettre {name} à la corbeille ? Vous pourrez le restaurer pendant 30 jours "
                    "(Édition › Corbeille).",
                ),
            ),
            name=person.full_name,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        with ctx.db.session() as session:
            entry = trash.move_to_trash(session, "person", person.id, person.full_name)
    except ValidationError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonData", "Suppression impossible"),
            error.message,
        )
        return False
    ctx.undo_stack.push(MoveToTrash(ctx, entry, Area.PEOPLE))
    ctx.changed(Area.PEOPLE)
    return True


def _file_name(person: PersonInfo, suffix: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", person.full_name, flags=re.UNICODE).strip("-") or "personne"
    return f"donnees-{slug}.{suffix}"


def ask_save_path(parent, suggested: str, filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonData", "Enregistrer"),
        str(Path.home() / suggested),
        filter_text,
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
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonData", "Export impossible"),
            str(error.strerror),
        )
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
        personal_data_pdf(data, coop),
        QCoreApplication.translate("PersonData", "Données personnelles"),
        _file_name(person, "pdf"),
        parent,
    )


def _backups_sentence(holding) -> str:
    """What the erase dialog says about the backups that still hold her data (truthfully)."""
    from app.services.safety.backup import MAX_AGE_DAYS

    if holding:
        oldest = holding[0].taken_at
        text = fill(
            QCoreApplication.translate(
                "PersonData",
                "Ses données restent dans %n sauvegarde(s) (la plus ancienne du {oldest}), "
                "supprimée(s) automatiquement au plus tard le {until}. Vous pourrez aussi le faire "
                "tout de suite après l'effacement.",
                None,
                len(holding),
            ),
            oldest=format_date(oldest),
            until=format_date(oldest + dt.timedelta(days=MAX_AGE_DAYS + 1)),
        )
    else:
        text = QCoreApplication.translate(
            "PersonData", "Aucune sauvegarde du dossier des sauvegardes ne contient ses données."
        )
    return (
        text
        + " "
        + QCoreApplication.translate(
            "PersonData",
            "Les copies sur une clé USB qui n'est pas branchée ne peuvent pas être vérifiées : "
            "elles sont supprimées quand elles ont plus de 12 mois, "
            "à la copie suivante sur la même clé.",
        )
    )


def erase(ctx, person: PersonInfo, parent) -> bool:
    """After a confirmation naming her: name and contact removed, personal rows deleted, the
    file compacted; then the backups that still hold her data may be deleted too."""
    from app.services.safety import backup

    # A server's backups are the server's own (app/db_server.py): none in the app to list.
    holding = [] if ctx.db.is_server else backup.backups_holding(ctx.db.path, person.id)
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("PersonData", "Effacer ses données"),
        fill(
            in_gender(
                person.gender,
                QCoreApplication.translate(
                    "PersonData",
                    "Effacer définitivement les données de {name} ?\n\n"
                    "Son nom, son téléphone, ses langues, son pays et les notes seront effacés, "
                    "ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, "
                    "au nom de « Ancienne membre ». Cela ne peut pas être annulé.",
                ),
                QCoreApplication.translate(
                    "PersonData_man",
                    "Effacer définitivement les données de {name} ?\n\n"
                    "Son nom, son téléphone, ses langues, son pays et les notes seront effacés, "
                    "ses évaluations supprimées. Les ventes et l'historique de la cohorte restent, "
                    "au nom de « Ancienne membre ». Cela ne peut pas être annulé.",
                ),
            ),
            name=person.full_name,
        )
        + "\n\n"
        + _backups_sentence(holding),
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
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonData", "Effacement impossible"), error.message
        )
        return False
    ctx.db.compact()  # nothing of her is left in the file's free pages or journal
    ctx.clear_undo_history()  # earlier undo steps, in any tab, could bring the name back
    ctx.changed(Area.PEOPLE)
    if holding:
        delete_backups_holding_her(ctx, holding, parent)
    return True


def delete_backups_holding_her(ctx, holding, parent) -> None:
    """Offer to delete the backups that still hold her data; a new backup is made first, so the
    database is never left without one."""
    from app.services.safety import backup

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PersonData", "Sauvegardes"),
        QCoreApplication.translate(
            "PersonData",
            "Supprimer maintenant %n sauvegarde(s) contenant encore ses données ? Une nouvelle "
            "sauvegarde, sans ses données, est faite d'abord.",
            None,
            len(holding),
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        backup.make_backup(ctx.db.path, "manuelle")
    except backup.BackupError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonData", "Sauvegarde impossible"), str(error)
        )
        return
    backup.delete_backups(holding)
