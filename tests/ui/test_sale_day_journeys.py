"""Issue 14's journeys on the demo (today 14/12/2022, Coopérative 2), through the real widgets,
each reading the database afterwards: taps are never wiped by a save of the end-of-day page
(case 1), "Attendu" and the Résumé follow the taps (case 2), and "Clôturer la journée" on a day
without a sale names the open days instead of opening one (case 5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.models.sales import SaleLine
from app.services.sales import cash as sales_cash
from app.services.sales import tally
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
STAND = dt.date(2022, 12, 14)  # the demo's open stand: 474,50 € recorded, 206,00 € cash expected
DELEGATE_8_DEC = "Claudine Niyonzima"  # the rotation's delegate of the sale morning of 08/12/2022


def open_window(qtbot, demo_db, today=STAND):
    window = MainWindow(AppContext(demo_db, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    return window


def open_sales(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    window.open_tab("sales")
    tab = window.page("sales")
    assert tab.current_event().date == STAND
    return window, tab


def stored(demo_db, event_id):
    with demo_db.session() as session:
        return tally.tally_totals(session, event_id), sales_cash.cash_state(session, event_id)


def test_case_1_taps_made_after_a_look_at_the_end_of_day_survive_its_save(qtbot, demo_db):
    window, tab = open_sales(qtbot, demo_db)
    event_id = tab.current_event().id
    assert stored(demo_db, event_id)[0].revenue_cents == 47450
    tab.pages.setCurrentWidget(tab.closing)  # a first look at "Fin de journée"
    assert tab.closing.counts.item(0, 0).text() == "1"  # dattes-cacao paid cash
    tab.pages.setCurrentWidget(tab.tally)
    for _ in range(10):
        qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)  # +1 dattes-cacao (6,00 €), cash
    tab.pages.setCurrentWidget(tab.closing)
    assert tab.closing.counts.item(0, 0).text() == "11"  # the page shows the taps
    qtbot.mouseClick(tab.closing.save_counts_button, LEFT)
    assert "Rien à enregistrer" in tab.closing.counts_error.text()
    totals = stored(demo_db, event_id)[0]
    assert totals.revenue_cents == 47450 + 10 * 600 == 53450
    # A count she changes is stored beside the taps: 2 unsold coco-cajou, nothing else.
    tab.closing.counts.item(1, 5).setText("2")
    qtbot.mouseClick(tab.closing.save_counts_button, LEFT)
    assert tab.closing.counts_error.text() == ""
    totals = stored(demo_db, event_id)[0]
    assert totals.revenue_cents == 53450 and totals.unsold[tab.current_event().products[1].id] == 2


def test_case_1_a_page_older_than_a_tap_from_elsewhere_is_refused_and_reloaded(qtbot, demo_db):
    """A tap the page was not told about (another window on the same database): the save of a
    count typed against the old figures is refused, nothing is written, and the page updates."""
    window, tab = open_sales(qtbot, demo_db)
    event = tab.current_event()
    tab.pages.setCurrentWidget(tab.closing)
    with demo_db.session() as session:  # elsewhere: +1 dattes-cacao paid cash
        tally.record_tap(session, event.id, event.products[0].id, "cash")
    tab.closing.counts.item(0, 0).setText("3")  # her paper sheet says 3 (she saw 1)
    qtbot.mouseClick(tab.closing.save_counts_button, LEFT)
    assert "ce jour a changé" in tab.closing.counts_error.text().lower()
    assert "mis à jour" in tab.closing.counts_error.text()
    totals = stored(demo_db, event.id)[0]
    assert totals.sold[(event.products[0].id, "cash")] == 2 and totals.revenue_cents == 48050
    assert tab.closing.counts.item(0, 1).text() == "28"  # the other cells show the database
    assert tab.closing.counts.item(0, 0).text() == "3"  # what she typed is kept
    qtbot.mouseClick(tab.closing.save_counts_button, LEFT)  # saved now, against the 2 recorded
    assert tab.closing.counts_error.text() == ""
    with demo_db.session() as session:
        lines = session.execute(
            select(SaleLine.source, SaleLine.quantity)
            .where(SaleLine.event_id == event.id, SaleLine.product_id == event.products[0].id)
            .where(SaleLine.payment_method == "cash")
            .order_by(SaleLine.id)
        ).all()
    assert lines[-2:] == [("tap", 1), ("typed", 1)]  # the tap from elsewhere stays
    assert stored(demo_db, event.id)[0].revenue_cents == 48650


def test_case_2_expected_cash_and_summary_follow_the_taps(qtbot, demo_db, monkeypatch):
    window, tab = open_sales(qtbot, demo_db)
    event_id = tab.current_event().id
    tab.pages.setCurrentWidget(tab.summary)  # the Résumé and the end of day, seen once
    assert "474,50" in tab.summary.day_label.text()
    tab.pages.setCurrentWidget(tab.closing)
    assert "Attendu : 206,00" in tab.closing.count_preview.text()
    tab.pages.setCurrentWidget(tab.tally)
    tab.tally.method_buttons["cash"].click()
    for _ in range(5):
        qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)  # 5 × 6,00 € cash
    window.open_tab("today")
    qtbot.mouseClick(window.page("today").close_button, LEFT)  # "Clôturer la journée"
    assert window.current_page() is tab and tab.pages.currentWidget() is tab.closing
    assert tab.current_event().id == event_id
    assert "Attendu : 236,00" in tab.closing.count_preview.text()
    for denomination, pieces in ((20000, "1"), (2000, "1"), (1000, "1"), (500, "1"), (100, "1")):
        type_text(qtbot, tab.closing.piece_edits[denomination], pieces)  # 236,00 €
    assert "Différence : 0,00" in tab.closing.count_preview.text()
    qtbot.mouseClick(tab.closing.save_count_button, LEFT)
    assert tab.closing.count_error.text() == ""
    state = stored(demo_db, event_id)[1]
    assert state.counted_cents == state.expected_cents == 23600 and state.difference_cents == 0
    tab.pages.setCurrentWidget(tab.summary)
    assert "504,50" in tab.summary.day_label.text()  # 474,50 + 30,00
    cohort = tab.summary.cohort_label.text()  # the profit with the arithmetic that makes it
    assert "= Marge brute" in cohort and "= Résultat" in cohort
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.pages.setCurrentWidget(tab.closing)
    qtbot.mouseClick(tab.closing.close_button, LEFT)
    assert tab.closing.count_error.text() == ""
    assert tab.current_event().closed


def test_case_5_closing_on_a_day_without_sale_names_the_open_day(qtbot, demo_db):
    window = open_window(qtbot, demo_db, today=dt.date(2022, 10, 3))  # a theory morning
    today = window.page("today")
    seen = {}

    def look_then_cancel(dialog):
        seen["message"] = dialog.message.text()
        seen["days"] = [dialog.days.item(i).text() for i in range(dialog.days.count())]
        dialog.reject()

    errors = when_dialog_opens(look_then_cancel, "other_day_dialog")
    qtbot.mouseClick(today.close_button, LEFT)
    assert not errors
    assert "pas de vente aujourd'hui" in seen["message"].lower()
    assert "03/10/2022" in seen["message"]
    assert seen["days"] == ["14/12/2022 · Stand – Le Monde des Possibles"]
    assert window.current_page() is today  # nothing opened

    def choose_it(dialog):
        qtbot.mouseClick(dialog.open_button, LEFT)

    errors = when_dialog_opens(choose_it, "other_day_dialog")
    qtbot.mouseClick(today.close_button, LEFT)
    assert not errors
    sales = window.page("sales")
    assert window.current_page() is sales and sales.pages.currentWidget() is sales.closing
    assert sales.current_event().date == STAND  # the day she chose, by its date
    with demo_db.session() as session:
        assert sales_cash.cash_state(session, sales.current_event().id).counted_cents is None


def test_a_new_sale_day_starts_from_the_delegate_and_warns_of_a_twin(qtbot, demo_db, monkeypatch):
    window, tab = open_sales(qtbot, demo_db)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No,
    )
    seen = {}

    def fill(dialog):
        dialog.date.setDate(QDate(2022, 12, 8))  # the sale morning at the Christmas market
        seen["defaults"] = (
            dialog.delegate.currentText(),
            dialog.format.currentData(),
            dialog.place.text(),
        )
        dialog.date.setDate(QDate(2022, 12, 14))
        dialog.place.clear()
        type_text(qtbot, dialog.place, "le monde des  possibles")
        dialog.check_recipes(["Energy balls dattes-cacao"])
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        seen["open after no"] = dialog.isVisible()
        dialog.reject()

    count = len(tab.events)
    errors = when_dialog_opens(fill, "event_dialog")
    qtbot.mouseClick(tab.new_button, LEFT)
    assert not errors
    assert seen["defaults"] == (DELEGATE_8_DEC, "stand", "Marché de Noël")
    assert seen["open after no"] and "déjà une vente le 14/12/2022" in asked[0]
    tab.refresh()
    assert len(tab.events) == count  # "No": no second day


def test_closing_refuses_while_typed_figures_are_not_saved(qtbot, demo_db, monkeypatch):
    """She counts the cash (206,00 €) and saves, finds a 2 € coin and types it ("Compté : 208,00
    €" on the page), then clicks "Clôturer": the day stayed open with a count of 206,00 € kept
    where the page showed 208,00 €. Now the closing names the button to click first."""
    window = open_window(qtbot, demo_db)
    qtbot.mouseClick(window.page("today").close_button, LEFT)  # "Clôturer la journée"
    tab = window.page("sales")
    closing = tab.closing
    event_id = tab.current_event().id
    for denomination in (20000, 500, 100):  # 200 + 5 + 1 = 206,00 €
        type_text(qtbot, closing.piece_edits[denomination], "1")
    qtbot.mouseClick(closing.save_count_button, LEFT)
    assert closing.count_error.text() == ""
    type_text(qtbot, closing.piece_edits[200], "1")  # the 2 € coin found in the apron
    type_text(qtbot, closing.explanation, "Une pièce de 2 € en trop")
    assert "Compté : 208,00" in closing.count_preview.text().replace("\u202f", " ")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(closing.close_button, LEFT)
    assert asked == [] and "« Enregistrer le comptage »" in closing.count_error.text()
    state = stored(demo_db, event_id)[1]
    assert state.counted_cents == 20600 and not tab.current_event().closed
    qtbot.mouseClick(closing.save_count_button, LEFT)
    qtbot.mouseClick(closing.close_button, LEFT)
    assert len(asked) == 1 and tab.current_event().closed
    with demo_db.session() as session:
        state = sales_cash.cash_state(session, event_id)
    assert state.counted_cents == 20800 and state.difference_cents == 200
    assert state.explanation == "Une pièce de 2 € en trop"
    window.close()


def test_closing_names_every_part_with_typed_figures_not_saved(qtbot, demo_db, monkeypatch):
    window, tab = open_sales(qtbot, demo_db)
    closing = tab.closing
    tab.pages.setCurrentWidget(closing)
    closing.counts.item(1, 5).setText("2")  # 2 unsold coco-cajou, from the paper sheet
    type_text(qtbot, closing.movement_amount, "-1,20")  # and bread paid from the box
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(closing.close_button, LEFT)
    message = closing.count_error.text()
    assert "« Enregistrer les comptes »" in message and "« Ajouter »" in message
    assert "comptage" not in message and not tab.current_event().closed
    totals, state = stored(demo_db, tab.current_event().id)
    assert sum(totals.unsold.values()) == 3 and state.movements_cents == -350  # as seeded
    window.close()
