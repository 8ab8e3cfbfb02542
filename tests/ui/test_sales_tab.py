"""A sales day driven through the real widgets: open with a float, tap and scan sales, undo and
redo, count the cash, close, and read the day summary PDF back."""
from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.db import Database
from app.services import sales_tally
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from tests.services.sales_fixtures import make_shop
from tests.ui.helpers import type_text, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def open_sales(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        make_shop(session)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 5)))
    qtbot.addWidget(window)
    window.show()
    tab = next(page for page in window.pages if page.objectName() == "sales")
    window.tabs.setCurrentWidget(tab)
    return window, tab, database


def create_day(qtbot, tab):
    def fill(dialog):
        type_text(qtbot, dialog.place, "Marché de la Batte")
        dialog.format.setCurrentIndex(dialog.format.findData("stand"))
        dialog.check_recipes(["Energy balls", "Soupe"])
        dialog.opening_float.clear()
        type_text(qtbot, dialog.opening_float, "50")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill, "event_dialog")
    qtbot.mouseClick(tab.new_button, LEFT)
    assert not errors


def test_a_day_from_opening_to_the_printed_summary(qtbot, db_path, monkeypatch):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    tally = tab.tally
    assert tab.event_box.currentText().startswith("05/10/2022 · Stand – Marché de la Batte")
    for _ in range(3):
        qtbot.mouseClick(tally.plus_buttons[0], LEFT)  # 3 balls, cash
    qtbot.mouseClick(tally.method_buttons["card"], LEFT)
    qtbot.mouseClick(tally.plus_buttons[0], LEFT)
    qtbot.mouseClick(tally.minus_buttons[0], LEFT)  # a slip, taken back
    qtbot.keyClicks(tally.scan, "123")
    qtbot.keyClick(tally.scan, Qt.Key.Key_Return)  # the soup's label: +1 soup by card
    assert [label.text() for label in tally.count_labels] == ["3", "1"]
    qtbot.keyClicks(tally.scan, "999")
    qtbot.keyClick(tally.scan, Qt.Key.Key_Return)
    assert "999" in tally.message.text() and [l.text() for l in tally.count_labels] == ["3", "1"]
    window.ctx.undo_stack.undo()
    assert [label.text() for label in tally.count_labels] == ["3", "0"]
    window.ctx.undo_stack.redo()
    assert [label.text() for label in tally.count_labels] == ["3", "1"]
    assert "Total : 11,50 €" in tally.totals_label.text().replace("\u202f", " ").replace("\xa0", " ")

    # Every tap was saved at once: a second connection sees it without any save button.
    other = Database.open(db_path)
    with other.session() as session:
        totals = sales_tally.tally_totals(session, tally.sale_event.id)
    other.close()
    assert totals.revenue_cents == 1150

    closing = tab.closing
    tab.pages.setCurrentWidget(closing)
    # expected: 50,00 float + 3 x 2,50 cash = 57,50 -> 1 x 50 €, 1 x 5 €, 1 x 2 €, 1 x 0,50 €
    type_text(qtbot, closing.piece_edits[5000], "1")
    type_text(qtbot, closing.piece_edits[500], "1")
    type_text(qtbot, closing.piece_edits[200], "x")
    qtbot.mouseClick(closing.save_count_button, LEFT)
    assert "des chiffres" in closing.count_error.text()
    closing.piece_edits[200].clear()
    type_text(qtbot, closing.piece_edits[200], "1")
    qtbot.mouseClick(closing.save_count_button, LEFT)
    assert "Expliquez" in closing.count_error.text()  # 0,50 € missing and no explanation
    type_text(qtbot, closing.piece_edits[50], "1")
    qtbot.mouseClick(closing.save_count_button, LEFT)
    assert closing.count_error.text() == ""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(closing.close_button, LEFT)
    assert asked and tab.current_event().closed
    assert not tally.plus_buttons[0].isEnabled() and closing.correct_button.isEnabled()
    assert "(clôturée)" in tab.event_box.currentText()

    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)
    tab.pages.setCurrentWidget(tab.summary)
    qtbot.mouseClick(tab.summary.print_day, LEFT)
    with pdfplumber.open(io.BytesIO(shown[0])) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "05/10/2022" in text and "Clôturée" in text and "11,50 €" in text
    assert "57,50 €" in text  # expected and counted
    window.close()
    database.close()


def test_typed_counts_refuse_letters_and_ask_before_a_huge_number(qtbot, db_path, monkeypatch):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    closing = tab.closing
    tab.pages.setCurrentWidget(closing)
    closing.counts.item(0, 0).setText("douze")
    qtbot.mouseClick(closing.save_counts_button, LEFT)
    assert "douze" in closing.counts_error.text()
    assert (closing.counts.currentRow(), closing.counts.currentColumn()) == (0, 0)
    closing.counts.item(0, 0).setText("12000")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(closing.save_counts_button, LEFT)  # "No": nothing saved
    with database.session() as session:
        assert sales_tally.tally_totals(session, tab.current_event().id).sold == {}
    closing.counts.item(0, 0).setText("12000")
    closing.counts.item(1, 1).setText("4")
    qtbot.mouseClick(closing.save_counts_button, LEFT)  # "Yes"
    assert [label.text() for label in tab.tally.count_labels] == ["12000", "4"]
    window.close()
    database.close()
