"""The delegate reads the fridges from Today: "abc" shows at its field and saves nothing, a warm
fridge turns the day's checklist red until the action is written, undo puts the day back; the
coordinator adds a fridge and prints its month from the Delegates tab."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services.kitchen import temperatures
from app.services.people import cohorts
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from app.ui.style import Role, role_of
from tests.ui.helpers import type_text, when_dialog_opens

DAY = dt.date(2022, 9, 27)
LEFT = Qt.MouseButton.LeftButton


def open_today(qtbot, db_path, with_fridge=True):
    database = Database.open(db_path)
    with database.session() as session:
        cohorts.create_cohort(
            session,
            cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
        )
        if with_fridge:
            temperatures.create_appliance(
                session, temperatures.ApplianceInput("Frigo", "fridge", "0", "4")
            )
    window = MainWindow(AppContext(database, today=lambda: DAY))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("today")
    return window, window.page("today"), database


def fridge_line(today) -> str:
    texts = [today.checklist.item(i).text() for i in range(today.checklist.count())]
    return next(t for t in texts if t.startswith("Relever la température des frigos"))


def type_reading(qtbot, today, value: str, action: str = "") -> list[str]:
    """Open the dialog from the button, type, save; returns the error lines shown."""
    shown: list[str] = []

    def fill(dialog):
        field = next(iter(dialog.values.values()))
        field.clear()
        type_text(qtbot, field, value)
        if action:
            type_text(qtbot, next(iter(dialog.actions.values())), action)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        appliance_id = next(iter(dialog.values))
        shown.append(dialog.errors.message_for(f"value_{appliance_id}"))
        if dialog.isVisible():
            dialog.reject()

    errors = when_dialog_opens(fill, "temperature_dialog")
    qtbot.mouseClick(today.temperature_button, LEFT)
    assert not errors
    return shown


def stored(database):
    with database.session() as session:
        return [(r.value_c, r.corrective_action) for r in temperatures.readings_on(session, DAY)]


def test_bad_value_warm_fridge_action_and_undo(qtbot, db_path):
    window, today, database = open_today(qtbot, db_path)
    assert "Frigo : —" in fridge_line(today)
    shown = type_reading(qtbot, today, "abc")
    assert any("n'est pas une température" in text for text in shown)
    assert stored(database) == [(None, "")]

    type_reading(qtbot, today, "8,5")
    qtbot.waitUntil(lambda: "8,5 °C" in fridge_line(today), timeout=2000)
    assert today.temperature_alarm.isVisible()
    assert role_of(today.checklist_box) == Role.WARNING_PANEL

    type_reading(qtbot, today, "8,5", "Porte refermée, relu 3 °C")
    qtbot.waitUntil(lambda: not today.temperature_alarm.isVisible(), timeout=2000)
    assert stored(database)[0][1] == "Porte refermée, relu 3 °C"

    today.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: today.temperature_alarm.isVisible(), timeout=2000)
    today.ctx.undo_stack.undo()
    assert stored(database) == [(None, "")]
    window.close()
    database.close()


def test_coordinator_adds_a_freezer_and_prints_its_month(qtbot, db_path, monkeypatch):
    window, _today, database = open_today(qtbot, db_path, with_fridge=False)
    window.open_tab("rotation")
    delegate = window.page("rotation")
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)
    refused: list[str] = []

    def work(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("freezer"))
        assert dialog.highest.text() == "-18"  # the usual limit of a freezer
        qtbot.mouseClick(dialog.add_button, LEFT)  # no name yet
        refused.append(dialog.errors.message_for("name"))
        type_text(qtbot, dialog.name, "Congélateur")
        qtbot.mouseClick(dialog.add_button, LEFT)
        qtbot.mouseClick(dialog.print_button, LEFT)
        dialog.accept()

    def lists(dialog):
        qtbot.mouseClick(dialog.fridges_button, LEFT)
        dialog.accept()

    errors = when_dialog_opens(work, "appliances_dialog")
    errors += when_dialog_opens(lists, "checklist_templates")
    qtbot.mouseClick(delegate.lists_button, LEFT)
    assert not errors and "le nom" in refused[0]
    with database.session() as session:
        [freezer] = temperatures.list_appliances(session)
    assert (freezer.name, freezer.kind, str(freezer.max_c)) == ("Congélateur", "freezer", "-18.0")
    with pdfplumber.open(io.BytesIO(shown[0])) as document:
        text = document.pages[0].extract_text()
    assert "Températures — Congélateur — septembre 2022" in text
    window.close()
    database.close()
