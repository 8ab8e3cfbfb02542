"""The delegate's three tasks, done from the start screen (Today) with clicks and keys, counted.

Demo database opened on 14/12/2022, the open sales day. Every mouse click and every key press
counts as one action (typing "12" = 2; Ctrl+P = 2). The goal of issue 10: at most 10 per task.
The counts are written to $DELEGATE_TASKS_OUT (JSON) when set: bench/results-ease.md records them.
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import Database
from app.services.sales import cash, events
from app.ui import pdf_preview
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

DAY = dt.date(2022, 12, 14)
GOAL = 10
RESULTS: dict[str, int] = {}


class Counted:
    """Drives widgets like a person and counts each click and key press."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.actions = 0

    def click(self, widget, pos=None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.actions += 1

    def type(self, widget, text: str) -> None:
        """Keys go where the keyboard focus is (an editor opened by the first key, say)."""
        for char in text:
            self.qtbot.keyClick(QApplication.focusWidget() or widget, char)
            self.actions += 1

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget() or widget, key, modifier)
        self.actions += 1 + (modifier != Qt.KeyboardModifier.NoModifier)
        self.qtbot.wait(5)  # an item editor commits from a queued call

    def click_cell(self, view, row: int, column: int) -> None:
        index = view.model().index(row, column)
        self.click(view.viewport(), view.visualRect(index).center())


@pytest.fixture
def window(qtbot, demo_db_path, monkeypatch):
    database = Database.open(demo_db_path)
    window = MainWindow(AppContext(database, today=lambda: DAY))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.cohort_box.setCurrentIndex(window.cohort_box.findText("Coopérative 2"))
    window.tabs.setCurrentIndex(0)  # the start screen: Aujourd'hui
    yield window
    window.close()
    database.close()


def event_of_the_day(window):
    with window.ctx.db.session() as session:
        return next(e for e in events.list_events(session, window.ctx.cohort_id) if e.date == DAY)


def record(name: str, actions: int) -> None:
    RESULTS[name] = actions
    out = os.environ.get("DELEGATE_TASKS_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(RESULTS, handle, indent=2)


def test_a_print_todays_labels_for_one_product(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        pdf_preview.PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0
    )
    person = Counted(qtbot)
    today = window.page("today")
    person.click(today.labels_button)
    labels = window.page("labels")
    assert window.current_page() is labels
    names = [labels.model.index(row, 0).data() for row in range(labels.model.rowCount())]
    row = next(
        i for i, name in enumerate(names) if name.lower().startswith("energy")
    )  # today's product
    box = labels.template_box
    wanted = box.findText("L7163", Qt.MatchFlag.MatchContains)
    if box.currentIndex() != wanted:  # the demo's default sheet is too small for this label
        person.click(box)  # opens the list
        view = box.view()
        qtbot.waitUntil(view.isVisible, timeout=1000)
        for _ in range(wanted - box.currentIndex()):
            person.key(view, Qt.Key.Key_Down)
        person.key(view, Qt.Key.Key_Return)
        assert box.currentIndex() == wanted
    person.click_cell(labels.table, row, 0)
    person.type(labels.table, "12")
    person.click(labels.print_button)  # "Aperçu et impression…"
    assert len(shown) == 1, labels.job_error.text()
    assert [count for _, count in labels.model.chosen()] == [12]
    person.actions += 2  # in the preview: "Imprimer…", then OK in the system's print dialog
    record("labels", person.actions)
    assert person.actions <= GOAL


def test_b_enter_the_days_sales(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    person = Counted(qtbot)
    person.click(window.page("today").sales_button)
    sales = window.page("sales")
    assert window.current_page() is sales and sales.current_event().date == DAY
    person.click(sales.pages.tabBar(), sales.pages.tabBar().tabRect(1).center())  # Fin de journée
    closing = sales.closing
    person.click_cell(closing.counts, 0, 0)  # energy balls, paid cash
    person.type(closing.counts, "12")
    person.key(closing.counts, Qt.Key.Key_Tab)  # card
    person.type(closing.counts, "3")
    person.key(closing.counts, Qt.Key.Key_Return)
    person.click(closing.save_counts_button)
    assert closing.counts_error.text() == ""
    event = event_of_the_day(window)
    with window.ctx.db.session() as session:
        from app.services.sales import tally

        totals = tally.tally_totals(session, event.id)
    product = event.products[0].id
    assert totals.sold.get((product, "cash")) == 12 and totals.sold.get((product, "card")) == 3
    record("sales", person.actions)
    assert person.actions <= GOAL


def test_c_close_the_day_with_the_cash_count(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    event = event_of_the_day(window)
    with window.ctx.db.session() as session:
        expected = cash.cash_state(session, event.id).expected_cents
    drawer = {}  # the money really in the cash box: the expected amount, in the biggest pieces
    rest = expected
    for denomination in cash.DENOMINATIONS:
        if rest >= denomination:
            drawer[denomination], rest = divmod(rest, denomination)
    person = Counted(qtbot)
    person.click(window.page("today").close_button)
    sales = window.page("sales")
    closing = sales.closing
    if sales.pages.currentWidget() is not closing:
        person.click(sales.pages.tabBar(), sales.pages.tabBar().tabRect(1).center())
    for denomination, pieces in drawer.items():
        person.click(closing.piece_edits[denomination])
        person.type(closing.piece_edits[denomination], str(pieces))
    person.click(closing.save_count_button)
    assert closing.count_error.text() == ""
    person.click(closing.close_button)
    person.actions += 1  # "Oui" in the confirmation
    assert event_of_the_day(window).closed
    record("closing", person.actions)
    print(f"expected cash {expected} in {drawer}")
    assert person.actions <= GOAL
