"""The Schedule tab builds its views other than the week when they are first shown: the tab's
first show builds the week only, a refresh leaves the others unbuilt, and a view built later
shows what was changed elsewhere before it was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from app.db import Database
from app.services.people import members as people
from app.services.schedule import attendance, prerequisites
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.test_schedule_tab import seed

D = dt.date
LATER_PAGES = ("mornings_list", "attendance_page", "schedule_progress", "schedule_rules")


@pytest.fixture
def shown(qtbot, db_path):
    ids = seed(db_path)
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: D(2022, 10, 12)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("schedule")
    yield window.page("schedule"), database, ids
    window.close()
    database.close()


def click_view(qtbot, tab, title: str) -> None:
    """Click the view's tab in the bar, as a person does."""
    bar = tab.views.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.views.currentIndex() == index


def test_only_the_week_is_built_at_the_first_show_and_after_a_refresh(shown):
    tab, _database, _ids = shown
    assert set(tab._lazy.built()) == {"week"}
    assert all(tab.findChild(QWidget, name) is None for name in LATER_PAGES)
    tab.ctx.changed(Area.SCHEDULE)  # a refresh of the tab shown
    assert set(tab._lazy.built()) == {"week"}
    assert tab.week.item(0, 0) is not None  # the week has its Monday's morning


def test_the_list_built_later_shows_a_morning_added_elsewhere(qtbot, shown):
    tab, database, (cohort_id, _diane, _rania) = shown
    with database.session() as session:
        schedule.create_morning(session, cohort_id, MorningInput(D(2022, 10, 13), kind="theory"))
    tab.ctx.changed(Area.SCHEDULE)
    assert "list" not in tab._lazy.built()
    click_view(qtbot, tab, "Liste")
    view = tab.findChild(QTableView, "mornings_list")
    assert view is not None and view.isVisible()
    dates = [view.model().row_at(row).date for row in range(view.model().rowCount())]
    assert dates == [D(2022, 10, 10), D(2022, 10, 11), D(2022, 10, 13)]


def test_the_grid_built_later_shows_attendance_noted_elsewhere(qtbot, shown):
    tab, database, (cohort_id, diane, _rania) = shown
    with database.session() as session:
        first = schedule.list_mornings(session, cohort_id)[0]
        attendance.set_attendance(session, first.id, diane, "present")
    tab.ctx.changed(Area.SCHEDULE)
    assert "attendance" not in tab._lazy.built()
    click_view(qtbot, tab, "Présences")
    grid = tab.findChild(QTableView, "attendance_grid")
    assert grid is not None and grid.isVisible()
    model = grid.model()
    names = [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]
    assert names == ["Diane Uwimana", "Rania Haddad"]
    assert model.index(0, 0).data() == "P"  # Diane, the first morning
    assert model.index(1, 0).data() == ""  # Rania: nothing noted yet


def test_the_hours_built_later_count_a_morning_marked_elsewhere(qtbot, shown):
    tab, database, (cohort_id, diane, _rania) = shown
    click_view(qtbot, tab, "Heures")
    assert tab.progress_page.bars["mornings"].value() == 0
    click_view(qtbot, tab, "Semaine")
    with database.session() as session:
        first = schedule.list_mornings(session, cohort_id)[0]
        attendance.set_attendance(session, first.id, diane, "present")
    tab.ctx.changed(Area.SCHEDULE)
    click_view(qtbot, tab, "Heures")
    assert tab.progress_page.bars["mornings"].text() == "1 matinée faite sur 36 (prévues : 2)"


def test_a_refresh_reads_who_is_expected_once_for_the_check_and_the_grid(qtbot, shown, monkeypatch):
    tab, database, (cohort_id, _diane, _rania) = shown
    with database.session() as session:  # rules: the check needs who is expected where
        assert prerequisites.list_prerequisites(session)
    click_view(qtbot, tab, "Présences")
    read = []
    members_of = attendance.cohort_members
    monkeypatch.setattr(
        attendance, "cohort_members", lambda s, c: read.append(c) or members_of(s, c)
    )

    tab.ctx.changed(Area.SCHEDULE)  # one refresh, the grid shown
    assert read == [cohort_id]

    with database.session() as session:  # a member added: the next refresh reads her
        people.create_person(session, people.PersonInput("Amina", "Benali"), cohort_id)
    tab.ctx.changed(Area.PEOPLE)
    assert read == [cohort_id, cohort_id]
    model = tab.findChild(QTableView, "attendance_grid").model()
    names = [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())]
    assert names == ["Amina Benali", "Diane Uwimana", "Rania Haddad"]
