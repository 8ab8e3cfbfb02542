"""Start the GUI: the Qt application, the database (with a way out if it is unusable), the window."""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.db import Database, DatabaseError
from app.i18n import install_translator


def make_application() -> QApplication:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setApplicationName("Coopér'Actives Cuisine")
    application.setOrganizationName("Le Monde des Possibles")
    install_translator(lambda context, text: QCoreApplication.translate(context, text))
    return application


def ask_for_database(message: str, current: Path) -> Path | None:
    """Tell why the file cannot be used; offer to choose another one (never overwrites it)."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Base de données"), message)
    choose = box.addButton(
        QCoreApplication.translate("App", "Choisir un autre fichier…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "Quitter"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    path, _ = QFileDialog.getSaveFileName(
        None,
        QCoreApplication.translate("App", "Ouvrir ou créer une base de données"),
        str(current.parent),
        QCoreApplication.translate("App", "Base Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


def open_database_interactively(path: Path) -> Database | None:
    while True:
        try:
            return Database.open(path)
        except DatabaseError as error:
            chosen = ask_for_database(str(error), path)
            if chosen is None:
                return None
            path = chosen


def run_gui(
    db_path: Path,
    screenshot_dir: Path | None = None,
    today: dt.date | None = None,
    startup_probe: bool = False,
) -> int:
    application = make_application()
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    if screenshot_dir is not None:
        try:
            database = Database.open(db_path)
        except DatabaseError as error:
            print(error, file=sys.stderr)
            return 2
    else:
        database = open_database_interactively(db_path)
        if database is None:
            return 1
    ctx = AppContext(database, today=(lambda: today) if today else dt.date.today)
    window = MainWindow(ctx)
    try:
        if screenshot_dir is not None:
            from app.ui.screenshot import save_screenshots

            for path in save_screenshots(window, screenshot_dir):
                print(path)
            return 0
        window.show()
        if startup_probe:
            application.processEvents()
            print(f"shown {time.time():.6f}", flush=True)
            return 0
        return application.exec()
    finally:
        window.close()
        database.close()
