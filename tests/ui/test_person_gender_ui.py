"""A journey: the coordinator says in the member form that today's delegate is a man; the Today
screen and the status bar then name his role in the masculine, and the database holds it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.db import Database
from app.services.delegate import rotation
from app.services.people import cohorts, members
from app.services.today import first_screen
from tests.ui.helpers import when_dialog_opens
from tests.ui.test_stale_menu_forms import press_save
from tests.ui.test_today import open_on, page

MONDAY = dt.date(2023, 1, 9)


def test_a_delegate_said_to_be_a_man_is_shown_as_delegue(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("C3", MONDAY, dt.date(2023, 1, 20))
        )
        for name in ("Amal", "Binta", "Chloé"):
            members.create_person(session, members.PersonInput(name), cohort.id)
        rotation.plan_cohort(session, cohort.id, MONDAY, weekdays=(0, 2))
        day = first_screen.day_of(session, cohort.id, MONDAY)
    database.close()
    window, database = open_on(qtbot, db_path, MONDAY)
    today = page(window, "today")
    assert today.delegate_caption.text() == "Déléguée du jour"  # unstated: the feminine
    assert window.delegate_status.text().startswith("Déléguée du jour : ")

    people = page(window, "members")
    people.select_person(day.delegate_id)
    seen = {}

    def say_man(dialog):
        gender = dialog.findChild(QComboBox, "gender")
        seen["choices"] = [gender.itemText(i) for i in range(gender.count())]
        seen["shown"] = gender.currentText()
        gender.setCurrentIndex(gender.findText("Homme"))
        press_save(qtbot, dialog)

    errors = when_dialog_opens(say_man, "person_dialog")
    qtbot.mouseClick(people.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen == {"choices": ["Femme", "Homme", "Non précisé"], "shown": "Non précisé"}
    with database.session() as session:
        assert members.get_person(session, day.delegate_id).gender == "man"
    today = page(window, "today")
    assert today.delegate_caption.text() == "Délégué du jour"
    assert window.delegate_status.text().startswith("Délégué du jour : ")
    window.close()
    database.close()


def test_the_members_table_names_each_role_in_the_persons_gender(qtbot, db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("C4", MONDAY, dt.date(2023, 1, 20))
        )
        for name, role, gender in (
            ("Karim", "facilitator", "man"),
            ("Fatou", "facilitator", "unstated"),
            ("Youssef", "evaluator", "man"),
            ("Léa", "mentor", "woman"),
        ):
            members.create_person(
                session, members.PersonInput(name, role=role, gender=gender), cohort.id
            )
    database.close()
    window, database = open_on(qtbot, db_path, MONDAY)
    people = page(window, "members")
    model = people.model
    role_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Rôle"
    )
    roles = {
        model.index(row, 0).data(): model.index(row, role_column).data()
        for row in range(model.rowCount())
    }
    assert roles == {
        "Karim": "Animateur",
        "Fatou": "Animatrice",
        "Youssef": "Évaluateur",
        "Léa": "Marraine",
    }
    window.close()
    database.close()
