"""Reuse a programme from the window, as the coordinator would: Fichier › Nouvelle cohorte à partir
de…, a name already used refused at the name (nothing written), then a new name and a start date;
the new cohort becomes the current one, and its Schedule tab shows the copied mornings, moved by
whole weeks, as the database holds them — with no member."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services.people import cohorts, members
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens

D = dt.date


@pytest.fixture
def window(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
        )
        members.create_person(session, members.PersonInput("Amina", "Diallo"), cohort.id)
        for day, kind in ((D(2022, 9, 12), "theory"), (D(2022, 9, 13), "kitchen")):
            schedule.create_morning(session, cohort.id, MorningInput(day, kind=kind))
    main = MainWindow(AppContext(database, today=lambda: D(2023, 1, 2)))
    qtbot.addWidget(main)
    main.show()
    yield main, database, cohort.id
    main.close()
    database.close()


def test_a_new_cohort_from_the_previous_one_then_its_schedule(qtbot, window):
    main, database, old_id = window
    seen = {}

    def act(dialog):
        type_text(qtbot, dialog.name, "coopérative 2")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.errors.message_for("name")
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Coopérative 3")
        dialog.start.setDate(QDate(2023, 1, 9))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(act, "reuse_dialog")
    main.reuse.action.trigger()
    assert errors == []
    assert seen["refused"] == "Une cohorte porte déjà ce nom."
    assert main.cohort_box.currentText() == "Coopérative 3"
    assert "2 matinées reprises" in main.statusBar().currentMessage()

    main.open_tab("schedule")
    tab = main.page("schedule")
    tab.views.setCurrentWidget(tab.list_view)
    shown = [tab.list_model.row_at(row).date for row in range(tab.list_model.rowCount())]
    with database.session() as session:
        new = cohorts.find_cohort(session, "Coopérative 3")
        stored = [(m.date, m.kind) for m in schedule.list_mornings(session, new.id)]
        people = members.list_people(session, new.id, include_inactive=True)
        names = [c.name for c in cohorts.list_cohorts(session)]
    assert main.ctx.cohort_id == new.id != old_id
    assert stored == [(D(2023, 1, 9), "theory"), (D(2023, 1, 10), "kitchen")]
    assert shown == [day for day, _kind in stored]
    assert people == []
    assert sorted(names) == ["Coopérative 2", "Coopérative 3"]
