"""The cases of tests/ui/test_window_freed.py that free windows, run by it in a child pytest
process (this file's name keeps pytest from collecting it in the run itself): a crash while the
collector clears a window's cycle (seen in QUndoStack::clear) then fails one test instead of
ending the whole run."""

from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest
from PySide6.QtCore import QCoreApplication

from app.db import Database
from app.ui import language
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.undo import ServiceCommand
from tests.qt_cleanup import delete_closed_widgets

TODAY = dt.date(2022, 10, 3)


@pytest.fixture
def french_afterwards(qapp):
    yield qapp
    language.apply_language(qapp, "fr")


def push_step(page, text: str) -> None:
    """An undo step as the tabs push them: it holds the tab's context."""
    page.ctx.undo_stack.push(
        ServiceCommand(page.ctx, text, lambda session: None, lambda session: None, Area.PEOPLE)
    )


def collected() -> None:
    delete_closed_widgets()  # the deleteLater calls Qt was asked for
    gc.collect()


def references(window) -> list[weakref.ref]:
    return [weakref.ref(window), *(weakref.ref(page) for page in window.pages)]


def test_three_language_switches_free_the_old_windows_and_keep_the_undo_history(
    qtbot, db_path, french_afterwards
):
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    window.show()
    window.open_tab("members")
    push_step(window.page("members"), "ajout de Khadija Benali")
    old: list[weakref.ref] = []
    for code in ("en", "nl", "fr"):
        old += references(window)
        window.language_actions[code].trigger()  # the menu entry, as she clicks it
        window = window.replacement
    collected()
    assert len(old) >= 6 and [ref() for ref in old] == [None] * len(old)
    assert window.isVisible() and window.tabs.currentWidget().objectName() == "members_holder"
    assert window.undo_action.text() == "Annuler : ajout de Khadija Benali"  # kept through them
    last = references(window)
    window.close()
    window.deleteLater()
    del window
    collected()
    assert [ref() for ref in last] == [None] * len(last)
    database.close()


def test_typing_kept_for_an_inner_page_not_shown_holds_no_old_window(
    qtbot, db_path, french_afterwards
):
    """A search typed on the members list, the directory shown: each new window waits to put it
    back until the list is shown (a connection on its inner tabs); the windows it came through
    are freed all the same, and the search is there at the end."""
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    window.show()
    window.open_tab("members")
    window.page("members").search.setText("Kha")
    window.page("members").pages.setCurrentIndex(1)
    old: list[weakref.ref] = []
    for code in ("en", "nl", "fr"):
        old += references(window)
        window.language_actions[code].trigger()
        window = window.replacement
    collected()
    assert len(old) >= 6 and [ref() for ref in old] == [None] * len(old)
    window.page("members").pages.setCurrentIndex(0)
    assert window.page("members").search.text() == "Kha"
    window.close()
    window.deleteLater()
    database.close()


def test_a_closed_window_is_freed_with_its_pages_and_context(qtbot, db_path):
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    window.show()
    for name in ("members", "schedule"):
        window.open_tab(name)
        push_step(window.page(name), f"pas de {name}")
    refs = [*references(window), weakref.ref(window.ctx), weakref.ref(window.ctx.undo_group)]
    assert len(refs) == 6
    window.close()
    assert window.ctx.undo_group.activeStack().count() == 0  # the steps went with the window
    window.deleteLater()
    del window
    collected()
    assert [ref() for ref in refs] == [None] * len(refs)
    QCoreApplication.processEvents()  # nothing left connected calls into a deleted window
    database.close()


def test_a_tab_with_undo_steps_and_no_window_is_collected_without_a_crash(qtbot, db_path):
    """test_evaluations_tab's way: a tab built alone, never closed, left to the collector."""
    from app.ui.people.tab import MembersTab

    database = Database.open(db_path)
    tab = MembersTab(AppContext(database, today=lambda: TODAY))
    push_step(tab, "ajout")
    push_step(tab, "modification")
    tab.ctx.undo_stack.undo()
    tab.ctx.undo_stack.undo()
    tab.ctx.undo_stack.redo()  # one step done, one waiting for Rétablir
    refs = [weakref.ref(tab), weakref.ref(tab.ctx)]
    tab.deleteLater()
    del tab
    collected()
    assert [ref() for ref in refs] == [None, None]
    database.close()


def test_the_bus_reaches_no_deleted_window(qtbot, db_path, french_afterwards):
    """The old window's and pages' methods were disconnected when Qt deleted them: a cohort
    change after a switch redraws the window on screen and raises nothing."""
    database = Database.open(db_path)
    ctx = AppContext(database, today=lambda: TODAY)
    first = MainWindow(ctx)
    first.show()
    first.language_actions["en"].trigger()
    new = first.replacement
    del first
    collected()
    ctx.set_cohort(42)
    ctx.changed(Area.PEOPLE, Area.COOPERATIVE)
    assert new.cohort_status.text() == "No cohort"
    new.close()
    new.deleteLater()
    collected()
    database.close()


def test_the_window_on_screen_follows_the_switches_and_keeps_no_old_one(
    qtbot, db_path, french_afterwards
):
    """What run_gui, the start's check and the single-instance wake-up use (app/ui/app.py)."""
    from shiboken6 import delete

    from app.ui.app import WindowOnScreen

    database = Database.open(db_path)
    screen = WindowOnScreen(MainWindow(AppContext(database, today=lambda: TODAY)))
    screen.window.show()
    first = weakref.ref(screen.window)
    screen.window.language_actions["ar"].trigger()
    screen.window.language_actions["fr"].trigger()
    collected()
    assert first() is None
    assert screen.now() is screen.window and screen.window.isVisible()
    assert screen.window.tabs.tabText(0) == "Aujourd'hui"
    screen.window.close()
    delete(screen.window)
    assert screen.now() is None
    database.close()
