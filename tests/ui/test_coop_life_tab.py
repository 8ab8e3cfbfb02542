"""The Cooperative life tab driven as a person would: a decision refused without its proposal and
with an objection nobody raised, then saved, found, undone and redone; a new version of the
charter signed, and undone. The database is read afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.db import Database
from app.models.decisions import Decision, DecisionObjection, DocumentSignature, GroupDocument
from app.services.people import cohorts, cooperative, members
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.vocab.decisions import Position
from tests.ui.helpers import type_text, when_dialog_opens


def seed(db_path) -> dict[str, int]:
    database = Database.open(db_path)
    with database.session() as session:
        cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop Test"))
        cohort = cohorts.create_cohort(
            session,
            cohorts.CohortInput("Coopérative 2", dt.date(2022, 9, 12), dt.date(2022, 12, 16)),
        )
        ids = {
            name: members.create_person(session, members.PersonInput(name), cohort.id).id
            for name in ("Amina", "Diane")
        }
    database.close()
    return ids


def open_window(qtbot, path):
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: dt.date(2022, 11, 2)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("coop_life")
    return window, database


def save(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def titles(window) -> list[str]:
    model = window.page("coop_life").decisions_page.proxy
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_a_decision_is_refused_at_its_fields_then_saved_found_and_undone(qtbot, db_path):
    ids = seed(db_path)
    window, database = open_window(qtbot, db_path)
    page = window.page("coop_life").decisions_page
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.title_edit, "Heure de début")
        save(qtbot, dialog)  # no proposal yet
        seen["proposal"] = dialog.findChild(QLabel, "error_proposal").text()
        type_text(qtbot, dialog.proposal, "Commencer à 9 h.")
        diane_row = [pid for pid, _ in dialog.members].index(ids["Diane"])
        combo = dialog.positions.cellWidget(diane_row, 1)
        combo.setCurrentIndex(combo.findData(Position.OBJECTION))
        qtbot.mouseClick(dialog.add_objection_button, Qt.MouseButton.LeftButton)
        dialog.objections.item(0, 1).setText("Le mercredi, l'école finit à midi.")
        save(qtbot, dialog)  # an objection without its author
        seen["objection"] = dialog.findChild(QLabel, "error_objections").text()
        seen["cell"] = (dialog.objections.currentRow(), dialog.objections.currentColumn())
        author = dialog.objections.cellWidget(0, 0)
        author.setCurrentIndex(author.findData(ids["Diane"]))
        save(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    errors = when_dialog_opens(fill, "decision_dialog")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert seen["proposal"] == "Écrivez la proposition."
    assert seen["objection"] == "Indiquez qui a fait cette objection."
    assert seen["cell"] == (0, 0) and seen["closed"]
    assert titles(window) == ["Heure de début"]
    with database.session() as session:
        (decision,) = session.query(Decision).all()
        assert decision.proposal == "Commencer à 9 h."
        (objection,) = session.query(DecisionObjection).all()
        assert (objection.author_id, objection.objection) == (
            ids["Diane"],
            "Le mercredi, l'école finit à midi.",
        )
        positions = {p.person_id: p.position for p in decision.positions}
        assert positions == {ids["Amina"]: "absent", ids["Diane"]: "objection"}
    qtbot.keyClicks(page.search, "ecole")
    assert titles(window) == ["Heure de début"]
    qtbot.keyClicks(page.search, " frigo")
    assert titles(window) == []
    page.search.clear()
    window.undo_action.trigger()
    assert titles(window) == []
    with database.session() as session:
        assert session.query(Decision).count() == 0
    window.redo_action.trigger()
    assert titles(window) == ["Heure de début"]
    window.close()
    database.close()


def test_a_new_charter_version_is_signed_and_the_signature_undone(qtbot, db_path):
    ids = seed(db_path)
    window, database = open_window(qtbot, db_path)
    tab = window.page("coop_life")
    tab.pages.setCurrentWidget(tab.documents_page)
    page = tab.documents_page
    assert not page.sign_button.isEnabled()  # nothing to sign yet

    def write(dialog):
        type_text(qtbot, dialog.body, "Nous décidons ensemble.")
        save(qtbot, dialog)

    errors = when_dialog_opens(write, "document_version_dialog")
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert page.text.toPlainText() == "Nous décidons ensemble."
    assert "par 2 membre" in page.unsigned_label.text()

    def sign(dialog):
        dialog.person.setCurrentIndex(dialog.person.findData(ids["Diane"]))
        save(qtbot, dialog)

    errors = when_dialog_opens(sign, "sign_dialog")
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    with database.session() as session:
        (document,) = session.query(GroupDocument).all()
        assert (document.kind, document.version) == ("charter", 1)
        (signature,) = session.query(DocumentSignature).all()
        assert (signature.person_id, signature.signed_on) == (ids["Diane"], dt.date(2022, 11, 2))
    assert "par 1 membre" in page.unsigned_label.text()
    window.undo_action.trigger()
    with database.session() as session:
        assert session.query(DocumentSignature).count() == 0
    assert "par 2 membre" in page.unsigned_label.text()
    window.close()
    database.close()


def test_the_decisions_page_is_built_with_the_tab_the_others_when_shown(qtbot, db_path):
    """The tab's first show builds the decisions' page alone; a click on "Cercles" builds the
    circles' page in its place and reads its data."""
    seed(db_path)
    window, database = open_window(qtbot, db_path)
    tab = window.page("coop_life")
    assert set(tab._lazy.built()) == {"decisions"}
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert set(tab._lazy.built()) == {"decisions", "circles"}
    assert tab.pages.currentWidget() is tab.circles_page
    assert tab.circles_page.isVisible()
    window.close()
    database.close()
