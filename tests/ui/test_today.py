"""The Today screen and the Rotation tab driven as a person would, on the demo opened on a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from app.db import Database
from app.services.delegate import rotation
from app.services.people import members
from app.services.today import first_screen
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from tests.ui.helpers import type_text, when_dialog_opens

DAY = dt.date(2022, 10, 3)


def open_on(qtbot, path, date):
    database = Database.open(path)
    window = MainWindow(AppContext(database, today=lambda: date))
    qtbot.addWidget(window)
    window.show()
    return window, database


def page(window, name):
    window.open_tab(name)
    return window.page(name)


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def cohort_2(database):
    from app.services.people import cohorts

    with database.session() as session:
        return cohorts.find_cohort(session, "Coopérative 2").id


def test_the_window_opens_on_today_without_an_orm_session(qtbot, demo_db_path, monkeypatch):
    # What the window shows as it opens is read on a plain connection (first_screen.reading): no
    # unit of work, so SQLAlchemy's ORM need not be loaded before the first paint for it.
    database = Database.open(path=demo_db_path)
    cohort_id = cohort_2(database)
    with database.session() as session:
        day = first_screen.day_of(session, cohort_id, DAY)

    def no_session():
        raise AssertionError("an ORM session opened before the window was shown")

    monkeypatch.setattr(database, "session", no_session)
    assert not first_screen.needs_first_run(database)
    window = MainWindow(AppContext(database, today=lambda: DAY))
    qtbot.addWidget(window)
    window.show()
    today = window.current_page()
    assert today.delegate_label.text() == day.delegate_name
    assert today.checklist.count() > 0 and today.schedule_list.count() > 0
    assert window.delegate_status.text() == f"Déléguée du jour : {day.delegate_name}"
    assert window.cohort_box.currentText() == "Coopérative 2"
    monkeypatch.undo()
    window.close()
    database.close()


def test_opens_on_a_date_with_its_delegate_checklist_and_handover(qtbot, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    cohort_id = cohort_2(database)
    with database.session() as session:
        day = first_screen.day_of(session, cohort_id, DAY)
        previous = first_screen.previous_handover(session, cohort_id, DAY)
        items = first_screen.day_checklist(session, cohort_id, DAY)
    today = window.current_page()
    assert today.objectName() == "today" and window.tabs.currentIndex() == 0
    assert today.delegate_label.text() == day.delegate_name
    assert day.deputy_name in today.deputy_label.text()
    assert "Lundi 3 octobre 2022" == today.date_label.text()
    assert previous.author_name in today.handover_text.text()
    assert previous.next_text in today.handover_text.text()
    texts = [today.checklist.item(i).text() for i in range(today.checklist.count())]
    # the fridge line shows the values read under its text
    lines = [t.split("\n")[0] for t in texts if t not in ("Ouverture", "Fermeture")]
    assert [i.text for i in items] == lines
    assert window.delegate_status.text() == f"Déléguée du jour : {day.delegate_name}"
    window.close()
    database.close()


def test_tick_write_handover_and_next_day_sees_it(qtbot, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    cohort_id = cohort_2(database)
    today = page(window, "today")
    # tick the first unticked line, then undo it
    row = next(
        today.checklist.item(i)
        for i in range(today.checklist.count())
        if today.checklist.item(i).data(Qt.ItemDataRole.UserRole) is not None
        and today.checklist.item(i).checkState() == Qt.CheckState.Unchecked
    )
    text = row.text()
    rect = today.checklist.visualItemRect(row)
    row.setCheckState(Qt.CheckState.Checked)
    with database.session() as session:
        ticked = {i.text: i for i in first_screen.day_checklist(session, cohort_id, DAY)}
    assert ticked[text].done and ticked[text].ticked_by == today.delegate_label.text()
    assert rect.isValid()
    window.undo_action.trigger()
    with database.session() as session:
        items = {i.text: i for i in first_screen.day_checklist(session, cohort_id, DAY)}
        assert not items[text].done

    # a task with a due date in the past is refused at the field; then written with the handover
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.done_text, "Version 3 goûtée.")
        type_text(qtbot, dialog.next_text, "Imprimer 40 étiquettes.")
        type_text(qtbot, dialog.fields.text, "Acheter du cacao")
        dialog.fields.has_due.setChecked(True)
        dialog.fields.due.setDate(dialog.fields.due.date().addDays(-30))
        save(qtbot, dialog)
        seen["error"] = dialog.findChild(QLabel, "error_due_date").text()
        dialog.fields.due.setDate(dialog.fields.due.date().addDays(31))
        save(qtbot, dialog)

    errors = when_dialog_opens(fill, "handover_dialog")
    qtbot.mouseClick(today.handover_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert "passée" in seen["error"]
    window.close()
    database.close()

    # the next working day: the handover comes first, the task is still open
    with Database.open(demo_db_path).session() as session:
        following = rotation.get_rotation(session, cohort_id)
    next_date = min(d.date for d in following.days if d.date > DAY)
    window, database = open_on(qtbot, demo_db_path, next_date)
    today = page(window, "today")
    assert "Imprimer 40 étiquettes." in today.handover_text.text()
    tasks_shown = [today.task_list.item(i).text() for i in range(today.task_list.count())]
    assert any(t.startswith("Acheter du cacao") for t in tasks_shown)
    # ticking the task marks it done
    row = next(
        today.task_list.item(i)
        for i in range(today.task_list.count())
        if today.task_list.item(i).text().startswith("Acheter du cacao")
    )
    row.setCheckState(Qt.CheckState.Checked)
    with database.session() as session:
        still_open = [t.text for t in first_screen.open_tasks(session, cohort_id)]
        assert "Acheter du cacao" not in still_open
    window.close()
    database.close()


def test_quick_buttons_ask_for_their_tabs(qtbot, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    asked = []
    window.ctx.bus.open_requested.connect(lambda name, item: asked.append(name))
    today = page(window, "today")
    for button in (today.labels_button, today.sales_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # No sale on DAY: "Clôturer la journée" names the open days and opens none by itself.
    errors = when_dialog_opens(lambda dialog: dialog.reject(), "other_day_dialog")
    qtbot.mouseClick(today.close_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert asked == ["labels", "sales"]
    window.close()
    database.close()


def test_rotation_tab_swap_absence_and_print(qtbot, demo_db_path, monkeypatch):
    window, database = open_on(qtbot, demo_db_path, DAY)
    cohort_id = cohort_2(database)
    tab = page(window, "rotation")
    qtbot.waitExposed(tab)
    tab.select_date(dt.date(2022, 10, 10))
    day = tab.selected_day()
    assert day.date == dt.date(2022, 10, 10)

    with database.session() as session:
        members = {c.person_id: c for c in rotation.candidates(session, cohort_id)}
        rows = rotation.get_rotation(session, cohort_id).days
    mine = members[day.delegate_id]

    def partner_day(person_id):
        theirs = [
            r for r in rows if r.delegate_id == person_id and r.date >= DAY and r.date != day.date
        ]
        return min(theirs, key=lambda r: (abs((r.date - day.date).days), r.date), default=None)

    partner = next(
        p
        for p in sorted(members)
        if p != day.delegate_id
        and members[p].available_on(day.date)
        and partner_day(p) is not None
        and mine.available_on(partner_day(p).date)
    )

    def swap(dialog):
        dialog.person.setCurrentIndex(dialog.person.findData(partner))
        type_text(qtbot, dialog.reason, "rendez-vous")
        save(qtbot, dialog)

    errors = when_dialog_opens(swap, "change_dialog")
    qtbot.mouseClick(tab.swap_button, Qt.MouseButton.LeftButton)
    assert not errors
    with database.session() as session:
        changes = rotation.list_changes(session, cohort_id)
        after = {d.date: d for d in rotation.get_rotation(session, cohort_id).days}
    assert (changes[0].kind, changes[0].reason, changes[0].date) == (
        "swap",
        "rendez-vous",
        day.date,
    )
    assert after[day.date].delegate_id == partner
    assert after[partner_day(partner).date].delegate_id == day.delegate_id
    tab.history.setCurrentWidget(tab.changes_table)  # the changes, read when their page shows
    assert tab.changes_model.rowCount() == len(changes)
    # Edit > Undo puts both days back, and the history keeps the swap and its undoing
    window.undo_action.trigger()
    with database.session() as session:
        undone = {d.date: d for d in rotation.get_rotation(session, cohort_id).days}
        kinds = [c.kind for c in rotation.list_changes(session, cohort_id)[:3]]
    assert undone[day.date].delegate_id == day.delegate_id
    assert undone[partner_day(partner).date].delegate_id == partner
    assert kinds == ["manual", "manual", "swap"]
    window.redo_action.trigger()
    with database.session() as session:
        redone = {d.date: d for d in rotation.get_rotation(session, cohort_id).days}
    assert redone[day.date].delegate_id == partner

    # absence: the deputy of the day replaces
    tab.select_date(dt.date(2022, 10, 11))
    day = tab.selected_day()
    when_dialog_opens(lambda dialog: save(qtbot, dialog), "change_dialog")
    qtbot.mouseClick(tab.absent_button, Qt.MouseButton.LeftButton)
    tab.select_date(dt.date(2022, 10, 11))
    assert tab.selected_day().delegate_id == day.deputy_id

    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: shown.append(len(self.pdf_bytes)) or 0
    )
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0] > 1000
    window.close()
    database.close()


def new_cohort_of_three(db_path) -> int:
    """A cooperative and a two-week cohort of three members, not planned yet; its id."""
    from app.services.people import cohorts, cooperative
    from app.services.people import members as people

    database = Database.open(db_path)
    with database.session() as session:
        cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop"))
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("C3", dt.date(2023, 1, 9), dt.date(2023, 1, 20))
        )
        for name in ("Amal", "Binta", "Chloé"):
            people.create_person(session, people.PersonInput(name), cohort.id)
    database.close()
    return cohort.id


def test_plan_a_new_cohort_then_publish(qtbot, db_path, monkeypatch):
    new_cohort_of_three(db_path)
    window, database = open_on(qtbot, db_path, dt.date(2023, 1, 9))
    tab = page(window, "rotation")
    assert "Pas encore de planning" in tab.summary.text()
    assert window.page("today").delegate_label.text() == "Pas encore de planning"

    def plan(dialog):
        for box in dialog.weekday_boxes:
            box.setChecked(False)
        save(qtbot, dialog)
        seen["error"] = dialog.findChild(QLabel, "error_weekdays").text()
        dialog.weekday_boxes[0].setChecked(True)
        dialog.weekday_boxes[2].setChecked(True)
        save(qtbot, dialog)

    seen = {}
    errors = when_dialog_opens(plan, "plan_dialog")
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert not errors and "au moins un jour" in seen["error"]
    assert tab.days_model.rowCount() == 4  # Mondays and Wednesdays of two weeks
    assert "Écart entre le plus et le moins de tours : 1" in tab.summary.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    assert all(d.published for d in tab.days_model.rows())
    today = page(window, "today")
    assert today.delegate_label.text() in ("Amal", "Binta", "Chloé")
    assert window.delegate_status.text().endswith(today.delegate_label.text())
    window.close()
    database.close()


def test_replanning_can_be_undone(qtbot, db_path, monkeypatch):
    cohort_id = new_cohort_of_three(db_path)
    window, database = open_on(qtbot, db_path, dt.date(2023, 1, 9))
    tab = page(window, "rotation")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def plan_on(*weekdays):
        def fill(dialog):
            for index, box in enumerate(dialog.weekday_boxes):
                box.setChecked(index in weekdays)
            save(qtbot, dialog)

        when_dialog_opens(fill, "plan_dialog")
        qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
        return [(d.date, d.delegate_id, d.deputy_id) for d in tab.days_model.rows()]

    first = plan_on(0, 2)  # Mondays and Wednesdays
    assert len(first) == 4
    second = plan_on(0, 1, 2)  # and Tuesdays: the unpublished days are planned again
    assert len(second) == 6
    window.undo_action.trigger()
    assert [(d.date, d.delegate_id, d.deputy_id) for d in tab.days_model.rows()] == first
    window.redo_action.trigger()
    assert [(d.date, d.delegate_id, d.deputy_id) for d in tab.days_model.rows()] == second
    with database.session() as session:
        kinds = [change.kind for change in rotation.list_changes(session, cohort_id)]
    assert kinds == ["plan", "plan", "plan", "plan"]  # planned twice, undone, redone: all kept
    window.close()
    database.close()


def test_models_pass_the_model_tester(qtbot, demo_db_path, qtmodeltester):
    window, database = open_on(qtbot, demo_db_path, DAY)
    tab = page(window, "rotation")
    for model in (tab.days_model, tab.fair_model, tab.changes_model, tab.done_model, tab.off_model):
        qtmodeltester.check(model)
    window.close()
    database.close()


def test_edit_checklist_template_and_open_the_circles(qtbot, demo_db_path, monkeypatch):
    window, database = open_on(qtbot, demo_db_path, DAY)
    tab = page(window, "rotation")
    seen = {}

    def edit(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("closing"))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # empty text: refused
        seen["error"] = dialog.findChild(QLabel, "error_text").text()
        type_text(qtbot, dialog.text, "Sortir les poubelles")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        seen["lines"] = [dialog.items.item(i).text() for i in range(dialog.items.count())]
        dialog.accept()

    errors = when_dialog_opens(edit, "checklist_templates")
    qtbot.mouseClick(tab.lists_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert "Indiquez" in seen["error"]
    assert seen["lines"][-1] == "Sortir les poubelles"
    today = page(window, "today")
    texts = [today.checklist.item(i).text() for i in range(today.checklist.count())]
    assert texts[-1] == "Sortir les poubelles"  # the closing list ends today's checklist

    # The circles have their page in the Vie coopérative tab: the button goes there.
    qtbot.mouseClick(tab.circles_button, Qt.MouseButton.LeftButton)
    coop_life = window.page("coop_life")
    assert window.tabs.currentWidget().isAncestorOf(coop_life)
    assert coop_life.pages.currentWidget() is coop_life.circles_page
    window.close()
    database.close()


def test_warns_like_the_rotation_tab_when_the_delegate_has_left(qtbot, demo_db_path):
    database = Database.open(demo_db_path)
    cohort_id = cohort_2(database)
    with database.session() as session:
        delegate = first_screen.day_of(session, cohort_id, DAY)
        members.leave_cohort(session, delegate.delegate_id, cohort_id, DAY)  # the People tab's way
        days = rotation.get_rotation(session, cohort_id, DAY).days
    database.close()
    expected = next(d.warning for d in days if d.date == DAY)
    assert delegate.delegate_name in expected

    window, database = open_on(qtbot, demo_db_path, DAY)
    today = window.current_page()
    assert today.delegate_label.text() == delegate.delegate_name
    assert today.problem_label.text() == expected
    assert today.problem_label.isVisibleTo(window)
    database.close()


def test_lots_soon_out_of_date_show_on_today_and_open_the_stock(qtbot, demo_db_path):
    # the demo's first batch of energy balls (made 26/09, best before 06/10): 10 balls on 03/10,
    # counted 9 on 05/10, thrown away on 11/10
    window, database = open_on(qtbot, demo_db_path, DAY)
    today = page(window, "today")
    assert today.soon_label.isVisible()
    text = today.soon_label.text()
    assert "Bientôt périmés" in text and "L220926" in text and "06/10/2022" in text
    assert "10 en stock" in text and "PÉRIMÉ" not in text
    seen: list[str] = []
    errors = when_dialog_opens(
        lambda dialog: (seen.append(dialog.soon.text()), dialog.accept()), "stock_dialog"
    )
    qtbot.mouseClick(today.stock_button, Qt.MouseButton.LeftButton)
    assert not errors and "L220926" in seen[0]
    window.close()

    window, _database = open_on(qtbot, demo_db_path, dt.date(2022, 10, 7))
    text = page(window, "today").soon_label.text()
    assert "9 en stock, PÉRIMÉ depuis le 06/10/2022" in text
    window.close()

    window, _database = open_on(qtbot, demo_db_path, dt.date(2022, 9, 20))  # nothing bought yet
    assert not page(window, "today").soon_label.isVisible()
