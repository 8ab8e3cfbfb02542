"""The integrity check beside the start, in the window (app/ui/safety/start_check.py): the window
is shown before it; a sound file gets the day's first backup after it; a damaged file closes the
window and the app offers what to do, as when the damage is found before the window. Both belong
to the start, not to the first window: a language switch at once does not drop them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import delete

from app.db import DamagedDatabase
from app.services.safety import backup
from app.ui import app as gui_app
from app.ui import language
from app.ui.main_window import MainWindow
from app.ui.safety.start_check import StartDuties
from app.ui.view_menu import switch_language
from tests.db.test_integrity_beside_start import damage_the_end

TODAY = dt.date(2022, 10, 3)


def shown_window() -> MainWindow:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )


@pytest.fixture
def french_afterwards(qapp):
    yield qapp
    language.apply_language(qapp, "fr")


def quit_when_asked(monkeypatch) -> list:
    """The errors the start asks the person about, each answered "quit"."""
    asked = []

    def ask(error, path):
        asked.append(error)
        return "quit", None

    monkeypatch.setattr(gui_app, "ask_about_unusable_database", ask)
    return asked


def test_a_sound_file_is_shown_then_checked_then_backed_up(qtbot, demo_db_path, monkeypatch):
    seen = []

    def fake_exec():
        window = shown_window()
        seen.append(window.ctx.db.integrity is not None)  # shown before the check answered
        seen.append(window.ctx.db.integrity.started)  # and started once it has painted
        qtbot.waitUntil(lambda: bool(backup.list_backups(demo_db_path)), timeout=10000)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run_gui(demo_db_path, today=TODAY) == 0
    assert seen == [True, False]
    assert sorted(b.reason for b in backup.list_backups(demo_db_path)) == [
        "demarrage",
        "fermeture",
    ]


def test_a_damaged_file_closes_the_window_and_offers_the_backups(qtbot, demo_db_path, monkeypatch):
    backup.make_backup(demo_db_path, "manuelle", dt.datetime.now() - dt.timedelta(days=2))
    damage_the_end(demo_db_path)
    asked = quit_when_asked(monkeypatch)
    closed_by_the_check = []

    def fake_exec():
        window = shown_window()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        closed_by_the_check.append(window.reopen_request)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run_gui(demo_db_path, today=TODAY) == 1
    assert closed_by_the_check == [True]
    assert len(asked) == 1 and isinstance(asked[0], DamagedDatabase)
    # Neither the day's first backup nor the closing one copied the damaged file.
    assert [b.reason for b in backup.list_backups(demo_db_path)] == ["manuelle"]


def test_a_window_replaced_at_once_keeps_the_check_and_the_days_first_backup(
    qtbot, demo_db_path, monkeypatch, french_afterwards
):
    """The language switched as soon as the window appears (before the check's 100 ms), and
    the replaced window deleted: the check still starts and the day's first backup is made."""
    seen = []

    def fake_exec():
        first = shown_window()
        new = switch_language(first, "en")
        delete(first)  # nothing of the start may hang on the replaced window
        qtbot.waitUntil(lambda: bool(backup.list_backups(demo_db_path)), timeout=10000)
        seen.append(new.ctx.db.integrity.started)
        seen.append([b.reason for b in backup.list_backups(demo_db_path)])
        new.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run_gui(demo_db_path, today=TODAY) == 0
    assert seen == [True, ["demarrage"]]
    # The start's timers end with the run: none is left to fire on the closed database.
    assert QApplication.instance().findChildren(StartDuties) == []


def test_damage_found_after_a_language_switch_closes_the_window_on_screen(
    qtbot, demo_db_path, monkeypatch, french_afterwards
):
    damage_the_end(demo_db_path)
    asked = quit_when_asked(monkeypatch)
    closed_by_the_check = []

    def fake_exec():
        new = switch_language(shown_window(), "en")
        qtbot.waitUntil(lambda: not new.isVisible(), timeout=10000)
        closed_by_the_check.append(new.reopen_request)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run_gui(demo_db_path, today=TODAY) == 1
    assert closed_by_the_check == [True]
    assert len(asked) == 1 and isinstance(asked[0], DamagedDatabase)
    assert backup.list_backups(demo_db_path) == []
