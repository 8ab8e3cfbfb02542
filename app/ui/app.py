"""Start the GUI: the Qt application, one copy per database, the database (with a way out if it is
damaged or cannot be written), automatic backups at the first start of the day and at closing,
and reopening on restored data after "Restaurer une sauvegarde".
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication  # dialogs imported where used: not before the window

from app.config import ServerUrl
from app.db import (
    DamagedDatabase,
    Database,
    DatabaseError,
    MissingFolder,
    ReadOnlyFile,
    ReadOnlyLocation,
)
from app.i18n import fill, format_datetime, install_translator
from app.startup import resume_gc
from app.ui.pyside_source_check import stop_keeping_sources
from app.ui.safety.start_check import StartDuties, when_sound

log = logging.getLogger("coopactives.app")
# What can wait (the day's first backup, answering other copies) waits until the window has
# appeared and painted.
AFTER_SHOWN_MS = 300
BACKUP_POLL_MS = 100  # how often the window looks whether the day's first backup is made


def make_application(display: tuple[str | None, bool | None] = (None, None)) -> QApplication:
    """The Qt application in the saved language and mode, or in `display` = (language, large)
    for this run only (None: the saved one); the settings are not changed."""
    application = QApplication.instance() or QApplication(sys.argv[:1])
    stop_keeping_sources()  # PySide6 kept the source of every module imported after it
    application.setApplicationName("Coopér'Actives Cuisine")
    application.setOrganizationName("Le Monde des Possibles")
    set_identity(application)
    # The services' `tr`/`tr_n` go through Qt's catalogue: Qt's own function, called with the
    # services' literals (extracted where they are written), so no bridge forwards a variable.
    install_translator(QCoreApplication.translate, QCoreApplication.translate)
    from app.ui.view_menu import apply_saved_preferences

    apply_saved_preferences(application)  # language (unknown → French), large mode
    language, large = display
    if language is not None:
        from app.ui.language import apply_language

        apply_language(application, language)
    if large is not None:
        from app.ui.large_mode import apply_large_mode

        apply_large_mode(application, large)
    return application


def set_identity(application: QApplication) -> None:
    """The version, the icon of every window, and the desktop entry the window belongs to."""
    import app
    from app.desktop_entry import APP_ID
    from app.resources import RESOURCES_DIR

    application.setApplicationVersion(app.__version__)
    application.setDesktopFileName(APP_ID)
    application.setWindowIcon(QIcon(str(RESOURCES_DIR / "app-icon" / "coopactives.svg")))


def ask_for_database(current: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        None,
        QCoreApplication.translate("App", "Ouvrir ou créer une base de données"),
        str(current.parent),
        QCoreApplication.translate(
            "App", "Base Coopér'Actives (*.sqlite3 *.db);;Tous les fichiers (*)"
        ),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


def ask_about_unusable_database(error: DatabaseError, path: Path) -> tuple[str, Path | None]:
    """Say why the file cannot be used and offer the ways out: ("restore", backup path),
    ("read_only", None), ("other", chosen path) or ("quit", None). Never overwrites anything."""
    from PySide6.QtWidgets import QMessageBox

    from app.services.safety import backup

    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Base de données"), str(error)
    )
    box.setObjectName("unusable_database")
    good = backup.newest_good_backup(path) if isinstance(error, DamagedDatabase) else None
    buttons = {}
    if good is not None:
        box.setInformativeText(
            fill(
                QCoreApplication.translate(
                    "App", "La dernière sauvegarde en bon état date du {when}."
                ),
                when=format_datetime(good.taken_at),
            )
        )
        buttons["restore"] = box.addButton(
            QCoreApplication.translate("App", "Restaurer cette sauvegarde"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    if isinstance(error, (DamagedDatabase, ReadOnlyLocation, ReadOnlyFile)):
        buttons["read_only"] = box.addButton(
            QCoreApplication.translate("App", "Ouvrir en lecture seule"),
            QMessageBox.ButtonRole.ActionRole,
        )
    buttons["other"] = box.addButton(
        QCoreApplication.translate("App", "Choisir un autre fichier…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    buttons["quit"] = box.addButton(
        QCoreApplication.translate("App", "Quitter"), QMessageBox.ButtonRole.RejectRole
    )
    for name, button in buttons.items():
        button.setObjectName(name)
    box.exec()
    clicked = box.clickedButton()
    choice = next((name for name, button in buttons.items() if button is clicked), "quit")
    if choice == "restore":
        return choice, good.path
    if choice == "other":
        chosen = ask_for_database(path)
        return ("other", chosen) if chosen else ("quit", None)
    return choice, None


def take_lock(db_path: Path):
    """The database's single-instance lock, or None (the other window is woken up, and told)."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.single_instance import SingleInstance

    guard = SingleInstance(db_path)
    if guard.acquire():
        return guard
    guard.wake_up_running_copy()
    QMessageBox.information(
        None,
        QCoreApplication.translate("App", "Déjà ouverte"),
        QCoreApplication.translate(
            "App",
            "Coopér'Actives est déjà ouverte sur cette base de données. "
            "Utilisez la fenêtre déjà ouverte.",
        ),
    )
    return None


def open_server_database(url: ServerUrl):
    """(Database, a guard with nothing to lock) on a PostgreSQL server: the server serialises
    writers, so several windows may be open on it. (None, None) after saying why it can't."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.single_instance import ServerGuard

    try:
        return Database.open(url), ServerGuard()
    except DatabaseError as error:
        log.warning("cannot open the server database: %s", type(error).__name__)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Serveur indisponible"), str(error)
        )
        return None, None


def open_database_interactively(path: Path, check_later: bool = False):
    """(Database, its lock) for `path` or a file the person chose; (None, None) to quit. With
    `check_later`, the file's integrity is checked beside the start (app/db_check.py)."""
    if isinstance(path, ServerUrl):
        return open_server_database(path)
    while True:
        if not path.parent.is_dir():  # said as such, not as "already open" (no lock can be made)
            choice, chosen = ask_about_unusable_database(MissingFolder(path), path)
            if choice != "other":
                return None, None
            path = chosen
            continue
        guard = take_lock(path)
        if guard is None:
            return None, None
        try:
            return Database.open(path, check_later=check_later), guard
        except DatabaseError as error:
            log.warning("cannot open the database: %s", type(error).__name__)
            choice, chosen = ask_about_unusable_database(error, path)
        if choice == "read_only":
            return Database.open_read_only(path), guard
        guard.release()
        if choice == "restore":
            from app.services.safety import backup

            try:
                backup.restore_backup(path, chosen)
            except backup.BackupError as failure:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(
                    None, QCoreApplication.translate("App", "Restauration impossible"), str(failure)
                )
        elif choice == "other":
            path = chosen
        else:
            return None, None


def backup_at_start(database: Database, parent=None, window=lambda: None):
    """The day's first backup, made in a thread while the window answers (seconds on years of
    data), then the Corbeille's items past 30 days emptied — after the backup, which keeps them
    (when it fails, the person is told, over `window()`, the window on screen then, and the items
    stay). Its timer is a child of `parent` (the start's duties, app/ui/safety/start_check.py).
    Returns the backup under way (None for a server's or a read-only database)."""
    from PySide6.QtWidgets import QMessageBox

    from app.services.safety import backup

    if database.read_only:
        return None
    if database.is_server:  # a server's backups are the server's own
        purge_trash(database)
        return None
    job = backup.BackupBeside(database.path)
    timer = QTimer(parent)
    timer.setInterval(BACKUP_POLL_MS)

    def finished() -> None:
        if not job.done():
            return
        timer.stop()
        timer.deleteLater()
        if job.problem is None:
            purge_trash(database)
            return
        log.warning("automatic backup at start failed")  # the old items stay in the trash
        QMessageBox.warning(
            window(), QCoreApplication.translate("App", "Sauvegarde automatique"), job.problem
        )

    timer.timeout.connect(finished)
    timer.start()
    return job


class WindowOnScreen:
    """The main window on screen now: the first, then the one that replaced it at each language
    switch (its `replaced` signal). Only the window on screen is held: a replaced one is freed."""

    def __init__(self, window):
        self.window = None
        self.follow(window)

    def follow(self, window) -> None:
        self.window = window
        window.replaced.connect(self.follow)

    def now(self):
        """The window on screen, or None once Qt has deleted it."""
        from shiboken6 import isValid

        window = self.window
        return window if window is not None and isValid(window) else None


def purge_trash(database: Database) -> None:
    from app.services.safety import trash

    with database.session() as session:
        trash.purge_expired(session)


def backup_at_closing(database: Database) -> None:
    from app.services.safety import backup

    if database.read_only or database.is_server:
        return
    try:
        backup.backup_at_closing(database.path)
    except backup.BackupError:
        log.warning("automatic backup at closing failed")


def bring_forward(window) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def restore_between_windows(db_path: Path, backup_path: Path, other_database: bool = False) -> None:
    """Swap the (closed) database for the chosen backup; a failure is told, nothing changed.
    The window's lock is still held: no other copy can open the file meanwhile."""
    from PySide6.QtWidgets import QMessageBox

    from app.services.safety import backup

    try:
        backup.restore_backup(db_path, backup_path, other_database=other_database)
    except backup.BackupError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Restauration impossible"), str(error)
        )


def run_gui(
    db_path: Path,
    screenshot_dir: Path | None = None,
    today: dt.date | None = None,
    startup_probe: bool = False,
    display: tuple[str | None, bool | None] = (None, None),
) -> int:
    from app.logs import setup_logging

    application = make_application(display)
    setup_logging()
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    today_function = (lambda: today) if today else dt.date.today
    if screenshot_dir is not None:
        try:
            database = Database.open(db_path)
        except DatabaseError as error:
            print(error, file=sys.stderr)
            return 2
        window = MainWindow(AppContext(database, today=today_function))
        try:
            from app.ui.screenshot import save_screenshots

            for path in save_screenshots(window, screenshot_dir):
                print(path)
            return 0
        finally:
            window.close()
            database.close()

    database, guard = open_database_interactively(db_path, check_later=True)
    if database is None:
        return 1
    log.info("started")
    from app.services.today.first_screen import needs_first_run

    if needs_first_run(database):
        resume_gc()  # the assistant waits for the person: no reason to keep the collector off
        from app.ui.first_run.wizard import demo_database_path, run_first_run

        if run_first_run(database, today_function()) == "demo":
            database.close()
            guard.release()
            database, guard = open_database_interactively(demo_database_path())
            if database is None:
                return 1
    code = 0
    duties = None  # the start's check and first backup, whatever window is on screen
    while True:
        # Only `screen` holds the window during the run: a window a language switch replaced
        # is freed (app/ui/view_menu.py), so none of the start's callbacks may hold it.
        screen = WindowOnScreen(MainWindow(AppContext(database, today=today_function)))
        guard.activation_requested.connect(lambda on=screen: bring_forward(on.window))
        screen.window.show()
        resume_gc()  # paused by the command line during the start (app/startup.py)
        # Once the window has appeared: answer other copies, and the day's first backup (not in
        # the start-up probe, which closes the window at once: under load a timer could fire
        # while the probe waits for the first paint, and import what the window did not need).
        if not startup_probe:
            QTimer.singleShot(AFTER_SHOWN_MS, guard.listen)
        if duties is None and not startup_probe:
            duties = StartDuties(screen.now)
            when_sound(
                duties,
                database,
                AFTER_SHOWN_MS,
                lambda db: backup_at_start(db, duties, duties.window),
            )
            from app.desktop_entry import register_in_menu  # the unpacked Linux app: in the menu

            QTimer.singleShot(AFTER_SHOWN_MS, register_in_menu)
        if startup_probe:  # bench/startup.py: the window is shown with its data
            application.processEvents()
            print(f"shown {time.time():.6f}", flush=True)
            screen.window.close()
            database.close()
            guard.release()
            return 0
        code = application.exec()
        if duties is not None:
            duties.end()  # before the database closes: nothing of the start runs on it later
        window = screen.window  # the language may have been switched
        request = window.restore_request
        reopen = window.reopen_request  # the file was replaced under the window
        other_database = window.restore_other_database
        window.close()
        window.deleteLater()
        del window, screen  # not kept through the next window's run
        if request is None and not reopen:
            backup_at_closing(database)
        database.close()
        if request is None and not reopen:
            break
        if request is not None:
            restore_between_windows(database.path, request, other_database)
        guard.release()
        database, guard = open_database_interactively(database.path)  # checked first
        if database is None:
            return 1
    guard.release()
    log.info("closed")
    return code
