"""Data safety in the window, driven as a person would: trash, personal data, USB backup, restore,
and the start-up choices for a damaged or read-only database or a second copy of the app."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sqlite3
import sys

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import text

from app.db import Database
from app.services.people import cohorts, members
from app.services.safety import backup
from app.ui import app as gui_app
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from app.ui.safety import person_data
from app.ui.safety.actions import SafetyActions
from app.ui.safety.trash_dialog import TrashDialog
from tests.ui.helpers import when_dialog_opens

TODAY = dt.date(2022, 10, 3)


@pytest.fixture
def window(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session,
            cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
        )
        for first, last in (("Amina", "Diallo"), ("Olga", "Petrova")):
            members.create_person(
                session, members.PersonInput(first, last, phone="+32 470 11 22 33"), cohort.id
            )
    main = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(main)
    main.show()
    main.open_tab("members")
    yield main
    main.close()
    database.close()


def names(window) -> list[str]:
    model = window.page("members").table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select(window, first_name: str) -> None:
    tab = window.page("members")
    tab.table.selectRow(names(window).index(first_name))


def answer(monkeypatch, method: str, reply=QMessageBox.StandardButton.Yes) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, method, lambda *args, **kw: asked.append(args[2]) or reply)
    return asked


def test_delete_asks_naming_her_then_trash_restores_her(qtbot, window, monkeypatch):
    select(window, "Amina")
    asked = answer(monkeypatch, "question")
    qtbot.mouseClick(window.page("members").delete_button, Qt.MouseButton.LeftButton)
    assert "Amina Diallo" in asked[0] and "corbeille" in asked[0]
    assert names(window) == ["Olga"]

    seen = {}

    def restore(dialog: TrashDialog):
        seen["rows"] = [dialog.model.index(0, c).data() for c in range(2)]
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen["empty"] = dialog.empty.isVisibleTo(dialog)
        dialog.accept()

    errors = when_dialog_opens(restore, "trash_dialog")
    window.safety.trash_action.trigger()
    assert not errors
    assert seen == {"rows": ["Amina Diallo", "Personne"], "empty": True}
    assert names(window) == ["Amina", "Olga"]


def test_delete_is_undoable_and_can_be_refused(qtbot, window, monkeypatch):
    select(window, "Olga")
    answer(monkeypatch, "question", QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.page("members").delete_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["Amina", "Olga"]  # "No": nothing deleted
    answer(monkeypatch, "question")
    qtbot.mouseClick(window.page("members").delete_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["Amina"]
    window.undo_action.trigger()
    assert names(window) == ["Amina", "Olga"]
    window.redo_action.trigger()
    assert names(window) == ["Amina"]


def test_delete_forever_from_the_trash(qtbot, window, monkeypatch):
    select(window, "Olga")
    answer(monkeypatch, "question")
    window.page("members").delete_selected()
    asked = []

    def purge(dialog: TrashDialog):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        asked.append(dialog.model.rowCount())
        dialog.accept()

    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    when_dialog_opens(purge, "trash_dialog")
    window.safety.trash_action.trigger()
    assert "Olga Petrova" in asked[0] and asked[1] == 0


def test_export_json_and_pdf_of_one_person(qtbot, window, monkeypatch, tmp_path):
    select(window, "Amina")
    target = tmp_path / "amina.json"
    monkeypatch.setattr(person_data, "ask_save_path", lambda *args: str(target))
    window.page("members").export_json_action.trigger()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["person"]["last_name"] == "Diallo"
    assert document["linked"]["membership"][0]["cohort_id"] == "Coopérative 2"

    shown = {}
    monkeypatch.setattr(
        PdfPreviewDialog,
        "exec",
        lambda self: shown.update(pdf=self.pdf_bytes, name=self.suggested_name),
    )
    window.page("members").export_pdf_action.trigger()
    with pdfplumber.open(io.BytesIO(shown["pdf"])) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Données personnelles : Amina Diallo" in text and "+32 470 11 22 33" in text
    assert shown["name"] == "donnees-Amina-Diallo.pdf"


def test_erase_after_confirmation(qtbot, window, monkeypatch):
    select(window, "Amina")
    asked = answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    window.page("members").erase_action.trigger()
    assert "Amina Diallo" in asked[0]
    assert names(window) == ["Amina", "Olga"]
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Yes)
    window.page("members").erase_action.trigger()
    window.page("members").show_inactive.setChecked(True)
    assert names(window) == ["Ancienne membre", "Olga"]
    # earlier steps could bring her name back: every tab's history is emptied
    window.open_tab("today")
    assert window.page("members").ctx.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_usb_backup_updates_the_status_bar(qtbot, window, monkeypatch, tmp_path):
    status = window.safety.status
    assert status.text() == "⚠ Jamais sauvegardée sur clé USB"
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(SafetyActions, "ask_folder", lambda self: str(stick))
    told = answer(monkeypatch, "information", QMessageBox.StandardButton.Ok)
    window.safety.usb_action.trigger()
    copies = list(stick.glob("*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in told[0]
    assert status.text() == "Sauvegardée sur clé aujourd'hui"
    window.ctx.today = lambda: TODAY + dt.timedelta(days=9)
    window.safety.update_status()
    assert status.text() == "⚠ Pas de sauvegarde sur clé depuis 9 jours"


def test_usb_backup_to_a_full_stick_says_so(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setattr(SafetyActions, "ask_folder", lambda self: str(tmp_path))

    def full(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "backup_file", full)
    told = answer(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    window.safety.usb_action.trigger()
    assert "plein" in told[0]
    assert window.safety.status.text() == "⚠ Jamais sauvegardée sur clé USB"


def test_restore_asks_then_closes_for_reopening(qtbot, window, monkeypatch, tmp_path):
    saved = backup.make_backup(window.ctx.db.path, "manuelle")
    monkeypatch.setattr(SafetyActions, "ask_backup_file", lambda self: str(saved.path))
    asked = answer(monkeypatch, "question")
    window.safety.restore_action.trigger()
    assert "(1 cohorte, 2 personnes) ?" in asked[0]
    assert window.restore_request == saved.path
    assert not window.isVisible()


def test_restore_of_another_databases_backup_asks_again(qtbot, window, monkeypatch, tmp_path):
    other = tmp_path / "other.sqlite3"
    Database.open(other).close()
    theirs = backup.make_backup(other, "manuelle").path
    monkeypatch.setattr(SafetyActions, "ask_backup_file", lambda self: str(theirs))
    answer(monkeypatch, "question")
    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.No)
    window.safety.restore_action.trigger()
    assert "une autre" in warned[0] and window.restore_request is None
    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.Yes)
    window.safety.restore_action.trigger()
    assert window.restore_request == theirs and window.restore_other_database


def test_restore_refuses_a_file_that_is_not_a_backup(qtbot, window, monkeypatch, tmp_path):
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\x89PNG not a database")
    monkeypatch.setattr(SafetyActions, "ask_backup_file", lambda self: str(junk))
    told = answer(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    window.safety.restore_action.trigger()
    assert "n'est pas une sauvegarde" in told[0]
    assert window.restore_request is None and window.isVisible()


def test_log_folder_opens(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.safety.logs_action.trigger()
    assert opened == [os.environ["COOPACTIVES_LOG_DIR"]]


# --- start-up ----------------------------------------------------------------------------------
def damage(path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, min(len(data), 40960)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def click(name: str):
    return lambda dialog: dialog.findChild(QPushButton, name).click()


def count_people(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        connection.close()


def test_damaged_database_offers_the_newest_good_backup(qtbot, demo_db_path):
    backup.make_backup(demo_db_path, "fermeture", dt.datetime(2022, 10, 2, 18))
    expected = count_people(demo_db_path)
    damage(demo_db_path)
    errors = when_dialog_opens(click("restore"), "unusable_database")
    database, guard = gui_app.open_database_interactively(demo_db_path)
    try:
        assert not errors
        assert not database.read_only
        assert count_people(demo_db_path) == expected
        assert [b.reason for b in backup.list_backups(demo_db_path)][:1] == ["endommagee"]
    finally:
        database.close()
        guard.release()


def test_damaged_database_can_be_opened_read_only(qtbot, demo_db_path, monkeypatch):
    damage(demo_db_path)
    before = demo_db_path.read_bytes()
    errors = when_dialog_opens(click("read_only"), "unusable_database")
    database, guard = gui_app.open_database_interactively(demo_db_path)
    try:
        assert not errors and database.read_only
        main = MainWindow(AppContext(database, today=lambda: TODAY))
        qtbot.addWidget(main)
        assert main.safety.read_only_label.text().startswith("Lecture seule")
        # A change the database refuses is explained, not logged as a crash.
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda *args, **kw: told.append(args[2]))
        try:
            with database.session() as session:
                session.execute(text("UPDATE person SET notes = 'x'"))
        except Exception as error:  # noqa: BLE001 (the refusal, whatever SQLAlchemy wraps it in)
            refusal = error
        sys.excepthook(type(refusal), refusal, refusal.__traceback__)
        assert "lecture seule" in told[0]
        main.safety.write_refusal_guard.remove()
        main.close()
    finally:
        database.close()
        guard.release()
    assert demo_db_path.read_bytes() == before


def test_read_only_folder_offers_read_only(qtbot, demo_db_path, monkeypatch):
    import app.db as db_module

    monkeypatch.setattr(db_module, "folder_problem", lambda folder: "Read-only file system")
    before = demo_db_path.read_bytes()
    seen = {}

    def look(dialog):
        seen["text"] = dialog.text()
        seen["restore"] = dialog.findChild(QPushButton, "restore")
        dialog.findChild(QPushButton, "quit").click()

    when_dialog_opens(look, "unusable_database")
    database, guard = gui_app.open_database_interactively(demo_db_path)
    assert database is None and guard is None
    assert "Impossible d'écrire dans le dossier" in seen["text"] and seen["restore"] is None
    assert demo_db_path.read_bytes() == before


def test_second_copy_is_refused(qtbot, db_path, monkeypatch):
    first = gui_app.take_lock(db_path)
    first.listen()  # as run_gui does once the window is shown
    told = answer(monkeypatch, "information", QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert gui_app.take_lock(db_path) is None
    assert "déjà ouverte" in told[0]
    first.release()


def test_restore_between_windows_swaps_the_file(qtbot, demo_db_path, monkeypatch):
    saved = backup.make_backup(demo_db_path, "manuelle")
    expected = count_people(demo_db_path)
    connection = sqlite3.connect(demo_db_path)
    connection.execute("DELETE FROM membership")
    connection.execute("DELETE FROM person")
    connection.commit()
    connection.close()
    gui_app.restore_between_windows(demo_db_path, saved.path)
    assert count_people(demo_db_path) == expected
    told = answer(monkeypatch, "critical", QMessageBox.StandardButton.Ok)
    before = demo_db_path.read_bytes()
    gui_app.restore_between_windows(demo_db_path, demo_db_path.with_name("absent.sqlite3"))
    assert "n'existe pas" in told[0] and demo_db_path.read_bytes() == before


def test_first_start_of_the_day_makes_a_backup(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    try:
        first = gui_app.backup_at_start(database)
        second = gui_app.backup_at_start(database)  # the same day: none more
        gui_app.backup_at_closing(database)  # waits for a backup under way
        assert first.wait(30) and second.wait(30)
        qtbot.wait(3 * gui_app.BACKUP_POLL_MS)  # their timers see them done (the trash emptied)
    finally:
        database.close()
    assert sorted(b.reason for b in backup.list_backups(demo_db_path)) == ["demarrage", "fermeture"]


def test_the_window_answers_while_the_first_backup_is_made_then_the_trash_is_emptied(
    qtbot, demo_db_path, monkeypatch
):
    """The copy and its checks take seconds on years of data: they run in a thread; the trash is
    emptied of old items once the backup (which keeps them) is made."""
    import threading

    from app.services.safety import trash

    release, copying = threading.Event(), threading.Event()
    real_copy = backup.backup_file

    def slow_copy(source, destination):
        copying.set()
        release.wait(30)
        return real_copy(source, destination)

    monkeypatch.setattr(backup, "backup_file", slow_copy)
    purged = []

    def purge(session):
        if session.get_bind().url.database == str(demo_db_path):  # not an earlier test's file
            purged.append(len(backup.list_backups(demo_db_path)))

    monkeypatch.setattr(trash, "purge_expired", purge)
    database = Database.open(demo_db_path)
    try:
        job = gui_app.backup_at_start(database)
        assert copying.wait(30)
        ticks = []
        qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3)  # the event loop turns
        assert not job.done() and purged == []
        release.set()
        qtbot.waitUntil(lambda: purged != [], timeout=30_000)
    finally:
        release.set()
        database.close()
    assert purged == [1]  # emptied after the backup was there
    assert [b.reason for b in backup.list_backups(demo_db_path)] == ["demarrage"]


def test_a_first_backup_that_fails_is_said_and_the_trash_kept(qtbot, demo_db_path, monkeypatch):
    from app.services.safety import trash

    def refuse(*_args):
        raise backup.BackupError("La clé est pleine.")

    monkeypatch.setattr(backup, "copy_checked", refuse)
    purged = []

    def purge(session):
        if session.get_bind().url.database == str(demo_db_path):  # not an earlier test's file
            purged.append(True)

    monkeypatch.setattr(trash, "purge_expired", purge)
    told = answer(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    database = Database.open(demo_db_path)
    try:
        gui_app.backup_at_start(database)
        qtbot.waitUntil(lambda: told != [], timeout=30_000)
    finally:
        database.close()
    assert told == ["La clé est pleine."] and purged == []
    assert backup.list_backups(demo_db_path) == []


def test_run_gui_reopens_on_restored_data_and_backs_up(qtbot, demo_db_path, monkeypatch):
    """The whole life of the app: start (daily backup), restore, reopen, close (backup)."""
    from PySide6.QtWidgets import QApplication

    # A recent backup: one older than 12 months would be rotated away by the day's first backup.
    saved = backup.make_backup(demo_db_path, "manuelle", dt.datetime.now() - dt.timedelta(days=2))
    expected = count_people(demo_db_path)
    connection = sqlite3.connect(demo_db_path)
    connection.execute("DELETE FROM membership")
    connection.execute("DELETE FROM person")
    connection.commit()
    connection.close()
    seen = []

    def fake_exec():
        if not seen:  # the event loop runs the day's first backup, queued once the window shows
            qtbot.waitUntil(
                lambda: "demarrage" in [b.reason for b in backup.list_backups(demo_db_path)],
                timeout=30_000,
            )
        else:
            qtbot.wait(gui_app.AFTER_SHOWN_MS + 200)
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        with window.ctx.db.session() as session:
            seen.append(len(members.list_people(session, include_inactive=True)))
        if len(seen) == 1:
            window.restore_request = saved.path
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run_gui(demo_db_path, today=TODAY) == 0
    assert seen == [0, expected]
    reasons = [b.reason for b in backup.list_backups(demo_db_path)]
    assert sorted(reasons) == ["avant-restauration", "demarrage", "fermeture", "manuelle"]
    from app.ui.single_instance import database_in_use

    assert not database_in_use(demo_db_path)


def test_restore_dialog_lists_backups_by_date(qtbot, db_path, monkeypatch, tmp_path):
    from app.ui.safety.restore_dialog import RestoreDialog

    older = backup.make_backup(db_path, "fermeture", dt.datetime(2022, 10, 1, 18, 5))
    newer = backup.make_backup(db_path, "demarrage", dt.datetime(2022, 10, 3, 8, 30))
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == ["03/10/2022 08:30 — au démarrage", "01/10/2022 18:05 — à la fermeture"]
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == older.path and dialog.result() == 1
    other = RestoreDialog(db_path)
    qtbot.addWidget(other)
    monkeypatch.setattr(RestoreDialog, "ask_other_file", lambda self: str(tmp_path / "usb.sqlite3"))
    other.findChild(QPushButton, "other_file").click()
    assert other.chosen == tmp_path / "usb.sqlite3"
    assert newer.path.exists()


def test_restore_dialog_without_backups(qtbot, db_path):
    from app.ui.safety.restore_dialog import RestoreDialog

    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.empty.isVisibleTo(dialog)


def test_a_replaced_file_is_told_and_the_app_offers_to_reopen(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    saved = backup.make_backup(demo_db_path, "manuelle")
    main = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(main)
    main.show()
    try:
        backup.restore_backup(demo_db_path, saved.path)  # by a process that ignored the lock
        seen = {}

        def reopen(dialog):
            seen["text"] = dialog.text()
            dialog.findChild(QPushButton, "reopen").click()

        errors = when_dialog_opens(reopen, "database_replaced")
        try:
            with database.session() as session:
                session.execute(text("UPDATE person SET notes = 'perdu'"))
        except Exception as error:  # noqa: BLE001 (what the window's action would raise)
            refusal = error
        sys.excepthook(type(refusal), refusal, refusal.__traceback__)
        assert not errors and "remplacé" in seen["text"]
        assert main.reopen_request and not main.isVisible()
    finally:
        main.safety.write_refusal_guard.remove()
        database.close()


def test_evaluations_in_her_data_ask_for_the_pin(qtbot, demo_db, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from app.demo.evaluations import DEMO_PIN
    from app.services.evaluations import pin

    with demo_db.session() as session:
        person_id = session.execute(text("SELECT member_id FROM eval_rating LIMIT 1")).scalar()
        person = members.get_person(session, person_id)
    ctx = AppContext(demo_db, today=lambda: TODAY)
    target = tmp_path / "export.json"
    monkeypatch.setattr(person_data, "ask_save_path", lambda *args: str(target))
    seen = {}

    def type_pin(dialog, typed):
        edit = dialog.findChild(QLineEdit, "pin")
        edit.clear()
        qtbot.keyClicks(edit, typed)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    def wrong_then_right(dialog):
        type_pin(dialog, "9999")
        seen["error"] = dialog.errors.message_for("pin")
        with demo_db.session() as session:
            seen["failures"] = pin.get_setting(session, pin.FAILURES_KEY)["count"]
        type_pin(dialog, DEMO_PIN)

    when_dialog_opens(lambda dialog: dialog.reject(), "evaluation_pin_dialog")
    assert person_data.export_json(ctx, person, None) is None and not target.exists()
    errors = when_dialog_opens(wrong_then_right, "evaluation_pin_dialog")
    assert person_data.export_json(ctx, person, None) == target
    assert not errors and seen["failures"] == 1  # the wrong try was counted
    assert "faux" in seen["error"]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert "eval_rating" in document["linked"]


def test_erase_says_which_backups_hold_her_data_and_can_delete_them(qtbot, window, monkeypatch):
    old = backup.make_backup(window.ctx.db.path, "fermeture", dt.datetime(2022, 10, 1, 18))
    select(window, "Amina")
    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.Yes)
    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    window.page("members").erase_action.trigger()
    assert "Ses données restent dans 1 sauvegarde (la plus" in warned[0]
    assert "01/10/2022" in warned[0] and "clé USB" in warned[0]
    assert "Supprimer maintenant 1 sauvegarde contenant" in asked[0]
    left = backup.list_backups(window.ctx.db.path)
    assert not old.path.exists() and [b.reason for b in left] == ["manuelle"]
    assert b"Diallo" not in left[0].path.read_bytes()


def test_a_long_trash_is_read_a_page_at_a_time(qtbot, db_path, monkeypatch):
    """The first page shows at once; the view asks for the next ones as it scrolls."""
    import datetime as dt

    from app.db import Database
    from app.services.people import cohorts
    from app.services.safety import trash
    from app.ui.context import AppContext
    from app.ui.safety import trash_dialog

    database = Database.open(db_path)
    with database.session() as session:
        for number in range(5):
            cohort = cohorts.create_cohort(
                session,
                cohorts.CohortInput(f"C{number}", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
            )
            trash.move_to_trash(session, "cohort", cohort.id, f"C{number}")
    monkeypatch.setattr(trash_dialog, "PAGE", 2)
    dialog = TrashDialog(AppContext(database))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.canFetchMore()
    dialog.model.fetchMore()
    dialog.model.fetchMore()
    assert dialog.model.rowCount() == 5
    assert not dialog.model.canFetchMore()
    assert sorted(e.label for e in dialog.model.rows()) == ["C0", "C1", "C2", "C3", "C4"]
    database.close()


def test_erasing_a_man_s_data_asks_in_his_gender(qtbot, qapp, window, monkeypatch):
    from app.ui.language import apply_language

    ctx = window.page("members").ctx
    with ctx.db.session() as session:
        (cohort,) = cohorts.list_cohorts(session)
        karim = members.create_person(
            session, members.PersonInput("Karim", "Haddad", gender="man"), cohort.id
        )
    asked = answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    assert not person_data.erase(ctx, karim, window)
    apply_language(qapp, "ar")
    try:
        assert not person_data.erase(ctx, karim, window)
    finally:
        apply_language(qapp, "fr")
    assert asked[0].startswith("Effacer définitivement les données de Karim Haddad ?")
    assert "سيُمسح اسمه وهاتفه" in asked[1] and "اسمها" not in asked[1]
