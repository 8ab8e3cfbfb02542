"""The Rotation tab's history (turns per person, changes, tasks done, unavailabilities): a table is
built only when its tab is first shown (app/ui/lazy_pages.py) and read then, read again when shown
after a change, and the unavailabilities' buttons work once their page is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from app.services.delegate import rotation, tasks
from app.ui.areas import Area
from tests.ui.test_today import DAY, open_on, page

HIDDEN = {"rotation_changes", "rotation_done_tasks", "rotation_unavailability"}


def _tables(tab) -> set[str]:
    return {table.objectName() for table in tab.findChildren(QTableView)}


def _click_history_tab(qtbot, tab, index: int) -> None:
    bar = tab.history.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_the_history_tables_are_built_when_their_tab_is_first_shown(qtbot, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    tab = page(window, "rotation")
    qtbot.waitExposed(tab)
    assert "rotation_fairness" in _tables(tab)
    assert not _tables(tab) & HIDDEN
    with database.session() as session:
        changes = rotation.list_changes(session, window.ctx.cohort_id)

    _click_history_tab(qtbot, tab, 1)

    assert tab.history.currentWidget() is tab.changes_table
    assert _tables(tab) & HIDDEN == {"rotation_changes"}
    assert tab.changes_table.model().rowCount() == len(changes)
    window.close()
    database.close()


def test_a_history_page_is_read_when_shown_and_again_after_a_change(qtbot, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    cohort_id = window.ctx.cohort_id
    tab = page(window, "rotation")
    qtbot.waitExposed(tab)
    with database.session() as session:
        changes = len(rotation.list_changes(session, cohort_id))
        done = len(tasks.done_tasks(session, cohort_id))
        person_id = rotation.candidates(session, cohort_id)[0].person_id
    assert changes and done  # the demo has both: a page read shows rows
    # shown at once: only the plan and the turns per person are read
    assert (tab.changes_model.rowCount(), tab.done_model.rowCount()) == (0, 0)

    _click_history_tab(qtbot, tab, 2)
    assert (tab.changes_model.rowCount(), tab.done_model.rowCount()) == (0, done)

    _click_history_tab(qtbot, tab, 1)
    assert tab.changes_model.rowCount() == changes
    _click_history_tab(qtbot, tab, 0)
    day = next(d for d in tab.days_model.rows() if d.date >= DAY and d.delegate_id)
    with database.session() as session:  # changes made meanwhile, while another page shows
        rotation.set_delegate(session, cohort_id, day.date, day.delegate_id, "Rendez-vous", DAY)
        rotation.add_unavailability(session, cohort_id, person_id, weekday=2, reason="Crèche")
    window.ctx.changed(Area.ROTATION)
    with database.session() as session:
        now = len(rotation.list_changes(session, cohort_id))
        off = len(rotation.list_unavailability(session, cohort_id))
    assert now > changes

    _click_history_tab(qtbot, tab, 1)
    assert tab.changes_model.rowCount() == now
    _click_history_tab(qtbot, tab, 3)
    assert tab.off_model.rowCount() == off
    window.close()
    database.close()


def test_an_unavailability_is_removed_from_its_page_shown_later(qtbot, demo_db_path, monkeypatch):
    window, database = open_on(qtbot, demo_db_path, DAY)
    cohort_id = window.ctx.cohort_id
    with database.session() as session:
        person_id = rotation.candidates(session, cohort_id)[0].person_id
        before = len(rotation.list_unavailability(session, cohort_id))
        added = rotation.add_unavailability(
            session, cohort_id, person_id, weekday=2, reason="Crèche"
        )
    tab = page(window, "rotation")
    qtbot.waitExposed(tab)

    _click_history_tab(qtbot, tab, 3)

    assert tab.off_button.isEnabled()
    assert tab.off_remove_button.isEnabled()
    rows = [row.id for row in tab.off_model.rows()]
    assert len(rows) == before + 1
    tab.off_table.selectRow(rows.index(added.id))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.off_remove_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        left = [row.id for row in rotation.list_unavailability(session, cohort_id)]
    assert added.id not in left
    assert len(left) == before
    window.close()
    database.close()
