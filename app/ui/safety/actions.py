"""The data-safety entries of the main window: USB backup, restore, log folder (File menu), the
trash (Edit menu), and the age of the last USB backup in the status bar.

`install(window)` adds them; the main window calls it once. Restoring closes the window with
`window.restore_request` set: `app/ui/app.py` then swaps the file and reopens the app on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel  # the dialogs' classes where used: not before the window

from app.config import log_dir
from app.i18n import fill, format_datetime
from app.services.safety import backup
from app.services.safety.backup import BackupError
from app.ui.style import Role, set_role


class SafetyActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.usb_action = self._action(
            self.tr("Sauvegarder sur clé USB…"), self.backup_to_usb, "Ctrl+Shift+S", "backup_usb"
        )
        self.restore_action = self._action(
            self.tr("Restaurer une sauvegarde…"), self.restore, None, "restore_backup"
        )
        self.logs_action = self._action(
            self.tr("Ouvrir le dossier des journaux"), self.open_log_folder, None, "open_logs"
        )
        self.trash_action = self._action(
            self.tr("Corbeille…"), self.open_trash, "Ctrl+Shift+T", "trash"
        )
        menu = window.file_menu
        before = window.quit_action
        for action in (self.usb_action, self.restore_action, self.logs_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.trash_action)
        if self.ctx.db.read_only:
            self.trash_action.setEnabled(False)
            self.read_only_label = QLabel(self.tr("Lecture seule : rien ne peut être modifié."))
            self.read_only_label.setObjectName("read_only")
            set_role(self.read_only_label, Role.ERROR)
            window.statusBar().addPermanentWidget(self.read_only_label)
        from app.ui.safety.read_only import WriteRefusalGuard

        self.write_refusal_guard = WriteRefusalGuard(window)
        window.destroyed.connect(self.write_refusal_guard.remove)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.update_status()  # its role before the status bar polishes it: no polishing twice
        window.statusBar().addPermanentWidget(self.status)

    def _action(self, text: str, slot, shortcut, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _now(self) -> dt.datetime:
        today = self.ctx.today()
        now = dt.datetime.now()
        return now if today == now.date() else dt.datetime.combine(today, dt.time(12, 0))

    # --- status bar ----------------------------------------------------------------------------
    def update_status(self) -> None:
        if self.ctx.db.is_server:
            from app.db_server import server_backup_message

            self.status.setText(
                fill(self.tr("Base sur le serveur {url}"), url=self.ctx.db.display_name)
            )
            self.status.setToolTip(server_backup_message())
            return
        status = backup.external_status(self.ctx.db.path, self._now())
        if status.last_at is None:
            text = self.tr("⚠ Jamais sauvegardée sur clé USB")
        elif status.warn:
            text = self.tr("⚠ Pas de sauvegarde sur clé depuis %n jour(s)", "", status.age_days)
        elif status.age_days == 0:
            text = self.tr("Sauvegardée sur clé aujourd'hui")
        else:
            text = self.tr("Sauvegardée sur clé il y a %n jour(s)", "", status.age_days)
        self.status.setText(text)
        set_role(self.status, Role.ERROR if status.warn else None)
        self.status.setToolTip(self.tr("Fichier › Sauvegarder sur clé USB… (Ctrl+Maj+S)"))

    # --- actions -------------------------------------------------------------------------------
    def ask_folder(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(
            self.window, self.tr("Choisir la clé USB ou le dossier de sauvegarde"), str(Path.home())
        )

    def told_backups_are_the_servers(self) -> bool:
        """On a server, backups are the server's job: say so (True) instead of copying files."""
        from PySide6.QtWidgets import QMessageBox

        if self.ctx.db.is_server:
            from app.db_server import server_backup_message

            QMessageBox.information(self.window, self.tr("Sauvegardes"), server_backup_message())
        return self.ctx.db.is_server

    def backup_to_usb(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.told_backups_are_the_servers():
            return
        folder = self.ask_folder()
        if not folder:
            return
        try:
            path = backup.external_backup(self.ctx.db.path, Path(folder), self._now())
        except BackupError as error:
            QMessageBox.warning(self.window, self.tr("Sauvegarde impossible"), str(error))
            return
        self.update_status()
        QMessageBox.information(
            self.window,
            self.tr("Sauvegarde faite"),
            fill(
                self.tr("La sauvegarde est enregistrée :\n{path}\nVous pouvez retirer la clé."),
                path=path,
            ),
        )

    def ask_backup_file(self) -> str:
        from app.ui.safety.restore_dialog import RestoreDialog

        chosen = RestoreDialog.ask(self.ctx.db.path, self.window)
        return str(chosen) if chosen else ""

    def restore(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.told_backups_are_the_servers():
            return
        chosen = self.ask_backup_file()
        if not chosen:
            return
        try:
            check = backup.check_backup(Path(chosen))
        except BackupError as error:
            QMessageBox.warning(self.window, self.tr("Restauration impossible"), str(error))
            return
        info = backup.parse_backup_name(check.path)
        when = format_datetime(info.taken_at) if info else "?"
        answer = QMessageBox.question(
            self.window,
            self.tr("Restaurer une sauvegarde"),
            fill(
                self.tr(
                    "Remplacer les données actuelles par la sauvegarde du {when} "
                    "({cohorts}, {people}) ?\n\n"
                    "Les données actuelles seront d'abord gardées dans le dossier des sauvegardes. "
                    "L'application va se rouvrir."
                ),
                when=when,
                cohorts=self.tr("%n cohorte(s)", "", check.counts.get("cohort", 0)),
                people=self.tr("%n personne(s)", "", check.counts.get("person", 0)),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        other = backup.is_other_database(self.ctx.db.path, check)
        if other and not self.confirm_other_database():
            return
        self.window.restore_request = check.path
        self.window.restore_other_database = other
        self.window.close()

    def confirm_other_database(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self.window,
            self.tr("Sauvegarde d'une autre base"),
            self.tr(
                "Cette sauvegarde n'a pas été faite à partir de cette base de données, mais "
                "d'une autre. Remplacer quand même toutes les données actuelles par les siennes ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def open_trash(self) -> None:
        from app.ui.safety.trash_dialog import TrashDialog

        TrashDialog(self.ctx, self.window).exec()


def install(window) -> SafetyActions:
    window.restore_request = None
    window.restore_other_database = False
    window.reopen_request = False
    return SafetyActions(window)
