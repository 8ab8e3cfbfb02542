"""The circles' page of the Vie coopérative tab, driven like a person would: a circle refused
without a member (message at the members' list, nothing saved), made with a suggested member,
edited; its checklist, lead, meeting and task; each step undone and redone through Édition; the
circle's task on Today; the sheet printed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services.circles import checklist, circles, lead, meetings
from app.services.circles import tasks as circle_tasks
from app.services.people import cohorts
from app.ui.context import AppContext
from app.ui.decisions.tab import OPEN_CIRCLES
from app.ui.main_window import MainWindow
from tests.ui.helpers import type_text, when_dialog_opens

DAY = dt.date(2022, 10, 3)


def open_circles(qtbot, path):
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: DAY))
    qtbot.addWidget(window)
    window.show()
    window.ctx.open("coop_life", OPEN_CIRCLES)
    return window, database, window.page("coop_life").circles_page


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def cohort_circles(database):
    with database.session() as session:
        cohort_id = cohorts.find_cohort(session, "Coopérative 2").id
        return {c.name: c for c in circles.list_circles(session, cohort_id)}


def test_the_demo_circles_show_with_their_checklist_meeting_and_tasks(qtbot, demo_db_path):
    window, database, page = open_circles(qtbot, demo_db_path)
    names = [page.model.rows()[i].name for i in range(len(page.model.rows()))]
    assert sorted(names) == ["Achats et stock", "Communication"]
    page.refresh(cohort_circles(database)["Achats et stock"].id)
    details = page.details
    lines = [details.checklist.item(i).text() for i in range(details.checklist.count())]
    assert lines[-1] == "Comparer les prix de deux grossistes"
    assert "Faire la liste des fournisseurs du quartier" in lines[0]  # done: with its date
    assert details.meetings_model.rowCount() == 1
    assert details.task_list.count() == 2
    today = window.page("today")
    window.open_tab("today")
    assert today.circle_tasks_label.isVisibleTo(today)
    assert "3 tâches" in today.circle_tasks_label.text()  # one due today, two late
    window.close()
    database.close()


def test_a_circle_without_member_is_refused_then_made_edited_undone(qtbot, demo_db_path):
    window, database, page = open_circles(qtbot, demo_db_path)
    seen = {}

    def fill_in(dialog):
        type_text(qtbot, dialog.name, "Caisse")
        save(qtbot, dialog)  # nobody ticked: refused at the members' list
        seen["error"] = dialog.errors.message_for("members")
        seen["open"] = dialog.isVisible()
        suggested = [
            dialog.member_list.item(i)
            for i in range(dialog.member_list.count())
            if "suggérée : a tenu la caisse" in dialog.member_list.item(i).text()
        ]
        seen["suggested"] = suggested[0].text()
        suggested[0].setCheckState(Qt.CheckState.Checked)
        type_text(qtbot, dialog.decides_alone, "Le fonds de caisse")
        save(qtbot, dialog)

    errors = when_dialog_opens(fill_in, "circle_dialog")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert seen["error"] == "Choisissez au moins une membre pour le cercle."
    assert seen["open"]
    made = cohort_circles(database)["Caisse"]
    assert made.decides_alone == "Le fonds de caisse"
    assert len(made.members) == 1 and seen["suggested"].startswith(made.members[0][1] + " ")
    assert page.selected().id == made.id

    def edit(dialog):
        dialog.brings_to_group.setPlainText("Les dépenses de plus de 20 €")
        save(qtbot, dialog)

    errors = when_dialog_opens(edit, "circle_dialog")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert cohort_circles(database)["Caisse"].brings_to_group == "Les dépenses de plus de 20 €"
    window.undo_action.trigger()
    assert cohort_circles(database)["Caisse"].brings_to_group == ""
    window.undo_action.trigger()
    assert "Caisse" not in cohort_circles(database)
    window.redo_action.trigger()
    assert "Caisse" in cohort_circles(database)
    window.close()
    database.close()


def test_checklist_lead_meeting_and_task_with_undo(qtbot, demo_db_path):
    window, database, page = open_circles(qtbot, demo_db_path)
    circle = cohort_circles(database)["Communication"]
    page.refresh(circle.id)
    details = page.details

    type_text(qtbot, details.new_line, "Écrire aux voisines")
    qtbot.mouseClick(
        details.findChild(type(page.add_button), "add_checklist_line"), Qt.MouseButton.LeftButton
    )
    with database.session() as session:
        lines = checklist.checklist(session, circle.id)
    assert lines[-1].text == "Écrire aux voisines" and not lines[-1].done
    item = details.checklist.item(details.checklist.count() - 1)
    item.setCheckState(Qt.CheckState.Checked)
    with database.session() as session:
        ticked = checklist.checklist(session, circle.id)[-1]
    assert (ticked.done_on, ticked.done_by_id) == (DAY, circle.lead_id)
    window.undo_action.trigger()
    with database.session() as session:
        assert not checklist.checklist(session, circle.id)[-1].done

    with database.session() as session:
        expected = lead.next_lead(session, circle.id)
    qtbot.mouseClick(details.lead_button, Qt.MouseButton.LeftButton)
    assert cohort_circles(database)["Communication"].lead_id == expected != circle.lead_id
    window.undo_action.trigger()
    assert cohort_circles(database)["Communication"].lead_id == circle.lead_id

    def minutes(dialog):
        type_text(qtbot, dialog.minutes, "Affiche collée au marché")
        save(qtbot, dialog)

    errors = when_dialog_opens(minutes, "meeting_dialog")
    qtbot.mouseClick(
        details.findChild(type(page.add_button), "add_meeting"), Qt.MouseButton.LeftButton
    )
    assert not errors
    with database.session() as session:
        assert meetings.meetings(session, circle.id)[0].minutes == "Affiche collée au marché"

    def task(dialog):
        type_text(qtbot, dialog.fields.text, "Appeler la radio")
        save(qtbot, dialog)

    errors = when_dialog_opens(task, "task_dialog")
    qtbot.mouseClick(
        details.findChild(type(page.add_button), "add_circle_task"), Qt.MouseButton.LeftButton
    )
    assert not errors
    with database.session() as session:
        texts = [t.text for t in circle_tasks.open_circle_tasks(session, circle.id)]
    assert "Appeler la radio" in texts
    today = window.page("today")
    window.open_tab("today")
    shown = [today.task_list.item(i).text() for i in range(today.task_list.count())]
    assert any(text.startswith("Appeler la radio") and "Communication" in text for text in shown)
    window.undo_action.trigger()  # the Today tab's stack: nothing of the circles there
    window.open_tab("coop_life")
    window.undo_action.trigger()  # the task given to the circle goes
    with database.session() as session:
        texts = [t.text for t in circle_tasks.open_circle_tasks(session, circle.id)]
    assert "Appeler la radio" not in texts
    window.close()
    database.close()


def test_the_sheet_is_printed_from_the_page(qtbot, demo_db_path, monkeypatch):
    import app.ui.pdf_preview as preview

    window, database, page = open_circles(qtbot, demo_db_path)
    shown = {}
    monkeypatch.setattr(
        preview, "preview_pdf", lambda pdf, title, name, parent: shown.update(pdf=pdf, name=name)
    )
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert shown["pdf"].startswith(b"%PDF") and shown["name"] == "fiche-cercle.pdf"
    window.close()
    database.close()


def test_a_meeting_brought_to_the_group_becomes_a_decision(qtbot, demo_db_path):
    from app.services.decisions.search import search_decisions

    window, database, page = open_circles(qtbot, demo_db_path)
    circle = cohort_circles(database)["Achats et stock"]
    page.refresh(circle.id)
    details = page.details
    details.meetings_table.selectRow(0)
    seen = {}

    def decide(dialog):
        seen["proposal"] = dialog.proposal.toPlainText()
        save(qtbot, dialog)

    errors = when_dialog_opens(decide, "decision_dialog")
    qtbot.mouseClick(
        details.findChild(type(page.add_button), "bring_to_group"), Qt.MouseButton.LeftButton
    )
    assert not errors
    assert seen["proposal"].startswith("Prix comparés chez deux grossistes")
    with database.session() as session:
        found = search_decisions(session, circle.cohort_id, "grossistes")
    assert [(d.title, d.decided_on) for d in found] == [("Achats et stock", DAY)]
    window.undo_action.trigger()
    with database.session() as session:
        assert search_decisions(session, circle.cohort_id, "grossistes") == []
    window.close()
    database.close()
