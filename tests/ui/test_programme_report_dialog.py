"""The programme report from the window, driven as the coordinator would: File › Rapport du
programme…, this cohort as a PDF, a period as a spreadsheet, a wrong PIN and an empty period refused
at their fields."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services.evaluations import pin
from app.services.settings import get_setting
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from tests.ui.helpers import type_text, when_dialog_opens


@pytest.fixture
def window(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 12, 1)))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    database.close()


def make(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_this_cohort_as_a_pdf(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: shown.append((self.pdf_bytes, self.suggested_name))
    )
    cohort = window.cohort_box.currentText()
    errors = when_dialog_opens(lambda dialog: make(qtbot, dialog), "programme_report_dialog")
    window.programme.report_action.trigger()
    assert errors == []
    assert shown[0][1] == "rapport-programme.pdf"
    text = PdfReader(io.BytesIO(shown[0][0])).pages[0].extract_text()
    assert "Rapport du programme" in text and cohort in text


def test_a_period_as_a_spreadsheet_after_refusals(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "rapport"
    monkeypatch.setattr(window.programme, "ask_path", lambda suggested: str(target))
    seen = {}

    def fill(dialog):
        dialog.scope.setCurrentIndex(dialog.scope.findData(None))
        dialog.start.setDate(QDate(2019, 1, 1))
        dialog.end.setDate(QDate(2019, 12, 31))
        dialog.output.setCurrentIndex(dialog.output.findData("csv"))
        make(qtbot, dialog)
        seen["empty"] = dialog.errors.message_for("from")
        dialog.start.setDate(QDate(2022, 1, 1))
        dialog.end.setDate(QDate(2022, 12, 31))
        dialog.evaluations.setChecked(True)
        type_text(qtbot, dialog.pin, "9999")
        make(qtbot, dialog)
        seen["pin"] = dialog.errors.message_for("pin")
        with window.ctx.db.session() as session:
            seen["failures"] = get_setting(session, pin.FAILURES_KEY)["count"]
        dialog.pin.clear()
        type_text(qtbot, dialog.pin, "1234")
        make(qtbot, dialog)

    errors = when_dialog_opens(fill, "programme_report_dialog")
    window.programme.report_action.trigger()
    assert errors == []
    assert "Aucune cohorte" in seen["empty"]
    assert "faux" in seen["pin"]
    assert seen["failures"] == 1  # the wrong try was counted (kept although refused)
    lines = (tmp_path / "rapport.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Rapport du programme — du ")
    assert any(line.startswith("Niveau 1") or ";Niveau 1;" in line for line in lines)
    assert "rapport.csv" in window.statusBar().currentMessage()


def test_the_sales_of_every_cohort_as_one_pdf(qtbot, window, monkeypatch):
    """File › Ventes de plusieurs cohortes…: every cohort, one table of them all, then each one."""
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: shown.append((self.pdf_bytes, self.suggested_name))
    )
    seen = {}

    def choose_every_cohort(dialog):
        seen["document"] = dialog.document.currentData()
        seen["csv allowed"] = dialog.output.isEnabled()
        dialog.scope.setCurrentIndex(dialog.scope.findData("every"))
        make(qtbot, dialog)

    errors = when_dialog_opens(choose_every_cohort, "programme_report_dialog")
    window.programme.sales_action.trigger()
    assert errors == []
    assert seen == {"document": "sales", "csv allowed": False}
    pdf, name = shown[0]
    assert name == "ventes-cohortes.pdf"
    reader = PdfReader(io.BytesIO(pdf))
    first = reader.pages[0].extract_text()
    assert "Ventes de plusieurs cohortes" in first
    assert all(f"Coopérative {n}" in first for n in (1, 2, 3)) and "Total" in first
    assert len(reader.pages) >= 3
