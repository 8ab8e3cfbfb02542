"""A closed or replaced main window is freed, with its pages, and nothing crashes on the way.

The bus outlives every window: it holds the windows' and pages' methods weakly (it held lambdas,
so every window lived until the process ended). A language switch closes and deletes the old
window. Undo steps hold their context, and the context's undo group owns them: the steps go when
the last window closes (or, for a tab with no window, when the collector finds the context),
never in the middle of the collector's clearing of that cycle, which crashed in
QUndoStack::clear and killed the whole test process (at the end of test_evaluations_tab.py,
every time, once the lambdas were gone: that file is the crash's reproduction; the order the
collector clears a cycle in could not be forced here). So the tests that free windows run in a
child pytest process (`test_windows_are_freed_without_a_crash_in_a_child_process`): a crash
there fails one test instead of ending the run.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from app.db import Database
from app.services.people import cooperative
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

# The cases, run in a child process by the first test below.
CASES = Path(__file__).with_name("freed_windows_cases.py")
TODAY = dt.date(2022, 10, 3)


def test_windows_are_freed_without_a_crash_in_a_child_process():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "0",
            "-q",
            "-p",
            "no:cacheprovider",
            str(CASES),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "6 passed" in result.stdout, result.stdout[-3000:]


def count_reads_of_the_cooperative(database) -> tuple[list[str], object]:
    """The statements reading the cooperative from now on, as SQLite runs them: through
    SQLAlchemy or straight on sqlite3 (the window's opening reads, first_screen.reading)."""
    statements: list[str] = []

    def traced(statement: str) -> None:
        if "FROM cooperative" in statement:
            statements.append(statement)

    def on_checkout(dbapi_connection, _record, _proxy):
        dbapi_connection.set_trace_callback(traced)

    def on_checkin(dbapi_connection, _record):
        if dbapi_connection is not None:
            dbapi_connection.set_trace_callback(None)

    event.listen(database.engine, "checkout", on_checkout)
    event.listen(database.engine, "checkin", on_checkin)

    def stop() -> None:
        event.remove(database.engine, "checkout", on_checkout)
        event.remove(database.engine, "checkin", on_checkin)

    return statements, stop


@pytest.mark.parametrize("described", [False, True])
def test_opening_the_window_reads_the_cooperative_once(qtbot, db_path, described):
    database = Database.open(db_path)
    if described:
        with database.session() as session:
            cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop Test"))
    statements, stop = count_reads_of_the_cooperative(database)
    window = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(window)
    stop()
    assert len(statements) == 1
    # the one read serves the title and the welcome alike
    assert window.windowTitle() == ("Coop Test" if described else "Coopér'Actives Cuisine")
    assert window.welcome.isHidden() is False
    assert window.welcome_button.text() == (
        "Créer une cohorte" if described else "Décrire la coopérative"
    )
    if not described:  # described meanwhile: the title and the welcome follow, from one read
        with database.session() as session:
            cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop Test"))
        statements, stop = count_reads_of_the_cooperative(database)
        window.ctx.changed(Area.COOPERATIVE)
        stop()
        assert len(statements) == 1 and window.windowTitle() == "Coop Test"
        assert window.welcome_button.text() == "Créer une cohorte"
    window.close()
    database.close()
