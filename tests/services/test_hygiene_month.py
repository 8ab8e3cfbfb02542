"""The month's cleaning and hygiene record: kitchen days against the kitchen checklist's lines,
who ticked each and when, the lines left unticked counted; read back from its PDF and printed from
the Delegates tab's "Listes du jour"."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import Qt

from app.db import Database
from app.models.schedule import Morning
from app.printing.hygiene_month import hygiene_month_pdf
from app.services.delegate import checklists
from app.services.kitchen.hygiene import hygiene_month
from app.services.people import cohorts, members
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from tests.ui.helpers import when_dialog_opens

FIRST, SECOND = dt.date(2022, 9, 27), dt.date(2022, 9, 29)


def kitchen_month(session) -> int:
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16))
    )
    amina = members.create_person(session, members.PersonInput("Amina"), cohort.id)
    session.add_all(
        [
            Morning(cohort_id=cohort.id, date=FIRST, kind="kitchen"),
            Morning(cohort_id=cohort.id, date=SECOND, kind="kitchen"),
            Morning(cohort_id=cohort.id, date=dt.date(2022, 9, 28), kind="theory"),
        ]
    )
    session.flush()
    wash = next(
        t for t in checklists.list_templates(session, "kitchen") if t.text.startswith("Se laver")
    )
    checklists.tick(session, cohort.id, FIRST, wash.id, True, amina.id)
    return cohort.id


def test_kitchen_days_against_kitchen_lines_with_who_ticked(session):
    record = hygiene_month(session, kitchen_month(session), 2022, 9)
    assert record.lines == (
        "Se laver les mains, mettre tablier et charlotte",
        "Nettoyer les plans de travail",
    )
    assert [day.date for day in record.days] == [FIRST, SECOND]  # not the theory morning
    first = record.days[0].cells
    assert first[0].done and first[0].by == "Amina" and not first[1].done
    assert record.missing == 3  # 2 lines × 2 days, one ticked
    with pdfplumber.open(io.BytesIO(hygiene_month_pdf(record))) as document:
        text = document.pages[0].extract_text()
        rows = [row for t in document.pages[0].extract_tables() for row in t]
    assert "Nettoyage et hygiène — Coopérative 2 — septembre 2022" in text
    assert rows[1][0] == "27/09/2022" and rows[1][1].startswith("✓ Amina") and rows[1][2] == "—"
    assert rows[2] == ["29/09/2022", "—", "—"]
    assert "Lignes non cochées : 3" in text


def test_printed_from_the_day_lists_dialog(qtbot, db_path, monkeypatch):
    database = Database.open(db_path)
    with database.session() as session:
        kitchen_month(session)
    window = MainWindow(AppContext(database, today=lambda: SECOND))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("rotation")
    page = window.page("rotation")
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)

    def work(dialog):
        qtbot.mouseClick(dialog.hygiene_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    errors = when_dialog_opens(work, "checklist_templates")
    qtbot.mouseClick(page.lists_button, Qt.MouseButton.LeftButton)
    assert not errors and len(shown) == 1
    with pdfplumber.open(io.BytesIO(shown[0])) as document:
        assert "Lignes non cochées : 3" in document.pages[0].extract_text()
    window.close()
    database.close()
