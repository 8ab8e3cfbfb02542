"""The delegate's day on the demo's stand (14/12/2022, a sale day without a morning: the rotation
has no day there, the sale names its delegate, Hằng), lived through the real widgets from Today to
the next day's Today, reading the database afterwards: Today names the delegate the Ventes tab
names, her ticks and handover are hers, a handover closed unsaved comes back, the day's actions
are in view on the kitchen laptop, an expense in Dutch, and the next day's tally says it shows
yesterday's stand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from app.db import Database
from app.models.people import Person
from app.services.sales import tally
from app.services.today import first_screen
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
STAND = dt.date(2022, 12, 14)
NEXT_DAY = dt.date(2022, 12, 15)  # Nadia's


def open_on(qtbot, database, date):
    window = MainWindow(AppContext(database, today=lambda: date))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("today")
    return window, window.page("today")


def test_a_stand_day_without_a_morning_is_its_sale_delegates_day(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    window, today = open_on(qtbot, database, STAND)
    with database.session() as session:
        hang = session.scalars(select(Person).where(Person.first_name == "Hằng")).one()
        hang_id = hang.id
    # Today names the delegate the Ventes tab shows ("déléguée : Hằng Nguyễn Thị"), not "no morning"
    assert today.delegate_label.text() == "Hằng"
    assert today.delegate_caption.text() == "Déléguée du jour"
    assert window.delegate_status.text() == "Déléguée du jour : Hằng"  # the status bar too

    # her checklist has the sale's lines (the float, the payment terminal), and a tick is hers
    lines = [today.checklist.item(i).text() for i in range(today.checklist.count())]
    assert "Préparer le fonds de caisse" in lines and "Vérifier le terminal de paiement" in lines
    row = next(
        today.checklist.item(i)
        for i in range(today.checklist.count())
        if today.checklist.item(i).text() == "Compter la caisse"
    )
    row.setCheckState(Qt.CheckState.Checked)
    cohort_id = today.info.cohort_id
    with database.session() as session:
        ticks = {i.text: i for i in first_screen.day_checklist(session, cohort_id, STAND)}
    assert ticks["Compter la caisse"].done and ticks["Compter la caisse"].ticked_by == "Hằng"

    # "Ouvrir les ventes", then F1 on the keyboard: one more dattes-cacao, paid cash
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    today.sales_button.setFocus()
    qtbot.keyClick(today.sales_button, Qt.Key.Key_Space)
    sales = window.page("sales")
    event = sales.current_event()
    assert event.date == STAND and event.delegate_name.startswith("Hằng")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    with database.session() as session:
        assert tally.tally_totals(session, event.id).revenue_cents == 47450 + 600

    # back on Today, she writes the handover: it is signed with her name
    window.open_tab("today")

    def fill(dialog):
        type_text(qtbot, dialog.done_text, "Stand au Monde des Possibles.")
        type_text(qtbot, dialog.next_text, "Racheter des dattes.")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill, "handover_dialog")
    qtbot.mouseClick(today.handover_button, LEFT)
    assert not errors
    with database.session() as session:
        written = first_screen.handover_on(session, cohort_id, STAND)
    assert written.author_id == hang_id and written.next_text == "Racheter des dattes."
    window.close()

    # the next day, Nadia reads who wrote it (it was "?, mercredi 14 décembre 2022 :")
    window, today = open_on(qtbot, database, NEXT_DAY)
    assert today.delegate_label.text() == "Nadia"
    assert today.handover_text.text().startswith("Hằng, mercredi 14 décembre 2022 :")
    assert "La suite : Racheter des dattes." in today.handover_text.text()
    window.close()
    database.close()


def test_a_handover_closed_without_saving_comes_back_at_the_next_opening(qtbot, demo_db_path):
    """Annuler or Échap after writing the handover threw the text away; now it comes back, and
    nothing is written until she saves."""
    database = Database.open(demo_db_path)
    window, today = open_on(qtbot, database, STAND)
    cohort_id = today.info.cohort_id

    def write_then_escape(dialog):
        type_text(qtbot, dialog.done_text, "Stand fait, 12 boules données à la maison de quartier.")
        type_text(qtbot, dialog.next_text, "Rappeler la maison de quartier.")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    errors = when_dialog_opens(write_then_escape, "handover_dialog")
    qtbot.mouseClick(today.handover_button, LEFT)
    assert not errors
    with database.session() as session:
        assert first_screen.handover_on(session, cohort_id, STAND) is None
    seen = {}

    def read_then_save(dialog):
        seen["texts"] = (dialog.done_text.toPlainText(), dialog.next_text.toPlainText())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        if dialog.isVisible():  # refused (nothing written): closed, so that the test cannot hang
            dialog.reject()

    errors = when_dialog_opens(read_then_save, "handover_dialog")
    qtbot.mouseClick(today.handover_button, LEFT)
    assert not errors
    assert seen["texts"] == (
        "Stand fait, 12 boules données à la maison de quartier.",
        "Rappeler la maison de quartier.",
    )
    with database.session() as session:
        written = first_screen.handover_on(session, cohort_id, STAND)
    assert written.next_text == "Rappeler la maison de quartier."

    def look_then_cancel(dialog):  # after the save, the dialog shows what was saved
        seen["again"] = dialog.next_text.toPlainText()
        dialog.reject()

    errors = when_dialog_opens(look_then_cancel, "handover_dialog")
    qtbot.mouseClick(today.handover_button, LEFT)
    assert not errors and seen["again"] == "Rappeler la maison de quartier."
    window.close()
    database.close()


def test_an_expense_of_the_stand_in_dutch(qtbot, demo_db_path, qapp):
    """In Dutch: the payer "nobody" read "de kassa (persoon die terugbetaald moet worden)", the
    opposite of what it does (the French "personne à rembourser" read as "a person to pay back");
    "Marquer remboursée" and "Annuler cette dépense…" did nothing when no row was chosen."""
    from app.services.sales import expenses as sales_expenses
    from app.ui import language

    language.apply_language(qapp, "nl")
    try:
        database = Database.open(demo_db_path)
        window, _today = open_on(qtbot, database, STAND)
        window.open_tab("sales")
        sales = window.page("sales")
        page = sales.expenses
        sales.pages.setCurrentWidget(page)
        assert not page.reimbursed_button.isEnabled() and not page.reverse_button.isEnabled()
        seen = {}

        def fill(dialog):
            seen["nobody"] = dialog.paid_by.itemText(0)
            type_text(qtbot, dialog.supplier, "Bakkerij")
            type_text(qtbot, dialog.amount, "4,20")  # paid from the box: nobody to pay back
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

        errors = when_dialog_opens(fill, "expense_dialog")
        qtbot.mouseClick(page.add_button, LEFT)
        assert not errors and seen["nobody"] == "de kassa (niets terug te betalen)"
        with database.session() as session:
            rows = sales_expenses.list_expenses(session, sales.current_event().cohort_id)
        bread = next(r for r in rows if r.supplier == "Bakkerij")
        assert bread.amount_cents == 420 and bread.paid_by_id is None
        assert not page.reimbursed_button.isEnabled()  # the page was drawn again: no row chosen
        # Hằng's Delhaize ticket of 03/11 (178,67 €): chosen, then paid back
        row = next(
            i for i in range(page.model.rowCount()) if page.model.row_at(i).amount_cents == 17867
        )
        page.table.selectRow(row)
        assert page.reimbursed_button.isEnabled() and page.reverse_button.isEnabled()
        qtbot.mouseClick(page.reimbursed_button, LEFT)
        with database.session() as session:
            rows = sales_expenses.list_expenses(session, sales.current_event().cohort_id)
        assert next(r for r in rows if r.amount_cents == 17867).reimbursed_on == STAND
        window.close()
        database.close()
    finally:
        language.apply_language(qapp, "fr")


def in_view(window, widget) -> bool:
    """Whether `widget` is shown whole inside the window's visible area (no scrolling needed)."""
    from PySide6.QtCore import QRect

    qapp = QApplication.instance()
    qapp.processEvents()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    shown = QRect(top_left, widget.size())
    clip = widget.visibleRegion().boundingRect()
    return widget.isVisible() and clip.size() == widget.size() and window.rect().contains(shown)


def test_the_day_s_actions_are_in_view_on_the_kitchen_laptop(qtbot, demo_db_path):
    """At 1366×700, Today showed "Écrire la passation" only after scrolling down the page (it
    stood under "Stock et lots…"); the day's actions stand together at the top."""
    from app.ui.widgets import SMALL_SCREEN

    database = Database.open(demo_db_path)
    window, today = open_on(qtbot, database, STAND)
    window.resize(SMALL_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALL_SCREEN)
    for button in (today.labels_button, today.sales_button, today.close_button):
        assert in_view(window, button), button.text()
    assert in_view(window, today.handover_button)
    window.close()
    database.close()


def test_the_next_day_the_tally_says_it_shows_yesterday_s_stand(qtbot, demo_db_path):
    """On 15/12 "Ouvrir les ventes" shows the newest open day, the stand of 14/12, with its taps
    live and nothing said: a tap counted on yesterday's stand. Now the tally says whose day it is
    and what to do; after "Nouvelle vente…" for today, the tap counts on today's sale."""
    database = Database.open(demo_db_path)
    window, today = open_on(qtbot, database, NEXT_DAY)
    qtbot.mouseClick(today.sales_button, LEFT)
    sales = window.page("sales")
    stand = sales.current_event()
    assert stand.date == STAND and not stand.closed
    message = sales.tally.message.text()
    assert "14/12/2022" in message and "« Nouvelle vente… »" in message

    def fill(dialog):
        assert dialog.date.date().toPython() == NEXT_DAY
        dialog.place.clear()
        type_text(qtbot, dialog.place, "Marché de Noël")
        dialog.check_recipes(["Energy balls dattes-cacao"])
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    errors = when_dialog_opens(fill, "event_dialog")
    qtbot.mouseClick(sales.new_button, LEFT)
    assert not errors
    new_day = sales.current_event()
    assert new_day.date == NEXT_DAY and sales.tally.message.text() == ""
    qtbot.mouseClick(sales.tally.plus_buttons[0], LEFT)
    with database.session() as session:
        assert tally.tally_totals(session, new_day.id).revenue_cents == 600
        assert tally.tally_totals(session, stand.id).revenue_cents == 47450  # untouched
    window.close()
    database.close()


def test_a_handover_not_saved_survives_a_language_switch(qtbot, qapp, demo_db_path):
    """Written, closed without saving, then Affichage › Langue: the new window's dialog shows it
    (a switch builds a new window, whose Today page had no draft)."""
    from app.ui import language

    database = Database.open(demo_db_path)
    window = MainWindow(AppContext(database, today=lambda: STAND))  # deleted by the switch
    window.show()
    window.open_tab("today")
    today = window.page("today")

    def write_then_escape(dialog):
        type_text(qtbot, dialog.done_text, "Stand fait.")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    errors = when_dialog_opens(write_then_escape, "handover_dialog")
    qtbot.mouseClick(today.handover_button, LEFT)
    assert not errors
    try:
        window.findChild(type(window.language_actions["nl"]), "language_nl").trigger()
        new = window.replacement
        assert new is not None and new is not window
        qtbot.addWidget(new)
        new.open_tab("today")
        seen = {}

        def read_then_cancel(dialog):
            seen["done"] = dialog.done_text.toPlainText()
            dialog.reject()

        errors = when_dialog_opens(read_then_cancel, "handover_dialog")
        qtbot.mouseClick(new.page("today").handover_button, LEFT)
        assert not errors
        assert seen["done"] == "Stand fait."
        new.close()
    finally:
        language.apply_language(qapp, "fr")
    database.close()
