"""The Schedule tab driven as a person would: attendance in the grid, a morning, a term, a closure,
prerequisites in red, printing the week; with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from app.db import Database
from app.services.people import cohorts, cooperative
from app.services.people import members as people
from app.services.schedule import attendance, modules, term
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog
from app.ui.schedule.models import AttendanceModel, MorningsModel
from app.ui.schedule.tab import ScheduleTab
from tests.ui.helpers import type_text, when_dialog_opens

D = dt.date


def seed(db_path):
    database = Database.open(db_path)
    with database.session() as session:
        cooperative.save_cooperative(session, cooperative.CooperativeInfo(name="Coop Test"))
        cohort = cohorts.create_cohort(
            session, cohorts.CohortInput("Coopérative 2", D(2022, 9, 12), D(2022, 12, 16))
        )
        diane = people.create_person(session, people.PersonInput("Diane", "Uwimana"), cohort.id)
        rania = people.create_person(session, people.PersonInput("Rania", "Haddad"), cohort.id)
        modules.ensure_default_catalogue(session)
        for day, kind in ((D(2022, 10, 10), "theory"), (D(2022, 10, 11), "kitchen")):
            schedule.create_morning(session, cohort.id, MorningInput(day, kind=kind))
        ids = (cohort.id, diane.id, rania.id)
    database.close()
    return ids


@pytest.fixture
def window(qtbot, db_path):
    ids = seed(db_path)
    database = Database.open(db_path)
    window = MainWindow(AppContext(database, today=lambda: D(2022, 10, 12)))
    qtbot.addWidget(window)
    window.show()
    window.open_tab("schedule")
    tab = window.page("schedule")
    assert isinstance(tab, ScheduleTab)
    yield window, tab, database, ids
    window.close()
    database.close()


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def click_cell(qtbot, view, row, column):
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_marking_attendance_in_the_grid(qtbot, window):
    win, tab, database, (cohort_id, diane, rania) = window
    tab.views.setCurrentIndex(2)
    view = tab.attendance_view
    assert [m.name for m in tab.attendance_model.grid.members] == ["Diane Uwimana", "Rania Haddad"]
    click_cell(qtbot, view, 0, 0)  # Diane, 10/10: nothing -> present
    assert view.model().index(0, 0).data() == "P"
    qtbot.keyClick(view, Qt.Key.Key_A)  # absent
    click_cell(qtbot, view, 1, 0)
    click_cell(qtbot, view, 1, 0)  # Rania: present -> late
    with database.session() as session:
        grid = attendance.attendance_grid(session, cohort_id)
        first = grid.mornings[0]
        assert grid.status(first.id, diane) == "absent"
        assert grid.status(first.id, rania) == "late"
        assert first.status == "done"
        assert attendance.hours_attended(session, cohort_id) == {diane: 0, rania: 3}
    assert view.model().index(1, 2).data() == "3 h"
    assert view.model().index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "Théorie : 3 h"
    assert view.model().index(0, 2).data() == "0 h"
    assert view.model().index(1, 3).data() == "100 %"
    win.undo_action.trigger()  # Rania back to present
    assert view.model().index(1, 0).data() == "P"
    win.undo_action.trigger()
    win.undo_action.trigger()  # Diane back to nothing
    win.undo_action.trigger()
    assert view.model().index(0, 0).data() == ""
    with database.session() as session:
        assert schedule.get_morning(session, first.id).status == "planned"


def test_add_morning_refuses_end_before_start_then_saves(qtbot, window):
    win, tab, database, (cohort_id, *_rest) = window
    seen = {}

    def fill(dialog):
        dialog.date.setDate(dialog.date.date().fromString("13/10/2022", "dd/MM/yyyy"))
        dialog.end.setTime(dialog.start.time().addSecs(-3600))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(QLabel, "error_end_time").text()
        dialog.end.setTime(dialog.start.time().addSecs(3 * 3600))
        dialog.module.setCurrentIndex(dialog.module.findText("Vente"))
        type_text(qtbot, dialog.place, "Stand à l'université")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "morning_dialog")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert "finir avant" in seen["error"]
    with database.session() as session:
        mornings = schedule.list_mornings(session, cohort_id)
    assert [(m.date, m.kind, m.place) for m in mornings][-1] == (
        D(2022, 10, 13),
        "sale",
        "Stand à l'université",
    )
    # The sale comes before accounting: flagged in red, with the reason.
    assert tab.issues_label.isVisible()
    assert "Introduction à la comptabilité" in tab.issues_label.text()
    item = next(
        tab.week.item(0, c)
        for c in range(tab.week.columnCount())
        if tab.week.days[c] == D(2022, 10, 13)
    )
    assert item.foreground().color().name() == "#b00020"
    assert "il faut d'abord" in item.toolTip()
    win.undo_action.trigger()
    assert len(tab.mornings) == 2
    # Only the kitchen day (no hygiene module yet) is still flagged.
    assert "Vente" not in tab.issues_label.text()
    assert "Cuisine du 11/10/2022" in tab.issues_label.text()


def test_two_mornings_overlapping_are_refused_in_the_dialog(qtbot, window):
    _win, tab, _database, (_cohort_id, *_rest) = window
    seen = {}

    def fill(dialog):
        dialog.date.setDate(dialog.date.date().fromString("10/10/2022", "dd/MM/yyyy"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(QLabel, "error_start_time").text()
        dialog.reject()

    when_dialog_opens(fill, "morning_dialog")
    tab.add_morning()
    assert "déjà une matinée" in seen["error"]
    assert len(tab.mornings) == 2


def test_generate_a_term_skips_the_armistice_and_undo_removes_it(qtbot, window):
    win, tab, database, (cohort_id, *_rest) = window
    seen = {}

    def fill(dialog):
        dialog.start.setDate(dialog.start.date().fromString("07/11/2022", "dd/MM/yyyy"))
        dialog.end.setDate(dialog.end.date().fromString("18/11/2022", "dd/MM/yyyy"))
        for index in (1, 2, 3):  # only Mondays and Fridays
            qtbot.mouseClick(dialog.weekdays[index], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.weekdays[4], Qt.MouseButton.LeftButton)
        seen["preview"] = dialog.summary.text()
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "term_dialog")
    tab.generate_term()
    assert not errors
    # Mondays 7 and 14, Fridays 11 and 18 November: the 11th is Armistice Day.
    assert seen["preview"].startswith("Matinées à ajouter : 3.")
    assert "11/11 (jour férié : Jour de l'Armistice)" in seen["preview"]
    with database.session() as session:
        days = [m.date for m in schedule.list_mornings(session, cohort_id)][2:]
    assert days == [D(2022, 11, 7), D(2022, 11, 14), D(2022, 11, 18)]
    assert "3 matinées ajoutées" in tab.message.text()
    win.undo_action.trigger()
    assert len(tab.mornings) == 2
    win.redo_action.trigger()
    assert len(tab.mornings) == 5


def test_closure_with_an_impossible_date_shows_at_the_field(qtbot, window):
    _win, tab, database, (cohort_id, *_rest) = window
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.start, "31/02/2022")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(QLabel, "error_start_date").text()
        dialog.start.clear()
        type_text(qtbot, dialog.start, "31/10/2022")
        type_text(qtbot, dialog.end, "04/11/2022")
        type_text(qtbot, dialog.reason, "Congé d'automne")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "closure_dialog")
    tab.add_closure()
    assert not errors
    assert "n'existe pas" in seen["error"]
    with database.session() as session:
        closures = term.list_closures(session, cohort_id)
    assert [(c.start_date, c.end_date, c.reason) for c in closures] == [
        (D(2022, 10, 31), D(2022, 11, 4), "Congé d'automne")
    ]
    tab.views.setCurrentWidget(tab.rules_page)  # read when shown
    shown = tab.rules_page.closures.item(0).text().replace("\xa0", " ")
    assert shown == "31/10/2022 → 04/11/2022 : Congé d'automne (cette cohorte)"


def test_move_with_the_keyboard_delete_with_confirmation_and_undo(qtbot, window, monkeypatch):
    win, tab, _database, (_cohort_id, *_rest) = window
    tab.week.setCurrentCell(0, 0)  # Monday 10/10
    tab.week.setFocus()
    qtbot.keyClick(tab.week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert "déjà une matinée" in tab.message.text()  # Tuesday is taken
    tab.week.setCurrentCell(0, 1)
    qtbot.keyClick(tab.week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert sorted(m.date for m in tab.mornings) == [D(2022, 10, 10), D(2022, 10, 12)]
    tab.week.setCurrentCell(0, 2)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "12/10/2022" in asked[0]
    assert [m.date for m in tab.mornings] == [D(2022, 10, 10)]
    win.undo_action.trigger()
    win.undo_action.trigger()
    assert sorted(m.date for m in tab.mornings) == [D(2022, 10, 10), D(2022, 10, 11)]


def test_print_week_opens_the_preview(qtbot, window, monkeypatch):
    _win, tab, _database, _ = window
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: shown.append((self.pdf_bytes, self.suggested_name))
    )
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert shown[0][0].startswith(b"%PDF")
    assert shown[0][1] == "semaine-2022-W41.pdf"


def test_models_pass_the_model_tester(qtmodeltester, window):
    _, tab, _, _ = window
    assert isinstance(tab.list_model, MorningsModel) and isinstance(
        tab.attendance_model, AttendanceModel
    )
    qtmodeltester.check(tab.list_model)
    qtmodeltester.check(tab.attendance_model)


def test_hours_page_bars_and_chart(qtbot, window):
    _win, tab, database, (cohort_id, diane, _) = window
    with database.session() as session:
        first = schedule.list_mornings(session, cohort_id)[0]
        attendance.set_attendance(session, first.id, diane, "present")
    tab.ctx.changed(Area.SCHEDULE)
    assert tab.progress_page.chart_view is None  # not drawn before the page is seen
    tab.views.setCurrentWidget(tab.progress_page)
    bars = tab.progress_page.bars
    assert bars["mornings"].text() == "1 matinée faite sur 36 (prévues : 2)"
    assert (bars["hours"].value(), bars["hours"].maximum()) == (3, 108)
    assert bars["theory"].text() == "3 h faites sur 45 (prévues : 3)"
    assert "Il manque 102 h" in tab.progress_page.planned_label.text()
    chart = tab.progress_page.chart_view.chart()
    sets = chart.series()[0].barSets()
    assert [s.label() for s in sets] == ["Prévu", "Fait"]
    assert [sets[0].at(i) for i in range(sets[0].count())] == [3.0, 3.0]  # theory, kitchen
    assert [sets[1].at(i) for i in range(sets[1].count())] == [3.0, 0.0]
    hours_axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert (hours_axis.titleText(), hours_axis.labelFormat()) == ("Heures", "%d")


def test_the_hours_chart_names_its_unit_in_the_language(qtbot, qapp, window):
    """The vertical axis says "Hours" in the reader's language over plain numbers: its ticks
    read "3 h" in every language when the unit was glued in the label format."""
    from app.ui.language import apply_language

    _win, tab, _database, _ids = window
    titles = {}
    try:
        for language in ("nl", "ar"):
            apply_language(qapp, language)
            tab.ctx.changed(Area.SCHEDULE)
            tab.views.setCurrentWidget(tab.progress_page)
            axis = tab.progress_page.chart_view.chart().axes(Qt.Orientation.Vertical)[0]
            assert axis.labelFormat() == "%d"  # the number alone beside each tick
            titles[language] = axis.titleText()
    finally:
        apply_language(qapp, "fr")
    assert titles == {"nl": "Uren", "ar": "الساعات"}


def test_prerequisite_rule_added_in_the_rules_page_flags_and_undo(qtbot, window, monkeypatch):
    win, tab, _database, (_cohort_id, *_rest) = window
    tab.views.setCurrentWidget(tab.rules_page)
    page = tab.rules_page
    before = page.rules.count()
    assert before == 4  # the default rules
    assert "Cuisine du 11/10/2022" in tab.issues_label.text()

    def fill(dialog):
        dialog.required.setCurrentIndex(dialog.required.findText("Storytelling"))
        dialog.target.setCurrentIndex(dialog.target.findText("toutes les matinées « Théorie »"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "prerequisite_dialog")
    qtbot.mouseClick(page.add_rule_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert page.rules.count() == before + 1
    assert (
        "Théorie du 10/10/2022 : il faut d'abord le module « Storytelling »"
        in tab.issues_label.text()
    )
    page.rules.setCurrentRow(page.rules.count() - 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_rule_button, Qt.MouseButton.LeftButton)
    assert page.rules.count() == before
    assert "Storytelling" not in tab.issues_label.text()
    win.undo_action.trigger()
    assert "Storytelling" in tab.issues_label.text()


def test_drag_a_morning_to_another_day(qtbot, window):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    win, tab, _database, _ = window
    grid = tab.week
    grid.setCurrentCell(0, 0)  # Monday 10/10
    friday = grid.visualItemRect(grid.item(0, 1)).center()
    friday.setX(grid.columnViewportPosition(4) + 20)
    event = QDropEvent(
        QPointF(friday),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.dropEvent(event)
    qtbot.waitUntil(lambda: D(2022, 10, 14) in [m.date for m in tab.mornings], timeout=1000)
    assert sorted(m.date for m in tab.mornings) == [D(2022, 10, 11), D(2022, 10, 14)]
    assert grid.item(0, 4).data(Qt.ItemDataRole.UserRole) is not None
    win.undo_action.trigger()
    assert sorted(m.date for m in tab.mornings) == [D(2022, 10, 10), D(2022, 10, 11)]


def test_all_present_then_attestation_of_the_chosen_member(qtbot, window, monkeypatch):
    _win, tab, database, (cohort_id, diane, rania) = window
    tab.views.setCurrentWidget(tab.attendance_page)
    page = tab.attendance_page
    qtbot.mouseClick(page.all_present_button, Qt.MouseButton.LeftButton)
    assert "Cliquez d'abord" in tab.message.text()
    page.view.setCurrentIndex(page.model.index(1, 1))  # Rania, 11/10
    qtbot.mouseClick(page.all_present_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "2 membres notées présentes."
    assert [page.model.index(r, 1).data() for r in range(2)] == ["P", "P"]
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: shown.append((self.pdf_bytes, self.suggested_name))
    )
    page.view.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.attestation_button, Qt.MouseButton.LeftButton)
    assert shown[0][1] == "attestation-rania-haddad.pdf"
    import io

    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(shown[0][0])).pages[0].extract_text()
    assert "Rania Haddad" in text and "Cuisine" in text


def test_export_calendar_from_the_tab(qtbot, window, tmp_path, monkeypatch):
    from icalendar import Calendar

    _win, tab, _database, _ = window
    target = tmp_path / "horaire"
    monkeypatch.setattr(tab, "ask_ics_path", lambda: str(target))
    tab.export_action.trigger()
    written = tmp_path / "horaire.ics"
    assert written.exists()
    assert len(list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))) == 2
    assert str(written) in tab.message.text()


def test_a_cell_noted_elsewhere_meanwhile_is_not_overwritten(qtbot, window):
    """Issue 14: the grid showed nothing for Diane; meanwhile she was noted "excused" elsewhere
    (another window). A click would have cycled from the old display: it is refused and the grid
    reloads."""
    win, tab, database, (cohort_id, diane, _rania) = window
    tab.views.setCurrentIndex(2)
    view = tab.attendance_view
    first = tab.attendance_model.grid.mornings[0]
    with database.session() as session:
        attendance.set_attendance(session, first.id, diane, "excused")
    assert view.model().index(0, 0).data() == ""  # the grid was drawn before
    click_cell(qtbot, view, 0, 0)
    with database.session() as session:
        assert attendance.attendance_grid(session, cohort_id).status(first.id, diane) == "excused"
    assert view.model().index(0, 0).data() == "E"  # reloaded: what is stored
    click_cell(qtbot, view, 0, 0)  # now the click cycles from what is stored: excused -> absent
    with database.session() as session:
        assert attendance.attendance_grid(session, cohort_id).status(first.id, diane) == "absent"


def test_hours_page_sentences_isolate_their_figures_in_arabic(qtbot, qapp, window):
    from app.ui.language import apply_language

    _win, tab, database, (cohort_id, diane, _) = window
    apply_language(qapp, "ar")
    try:
        tab.ctx.changed(Area.SCHEDULE)
        tab.views.setCurrentWidget(tab.progress_page)
        missing = tab.progress_page.planned_label.text()
        hours_bar = tab.progress_page.bars["theory"].text()
    finally:
        apply_language(qapp, "fr")
    # "il manque 102 h" in Arabic: the figure and its unit keep their order inside the sentence
    # (an isolated figure beside its unit was laid out "h 102")
    assert "\u2068102 ساعة\u2069" in missing and "il manque" not in missing
    assert hours_bar.startswith("\u20680 ساعة\u2069")  # nothing done yet
    assert (
        hours_bar.count("\u2068") == 3 and hours_bar.count("\u2069") == 3
    )  # done, target, planned


def test_attendance_sheets_and_spreadsheet_from_the_tab(qtbot, window, tmp_path, monkeypatch):
    import io

    from pypdf import PdfReader

    _win, tab, _database, _ = window
    shown = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: shown.append((self.pdf_bytes, self.suggested_name))
    )
    tab.sheets_action.trigger()
    assert shown[0][1] == "presences-2022-W41.pdf"
    pages = PdfReader(io.BytesIO(shown[0][0])).pages
    assert len(pages) == 2  # Monday's theory, Tuesday's kitchen
    assert all("Diane Uwimana" in p.extract_text() for p in pages)
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    tab.sheets_action.trigger()
    assert len(shown) == 1  # nothing to print that week: said, not shown
    assert "Aucune matinée prévue cette semaine" in tab.message.text()
    target = tmp_path / "presences"
    monkeypatch.setattr(tab, "ask_csv_path", lambda: str(target))
    tab.export_attendance_action.trigger()
    written = tmp_path / "presences.csv"
    lines = written.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[1:] == ["Diane Uwimana;;;0;0;", "Rania Haddad;;;0;0;"]
    assert str(written) in tab.message.text()


def test_a_refresh_reads_the_grid_hours_and_rules_only_for_the_view_shown(window, monkeypatch):
    """Picking a cohort with the week shown reads neither the attendance grid, the hours nor the
    closures; each is read when its view is first shown, once until the next refresh."""
    from app.services.schedule import hours

    _win, tab, _database, _ids = window
    reads: list[str] = []
    for module, name in (
        (attendance, "attendance_grid"),
        (hours, "progress"),
        (term, "list_closures"),
    ):
        original = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda *a, _f=original, _n=name, **k: reads.append(_n) or _f(*a, **k)
        )
    tab.views.setCurrentWidget(tab.week)
    tab.refresh()
    assert reads == []
    tab.views.setCurrentWidget(tab.attendance_page)
    assert reads == ["attendance_grid"]
    assert [m.name for m in tab.attendance_model.grid.members] == ["Diane Uwimana", "Rania Haddad"]
    tab.views.setCurrentWidget(tab.progress_page)
    tab.views.setCurrentWidget(tab.rules_page)
    tab.views.setCurrentWidget(tab.attendance_page)  # read since the refresh: not again
    assert reads == ["attendance_grid", "progress", "list_closures"]
    tab.refresh()  # with the attendance shown: the grid only
    assert reads[3:] == ["attendance_grid"]


def test_a_skipped_day_and_its_reason_are_each_isolated_in_arabic(qtbot, qapp, window):
    from app.ui.language import apply_language

    _win, tab, _database, _ids = window
    seen = {}

    def look(dialog):
        dialog.start.setDate(dialog.start.date().fromString("07/11/2022", "dd/MM/yyyy"))
        dialog.end.setDate(dialog.end.date().fromString("18/11/2022", "dd/MM/yyyy"))
        qtbot.mouseClick(dialog.weekdays[4], Qt.MouseButton.LeftButton)  # Fridays too
        seen["preview"] = dialog.summary.text()
        dialog.reject()

    apply_language(qapp, "ar")
    try:
        errors = when_dialog_opens(look, "term_dialog")
        tab.generate_term()
    finally:
        apply_language(qapp, "fr")
    assert not errors
    # the day and the reason each keep their own direction inside the brackets: never a Latin
    # date run together with the Arabic reason ("11/11 (عطلة" read from the wrong end)
    assert "\u2068\u206811\u200f/11\u2069 (\u2068" in seen["preview"]


def test_a_week_card_of_many_lines_is_shown_whole_and_refits_when_the_columns_narrow(qtbot):
    """A card with a sub-group, a long module name, a place, cancelled and too early is taller
    than six lines: its row grows to it, and grows again when the columns get narrower."""
    from app.services.schedule.mornings import MorningInfo
    from app.ui.schedule.views import WeekGrid
    from app.ui.style import lines

    monday = dt.date(2022, 9, 12)
    card = MorningInfo(
        id=1,
        cohort_id=1,
        date=monday,
        start_time=dt.time(9),
        end_time=dt.time(12),
        kind="theory",
        module_id=1,
        module_name="Hygiène alimentaire et règles de l'AFSCA pour les cuisines partagées",
        facilitator_id=None,
        facilitator_name="",
        place="Cuisine partagée, rue des Champs 12, 4020 Liège",
        notes="",
        status="cancelled",
        subgroup_name="Sous-groupe du matin",
    )
    grid = WeekGrid()
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.show()
    grid.show_week(monday, [card], {1: ["trop tôt"]})
    qtbot.waitUntil(lambda: grid.rowHeight(0) >= grid.sizeHintForRow(0))
    wide = grid.rowHeight(0)
    assert wide > lines(8)  # more than the six lines every row had
    grid.resize(500, 500)
    qtbot.waitUntil(lambda: grid.rowHeight(0) > wide)
    assert grid.rowHeight(0) >= grid.sizeHintForRow(0)
