"""A sales day driven through the real widgets: open with a float, tap and scan sales, undo and
redo, count the cash, close, and read the day summary PDF back."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.db import Database
from app.services.sales import tally as sales_tally
from app.ui.areas import Area
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
    window.open_tab("sales")
    tab = window.page("sales")
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
    tab.ctx.undo_stack.undo()
    assert [label.text() for label in tally.count_labels] == ["3", "0"]
    tab.ctx.undo_stack.redo()
    assert [label.text() for label in tally.count_labels] == ["3", "1"]
    assert "Total : 11,50 €" in tally.totals_label.text().replace("\u202f", " ").replace(
        "\xa0", " "
    )

    # Every tap was saved at once: a second connection sees it without any save button.
    other = Database.open(db_path)
    with other.session() as session:
        totals = sales_tally.tally_totals(session, tally.sale_event.id)
    other.close()
    assert totals.revenue_cents == 1150

    closing = tab.closing
    tab.pages.setCurrentWidget(closing)
    type_text(qtbot, closing.notes, "Beaucoup de monde à midi")
    qtbot.mouseClick(closing.save_float_button, LEFT)
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
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(closing.close_button, LEFT)
    assert asked and tab.current_event().closed
    assert not tally.plus_buttons[0].isEnabled() and closing.correct_button.isEnabled()
    assert "(clôturée)" in tab.event_box.currentText()

    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)
    tab.pages.setCurrentWidget(tab.summary)
    day_text = tab.summary.day_label.text().replace("\u202f", " ").replace("\xa0", " ")
    assert "Par paiement : Espèces : 7,50 €, Bancontact : 4,00 €" in day_text
    qtbot.mouseClick(tab.summary.print_day, LEFT)
    with pdfplumber.open(io.BytesIO(shown[0])) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "05/10/2022" in text and "Clôturée" in text and "11,50 €" in text
    assert "57,50 €" in text  # expected and counted
    assert "Beaucoup de monde à midi" in text
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


def close_quickly(database, event_id):
    from app.services.sales import cash
    from app.services.sales import closing as sales_closing

    with database.session() as session:
        cash.record_count(session, event_id, {5000: 1}, "Essai")
        sales_closing.close_event(session, event_id, None)


def test_corrections_after_closing_need_a_reason_and_show_in_the_day(qtbot, db_path):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)
    close_quickly(database, tab.current_event().id)
    window.ctx.changed(Area.SALES)
    closing = tab.closing
    seen = {}

    def fill(dialog):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        seen["error"] = dialog.errors.message_for("reason")  # no reason: refused
        type_text(qtbot, dialog.reason, "Compté deux fois")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill, "correction_dialog")
    qtbot.mouseClick(closing.correct_button, LEFT)
    assert not errors and "raison" in seen["error"]
    assert tab.tally.count_labels[0].text() == "0"

    def fill_cash(dialog):
        type_text(qtbot, dialog.amount, "-2,00")
        type_text(qtbot, dialog.reason, "Pain payé avec la caisse")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill_cash, "cash_correction_dialog")
    qtbot.mouseClick(closing.correct_cash_button, LEFT)
    assert not errors
    trail = [closing.audit.item(i).text() for i in range(closing.audit.count())]
    assert (
        len(trail) == 3
        and "Compté deux fois" in trail[1]
        and "Pain payé avec la caisse" in trail[2]
    )
    window.close()
    database.close()


def test_an_expense_needs_an_amount_and_is_owed_to_who_paid(qtbot, db_path):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    page = tab.expenses
    tab.pages.setCurrentWidget(page)
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.supplier, "Colruyt")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        seen["error"] = dialog.errors.message_for("amount")
        type_text(qtbot, dialog.amount, "12,50")
        dialog.paid_by.setCurrentIndex(dialog.paid_by.findText("Diane"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill, "expense_dialog")
    qtbot.mouseClick(page.add_button, LEFT)
    assert not errors and "montant" in seen["error"]
    assert page.model.rowCount() == 1
    assert "Diane : 12,50" in page.owed.text().replace("\u202f", " ").replace("\xa0", " ")
    page.table.selectRow(0)
    qtbot.mouseClick(page.reimbursed_button, LEFT)
    assert page.owed.text() == "Rien à rembourser."
    window.close()
    database.close()


def test_profit_sharing_decision_through_the_dialog(qtbot, db_path, monkeypatch):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    for _ in range(2):
        qtbot.mouseClick(tab.tally.plus_buttons[1], LEFT)  # 2 soups, 8,00 € TVAC = 7,14 € HTVA
    close_quickly(database, tab.current_event().id)
    window.ctx.changed(Area.SALES)
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)

    def fill(dialog):
        type_text(qtbot, dialog.proposal, "Parts selon les heures")
        dialog.split.setCurrentIndex(dialog.split.findData("hours"))
        dialog.hours.item(0, 1).setText("20")  # Amina
        dialog.hours.item(1, 1).setText("10")  # Diane
        type_text(qtbot, dialog.objections, "Trop compliqué => On explique avec un dessin")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill, "sharing_dialog")
    qtbot.mouseClick(tab.summary.share_button, LEFT)
    assert not errors and shown
    with pdfplumber.open(io.BytesIO(shown[0])) as pdf:
        text = pdf.pages[0].extract_text()
    # 7,14 € pro rata 20 h / 10 h: 4,76 € and 2,38 €, nothing left over
    assert (
        "7,14 €" in text
        and "4,76 €" in text
        and "2,38 €" in text
        and "On explique avec un dessin" in text
    )
    window.close()
    database.close()


def test_keyboard_shortcuts_tap_and_pick_the_payment(qtbot, db_path):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    tally = tab.tally
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tally.scan.setFocus()
    qtbot.keyClick(tally.scan, Qt.Key.Key_F1)
    qtbot.keyClick(tally.scan, Qt.Key.Key_F1)
    qtbot.keyClick(tally.scan, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tally.scan, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tally.scan, Qt.Key.Key_F2)
    assert [label.text() for label in tally.count_labels] == ["1", "1"]
    assert tally.method() == "card"
    with database.session() as session:
        totals = sales_tally.tally_totals(session, tab.current_event().id)
    assert totals.sold == {
        (tab.current_event().products[0].id, "cash"): 1,
        (tab.current_event().products[1].id, "card"): 1,
    }
    window.close()
    database.close()


def test_export_the_cohort_sales_for_the_accountant(qtbot, db_path, tmp_path, monkeypatch):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)
    qtbot.mouseClick(tab.tally.plus_buttons[1], LEFT)
    target = tmp_path / "ventes"
    monkeypatch.setattr(type(tab.summary), "ask_export_path", lambda self, suggested: str(target))
    qtbot.mouseClick(tab.summary.export_sales_button, LEFT)
    lines = (tmp_path / "ventes.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[0].startswith("line_id,date,cohort")
    assert tab.summary.export_message.text() == "2 lignes exportées."
    window.close()
    database.close()


def test_a_tap_reads_only_the_day_counts_and_the_other_pages_follow_when_shown(
    qtbot, db_path, monkeypatch
):
    """A tap stores its line and redraws the counts once, without reading the day list again;
    the Résumé shows the tap when opened; a change from elsewhere still reads the list."""
    from app.services.sales import events as sales_events

    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    read = {"list": 0, "totals": 0}
    real_list, real_totals = sales_events.list_events, sales_tally.tally_totals

    def counted(name, function):
        def call(*args, **kwargs):
            read[name] += 1
            return function(*args, **kwargs)

        return call

    tab.pages.setCurrentWidget(tab.summary)
    before = tab.summary.day_label.text()
    tab.pages.setCurrentWidget(tab.tally)
    monkeypatch.setattr(sales_events, "list_events", counted("list", real_list))
    monkeypatch.setattr(sales_tally, "tally_totals", counted("totals", real_totals))
    for _ in range(2):
        qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)
    assert read == {"list": 0, "totals": 2}
    assert tab.tally.count_labels[0].text() == "2"
    with database.session() as session:
        totals = real_totals(session, tab.current_event().id)
    assert totals.product_total(tab.current_event().products[0].id) == 2
    tab.pages.setCurrentWidget(tab.summary)  # read again when shown
    assert tab.summary.day_label.text() != before
    window.ctx.changed(Area.SALES)  # a change made elsewhere
    assert read["list"] == 1
    window.close()
    database.close()


def test_only_the_tally_is_built_with_the_tab_and_a_page_built_later_shows_the_day(qtbot, db_path):
    """The closing, expenses and summary pages are built when first shown (their modules and
    widgets are not paid for at the tab's first show); built after taps, the summary shows the
    day shown, taps included."""
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    assert set(tab._lazy.built()) == {"tally"}
    for _ in range(3):
        qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)
    assert set(tab._lazy.built()) == {"tally"}
    tab.pages.setCurrentIndex(3)  # Résumé, clicked
    summary = tab.pages.currentWidget()
    assert summary is tab.summary and set(tab._lazy.built()) == {"tally", "summary"}
    assert summary.sale_event.id == tab.current_event().id
    day_text = summary.day_label.text().replace("\u202f", " ").replace("\xa0", " ")
    assert "TVAC : 7,50 €" in day_text  # three balls at 2,50 €
    window.close()
    database.close()


def test_a_language_switch_keeps_the_counts_typed_on_the_closing_page(qtbot, db_path):
    """Counts copied from the paper sheet and not yet saved come back on the same day's
    "Fin de journée" in the new window, over the recorded figures, still to be saved."""
    from app.ui import language

    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)  # one recorded sale
    day = tab.current_event().id
    closing = tab.closing
    tab.pages.setCurrentWidget(closing)
    closing.counts.item(1, 0).setText("7")  # typed over the recorded 0
    type_text(qtbot, closing.piece_edits[500], "3")
    try:
        window.language_actions["nl"].trigger()
        new = window.replacement
        qtbot.addWidget(new)
        new_tab = new.page("sales")
        new_closing = new_tab.closing
        assert new_tab.current_event().id == day
        assert new_tab.pages.currentWidget() is new_closing
        assert new_closing.counts.item(0, 0).text() == "1"  # recorded, not typed: as recorded
        assert new_closing.counts.item(1, 0).text() == "7"
        assert new_closing.piece_edits[500].text() == "3"
        assert new_closing.typed() == (day, {("cell", 1, 0): "7", "pieces_500": "3"})
    finally:
        language.apply_language(QApplication.instance(), "fr")
    database.close()
