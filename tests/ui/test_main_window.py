"""The main window driven as a person would: add a member, close, reopen, find her again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from app.db import Database
from app.services.people import cohorts, cooperative
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens


def open_window(qtbot, path):
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 3)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("members")
    return window, database


def members_in_table(window) -> list[str]:
    tab = window.page("members")
    model = tab.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def seed(db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop Test"))
        cohorts.create_cohort(
            session,
            cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
        )
    database.close()


def type_member(qtbot, first, last, phone):
    def fill(dialog):
        type_text(qtbot, dialog.first_name, first)
        type_text(qtbot, dialog.last_name, last)
        type_text(qtbot, dialog.phone, phone)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    return fill


def test_add_member_close_reopen_find_her(qtbot, db_path):
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    assert window.windowTitle() == "Coop Test"
    assert window.cohort_box.currentText() == "Coopérative 2"
    errors = when_dialog_opens(type_member(qtbot, "Hằng", "Nguyễn", "+32 470 11 22 33"))
    qtbot.mouseClick(window.page("members").add_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert members_in_table(window) == ["Hằng"]
    tab = window.page("members")
    qtbot.keyClicks(tab.search, "nguy")
    assert members_in_table(window) == ["Hằng"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "zzz")
    assert members_in_table(window) == []
    window.close()
    database.close()

    again, database = open_window(qtbot, db_path)
    assert members_in_table(again) == ["Hằng"]
    assert again.cohort_status.text() == "Cohorte : Coopérative 2"
    again.close()
    database.close()


def test_bad_input_shows_at_the_field_and_saves_nothing(qtbot, db_path):
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.first_name, "Amina")
        qtbot.keyClicks(dialog.phone, "04 abc")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        label = dialog.findChild(QLabel, "error_phone")
        seen["phone_error"] = label.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    errors = when_dialog_opens(fill)
    qtbot.mouseClick(window.page("members").add_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["still_open"]
    assert "téléphone" in seen["phone_error"]
    assert members_in_table(window) == []
    window.close()
    database.close()


def test_deactivate_asks_then_undo_brings_her_back(qtbot, db_path, monkeypatch):
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    when_dialog_opens(type_member(qtbot, "Olga", "Petrova", ""))
    qtbot.mouseClick(window.page("members").add_button, Qt.MouseButton.LeftButton)
    tab = window.page("members")
    tab.table.selectRow(0)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert "Olga Petrova" in asked[0]
    assert members_in_table(window) == []
    window.undo_action.trigger()
    assert members_in_table(window) == ["Olga"]
    window.redo_action.trigger()
    assert members_in_table(window) == []
    window.close()
    database.close()


def test_new_cohort_dialog_refuses_end_before_start(qtbot, db_path):
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.name, "Coopérative 3")
        dialog.end.setDate(dialog.start.date().addDays(-1))
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
        seen["error"] = dialog.findChild(QLabel, "error_end_date").text()
        dialog.end.setDate(dialog.start.date().addMonths(3))
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    errors = when_dialog_opens(fill)
    window.new_cohort_action.trigger()
    assert not errors
    assert "finir avant" in seen["error"]
    assert window.cohort_box.currentText() == "Coopérative 3"
    window.close()
    database.close()


def test_the_last_cohort_is_remembered_per_database(qtbot, tmp_path):
    """Each file reopens on the cohort last chosen in it; another file (a demo, a colleague's
    copy) does not open on the number of a cohort chosen elsewhere, which is another cohort
    there (a demo opened on Coopérative 1 after a person had chosen cohort 1 in her file)."""

    def file_with(name: str, cohort_names: list[str]):
        path = tmp_path / name
        database = Database.open(path)
        with database.session() as session:
            for index, cohort_name in enumerate(cohort_names):
                start = dt.date(2022, 1 + 4 * index, 3)
                cohorts.create_cohort(
                    session, cohorts.CohortInput(cohort_name, start, start + dt.timedelta(days=60))
                )
        database.close()
        return path

    mine = file_with("mine.sqlite3", ["Printemps", "Été", "Automne"])
    other = file_with("other.sqlite3", ["Alpha", "Bêta", "Gamma"])
    window, database = open_window(qtbot, mine)
    assert window.cohort_box.currentText() == "Automne"  # the newest, at first
    window.cohort_box.setCurrentIndex(window.cohort_box.findText("Printemps"))
    window.close()
    database.close()

    window, database = open_window(qtbot, other)
    assert window.cohort_box.currentText() == "Gamma"  # its own newest, not cohort 1 "Alpha"
    window.close()
    database.close()

    window, database = open_window(qtbot, mine)
    assert window.cohort_box.currentText() == "Printemps"
    window.close()
    database.close()
