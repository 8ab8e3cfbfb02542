"""After the programme, from the Members tab as the coordinator would: a situation without her
consent is refused (nothing saved), her consent noted, the situation saved, then the consent
withdrawn and what was noted deleted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services.outcomes import consent, records
from app.services.people import cohorts, members
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.outcomes.dialog import OutcomesDialog
from tests.ui.helpers import type_text, when_dialog_opens

TODAY = dt.date(2022, 12, 16)


@pytest.fixture
def window(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session,
            cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
        )
        person = members.create_person(session, members.PersonInput("Amina", "Diallo"), cohort.id)
    main = MainWindow(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(main)
    main.show()
    main.open_tab("members")
    main.page("members").table.selectRow(0)
    yield main, database, person.id, cohort.id
    main.close()
    database.close()


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_refused_without_consent_then_saved_then_withdrawn(qtbot, window, monkeypatch):
    main, database, person_id, cohort_id = window
    seen = {}

    def first(dialog):
        dialog.situation.setCurrentIndex(dialog.situation.findData("internship"))
        type_text(qtbot, dialog.note, "WOW")
        save(qtbot, dialog)
        seen["refused"] = dialog.errors.message_for("consent")
        seen["still_open"] = dialog.isVisible()
        qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
        seen["consent"] = dialog.consent_label.text()
        save(qtbot, dialog)

    errors = when_dialog_opens(first, "outcomes_dialog")
    qtbot.mouseClick(main.page("members").outcomes_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert "Pas d'accord" in seen["refused"] and seen["still_open"]
    assert seen["consent"].startswith("Accord donné le")
    with database.session() as session:
        noted = records.outcomes_of_person(session, person_id)
    assert [(o.cohort_id, o.checkpoint, o.situation, o.note) for o in noted] == [
        (cohort_id, "end", "internship", "WOW")
    ]

    monkeypatch.setattr(OutcomesDialog, "confirm_withdrawal", classmethod(lambda cls, p: True))

    def second(dialog):
        seen["noted"] = dialog.noted_label.text()
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.consent_label.text()
        dialog.reject()

    errors = when_dialog_opens(second, "outcomes_dialog")
    qtbot.mouseClick(main.page("members").outcomes_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert seen["noted"] == "À la fin : Un stage — WOW"
    assert seen["after"].startswith("Accord retiré le")
    with database.session() as session:
        assert records.outcomes_of_person(session, person_id) == []
        assert not consent.has_consent(session, person_id)
