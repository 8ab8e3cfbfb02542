"""Undo has a scope (issue #14, cases 3 and 4), driven through the real widgets and read back from
the database: each tab has its own history behind Édition › Annuler / Rétablir; the tally's undo
button undoes only this sale day's taps; Ctrl+Z works with the focus in the scanner field; a
closed day's taps leave the history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.db import Database
from app.models.people import Person
from app.services.sales import tally as sales_tally
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.services.sales_fixtures import make_event, make_shop
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_sales_tab import create_day, open_sales

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def members_named(database, first_name: str) -> int:
    with database.session() as session:
        return len(session.scalars(select(Person).where(Person.first_name == first_name)).all())


def revenue(database, event_id: int) -> int:
    with database.session() as session:
        return sales_tally.tally_totals(session, event_id).revenue_cents


def add_member(qtbot, window, first: str, last: str) -> None:
    def fill(dialog):
        type_text(qtbot, dialog.first_name, first)
        type_text(qtbot, dialog.last_name, last)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)

    window.open_tab("members")
    errors = when_dialog_opens(fill)
    qtbot.mouseClick(window.page("members").add_button, LEFT)
    assert not errors


def close_the_day(qtbot, tab, monkeypatch, pieces) -> None:
    """Count the cash (pieces: (cents, how many)) and close the shown day, through the widgets."""
    closing = tab.closing
    tab.pages.setCurrentWidget(closing)
    for cents, count in pieces:
        type_text(qtbot, closing.piece_edits[cents], count)
    qtbot.mouseClick(closing.save_count_button, LEFT)
    assert closing.count_error.text() == ""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(closing.close_button, LEFT)
    assert tab.current_event().closed
    tab.pages.setCurrentWidget(tab.tally)


def test_undo_on_sales_never_deletes_a_member_added_in_members(qtbot, db_path):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    add_member(qtbot, window, "Khadija", "Benali")
    assert window.undo_action.text() == "Annuler : ajout de Khadija Benali"

    window.open_tab("sales")
    assert not tab.tally.undo_button.isEnabled()  # no tap of this day yet
    qtbot.mouseClick(tab.tally.undo_button, LEFT)
    assert window.undo_action.text() == "Annuler" and not window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert members_named(database, "Khadija") == 1

    qtbot.mouseClick(tab.tally.plus_buttons[0], LEFT)
    assert window.undo_action.text() == "Annuler : +1 Energy balls"
    window.open_tab("members")  # the member's history is still there, on her tab
    assert window.undo_action.text() == "Annuler : ajout de Khadija Benali"
    window.close()
    database.close()


def test_ctrl_z_in_the_scanner_field_takes_back_the_tap_and_redo_is_offered(qtbot, db_path):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    qtbot.wait(20)  # the closed dialog goes (deleteLater), so the window can be active again
    with qtbot.waitActive(window):  # shortcuts work in the active window
        window.activateWindow()
    tally = tab.tally
    event_id = tally.sale_event.id
    qtbot.mouseClick(tally.plus_buttons[0], LEFT)  # balls, 2,50 €
    qtbot.keyClicks(tally.scan, "123")
    qtbot.keyClick(tally.scan, Qt.Key.Key_Return)  # soup, 4,00 €; the focus stays in the field
    assert tally.scan.hasFocus() and "+1 Soupe" in tally.message.text()
    assert revenue(database, event_id) == 650

    qtbot.keyClick(tally.scan, Qt.Key.Key_Z, CTRL)
    assert revenue(database, event_id) == 250
    assert [label.text() for label in tally.count_labels] == ["1", "0"]
    assert tally.message.text() == "Annulé : +1 Soupe"
    assert window.redo_action.isEnabled() and window.redo_action.text() == "Rétablir : +1 Soupe"
    assert tally.redo_button.isEnabled()

    qtbot.keyClick(tally.scan, Qt.Key.Key_Y, CTRL)
    assert revenue(database, event_id) == 650
    assert tally.message.text() == "Rétabli : +1 Soupe"
    qtbot.mouseClick(tally.undo_button, LEFT)
    qtbot.mouseClick(tally.undo_button, LEFT)
    assert revenue(database, event_id) == 0
    assert not tally.undo_button.isEnabled()  # nothing of this day left to undo
    window.close()
    database.close()


def test_a_closed_day_leaves_the_history(qtbot, db_path, monkeypatch):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    tally = tab.tally
    event_id = tally.sale_event.id
    qtbot.mouseClick(tally.plus_buttons[0], LEFT)  # 2,50 € cash over a 50 € float
    assert window.undo_action.isEnabled()

    close_the_day(qtbot, tab, monkeypatch, ((5000, "1"), (200, "1"), (50, "1")))

    assert not window.undo_action.isEnabled() and window.undo_action.text() == "Annuler"
    assert tab.ctx.undo_stack.count() == 0
    window.undo_action.trigger()  # uses up nothing, changes nothing
    assert not tally.undo_button.isEnabled()
    assert revenue(database, event_id) == 250
    window.close()
    database.close()


def test_closing_one_day_keeps_the_other_open_days_taps(qtbot, db_path, monkeypatch):
    database = Database.open(db_path)
    with database.session() as session:
        older = make_event(session, make_shop(session), day=dt.date(2022, 10, 4)).id
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 10, 5)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("sales")
    tab = window.page("sales")
    create_day(qtbot, tab)
    tally = tab.tally
    today = tally.sale_event.id
    qtbot.mouseClick(tally.plus_buttons[0], LEFT)  # today: balls, cash
    tab.open_item(older)
    qtbot.mouseClick(tally.plus_buttons[1], LEFT)  # the older day: soup, cash
    tab.open_item(today)
    assert not tally.undo_button.isEnabled()  # the last step is the other day's

    close_the_day(qtbot, tab, monkeypatch, ((5000, "1"), (200, "1"), (50, "1")))
    assert tab.ctx.undo_stack.count() == 1
    assert window.undo_action.text() == "Annuler : +1 Soupe"
    tab.open_item(older)
    assert tally.undo_button.isEnabled()
    qtbot.mouseClick(tally.undo_button, LEFT)
    assert revenue(database, older) == 0 and revenue(database, today) == 250
    window.close()
    database.close()
