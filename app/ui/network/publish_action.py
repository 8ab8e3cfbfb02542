"""Fichier › Publier vers le serveur…: asks the server's address (remembered), copies this
laptop's cohorts with a progress bar, says what was copied or why it could not be; the status bar
shows when the cohorts were last published."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel  # the dialogs' classes where used: not before the window
from sqlalchemy import text

from app.i18n import fill, format_datetime
from app.services.today.first_screen import reading

SERVER_SETTING = "network.server_url"


class PublishAction(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.action = QAction(self.tr("Publier vers le serveur…"), window)
        self.action.setObjectName("publish_to_server")
        self.action.triggered.connect(self.publish)
        self.action.setEnabled(not self.ctx.db.read_only and not self.ctx.db.is_server)
        window.file_menu.insertAction(window.quit_action, self.action)
        self.status = QLabel()
        self.status.setObjectName("publication_status")
        window.statusBar().addPermanentWidget(self.status)
        self.update_status()

    def update_status(self) -> None:
        """On a laptop: when its cohorts were last published. On the organisation's server: how
        many cohorts the laptops have published there, and the latest publication."""
        with reading(self.ctx.db) as connection:  # plain SQL: the window opens without the ORM
            count, when = connection.execute(
                text("SELECT count(*), max(published_at) FROM publication")
            ).one()
        if isinstance(when, str):  # SQLite gives the stored text
            when = dt.datetime.fromisoformat(when)
        if not when:
            self.status.setText("")
        elif self.ctx.db.is_server:
            self.status.setText(
                fill(
                    self.tr("%n cohorte(s) publiée(s) ici, la dernière le {when}", "", count),
                    when=format_datetime(when),
                )
            )
        else:
            self.status.setText(
                fill(self.tr("Publiée sur le serveur le {when}"), when=format_datetime(when))
            )

    def ask_url(self) -> str:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from app.services.settings import get_setting

        with self.ctx.db.session() as session:
            remembered = get_setting(session, SERVER_SETTING) or "postgresql://"
        url, accepted = QInputDialog.getText(
            self.window,
            self.tr("Publier vers le serveur"),
            self.tr(
                "Adresse du serveur de l'organisation (postgresql://utilisateur@serveur/base) :"
            ),
            QLineEdit.EchoMode.Normal,
            remembered,
        )
        return url.strip() if accepted else ""

    def publish(self) -> None:
        from PySide6.QtWidgets import QMessageBox, QProgressDialog

        from app.db_server import shown_url
        from app.services.network import publish as network
        from app.services.settings import set_setting

        url = self.ask_url()
        if not url:
            return
        progress = QProgressDialog(self.tr("Publication des cohortes…"), "", 0, 100, self.window)
        progress.setWindowTitle(self.tr("Publier vers le serveur"))
        progress.setCancelButton(None)  # a publication is one transaction: it completes or not
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def advance(step: int, steps: int, _table: str) -> None:
            progress.setValue(int(100 * step / max(steps, 1)))
            QCoreApplication.processEvents()

        try:
            copied = network.publish(self.ctx.db, url, progress=advance)
        except network.NetworkError as error:
            progress.close()
            QMessageBox.warning(self.window, self.tr("Publication impossible"), str(error))
            return
        progress.close()
        with self.ctx.db.session() as session:
            set_setting(session, SERVER_SETTING, shown_url(url))  # never the password
        self.update_status()
        lines = [
            fill(
                self.tr(
                    "« {name} » : {inserted} ajoutées, {updated} modifiées, {deleted} supprimées"
                ),
                name=c.name,
                inserted=c.inserted,
                updated=c.updated,
                deleted=c.deleted,
            )
            for c in copied
        ]
        QMessageBox.information(
            self.window,
            self.tr("Publication faite"),
            self.tr("Les cohortes sont sur le serveur.") + "\n\n" + "\n".join(lines),
        )


def install(window) -> PublishAction:
    return PublishAction(window)
