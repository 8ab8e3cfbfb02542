"""The Evaluations tab driven as a person would: the PIN gate, idle lock, private entry by the
members, a grid sheet, the report preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
)

from app.db import Database
from app.services.evaluations import campaigns, peers
from app.services.evaluations import grid as grid_service
from app.services.evaluations import pin as evaluation_pin
from app.ui.context import AppContext
from app.ui.evaluations.common import TextRowsModel
from app.ui.evaluations.tab import LOCKED, OPEN, PRIVATE, EvaluationsTab
from app.ui.pdf_preview import PdfPreviewDialog
from app.ui.style import Role, role_of
from tests.services.evaluation_setup import small_cohort
from tests.ui.helpers import type_text, when_dialog_opens

PIN = "2468"


class FakeClock:
    def __init__(self, now: float = 10_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def prepared(db_path):
    database = Database.open(db_path)
    with database.session() as session:
        setup = small_cohort(session)
        evaluation_pin.set_pin(session, PIN, PIN)
        grid = campaigns.create_campaign(
            session, setup.cohort_id, "grid", "Vente", dt.date(2022, 12, 5)
        )
        campaigns.set_evaluators(session, grid.id, [setup.staff["Pierre"], setup.staff["Isabelle"]])
        peer = campaigns.create_campaign(
            session, setup.cohort_id, "self_peer", "Regards", dt.date(2022, 12, 12)
        )
    yield database, setup, grid.id, peer.id
    database.close()


def open_tab(qtbot, database, cohort_id) -> EvaluationsTab:
    ctx = AppContext(database, today=lambda: dt.date(2022, 12, 10))
    ctx.set_cohort(cohort_id)
    tab = EvaluationsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def type_pin(qtbot, tab, pin: str) -> None:
    tab.pin_panel.pin.clear()
    qtbot.keyClicks(tab.pin_panel.pin, pin)
    qtbot.mouseClick(tab.pin_panel.open_button, Qt.MouseButton.LeftButton)


def test_first_use_chooses_a_pin_and_refuses_a_short_one(qtbot, db_path):
    database = Database.open(db_path)
    tab = open_tab(qtbot, database, None)
    assert tab.stack.currentIndex() == LOCKED
    assert tab.pin_panel.repeat.isVisible()
    qtbot.keyClicks(tab.pin_panel.pin, "12")
    qtbot.keyClicks(tab.pin_panel.repeat, "12")
    qtbot.mouseClick(tab.pin_panel.open_button, Qt.MouseButton.LeftButton)
    assert "au moins 4" in tab.pin_panel.findChild(QLabel, "error_pin").text()
    assert tab.stack.currentIndex() == LOCKED
    with database.session() as session:
        assert not evaluation_pin.is_pin_set(session)
    qtbot.keyClicks(tab.pin_panel.pin, "1357")
    qtbot.keyClicks(tab.pin_panel.repeat, "1357")
    qtbot.mouseClick(tab.pin_panel.open_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == OPEN
    tab.lock_button.click()
    assert tab.stack.currentIndex() == LOCKED
    assert not tab.pin_panel.repeat.isVisible()  # now it only asks for the PIN
    database.close()


def test_wrong_pin_then_right_pin_and_five_wrong_block(qtbot, prepared):
    database, setup, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    clock = FakeClock()
    tab.pin_panel.clock = clock
    type_pin(qtbot, tab, "1111")
    assert "Encore 4" in tab.pin_panel.findChild(QLabel, "error_pin").text()
    assert tab.stack.currentIndex() == LOCKED
    for _ in range(4):
        type_pin(qtbot, tab, "1111")
    assert "Attendez 60 secondes" in tab.pin_panel.findChild(QLabel, "error_pin").text()
    type_pin(qtbot, tab, PIN)
    assert tab.stack.currentIndex() == LOCKED  # still blocked
    clock.now += 61
    type_pin(qtbot, tab, PIN)
    assert tab.stack.currentIndex() == OPEN


def test_no_page_is_built_while_locked_the_one_on_screen_after_the_pin(qtbot, prepared):
    """Locked, the tab builds none of its four pages (nor reads their data); the PIN builds
    the observation grid alone, with its campaigns read; a click on "Bilans individuels" builds
    that page in its place."""
    database, setup, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    assert tab._lazy.built() == {}
    assert not tab._watching  # no filter on every event of the application while locked
    type_pin(qtbot, tab, PIN)
    assert tab.stack.currentIndex() == OPEN
    assert tab._watching
    assert set(tab._lazy.built()) == {"grid"}
    assert tab.pages.currentWidget() is tab.grid_page
    assert tab.grid_page.campaign.findText("Vente") >= 0
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert set(tab._lazy.built()) == {"grid", "reports"}
    assert tab.pages.currentWidget() is tab.reports_page
    tab.lock()
    assert not tab._watching


def test_locks_after_five_idle_minutes_and_when_hidden(qtbot, prepared):
    database, setup, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    clock = FakeClock()
    tab.gate = evaluation_pin.PinGate(clock)
    type_pin(qtbot, tab, PIN)
    assert tab.stack.currentIndex() == OPEN
    clock.now += 200
    qtbot.keyClick(tab.grid_page.campaign, Qt.Key.Key_Shift)  # activity resets the idle time
    clock.now += 200
    tab.check_idle()
    assert tab.stack.currentIndex() == OPEN
    clock.now += 300
    tab.check_idle()
    assert tab.stack.currentIndex() == LOCKED
    assert tab.pin_panel.pin.text() == ""
    type_pin(qtbot, tab, PIN)
    tab.hide()  # leaving the tab
    assert tab.stack.currentIndex() == LOCKED


def fill_entry(qtbot, tab, note: str, words_per_person: int = 3) -> None:
    entry = tab.private_entry
    for index, radio in enumerate(entry.findChildren(QRadioButton)):
        if radio.objectName().startswith("have_"):
            qtbot.mouseClick(radio, Qt.MouseButton.LeftButton) if index < 2 else radio.click()
    first_note = entry.findChildren(QLineEdit)[0]
    type_text(qtbot, first_note, note)
    for boxes in entry._picks.values():
        for box in boxes[:words_per_person]:
            box.click()


def begin_private_entry(qtbot, tab, peer_id: int, member_id: int) -> None:
    """Open the tab with the PIN and start the member's private entry of the peers campaign."""
    type_pin(qtbot, tab, PIN)
    tab.pages.setCurrentWidget(tab.peers_page)
    tab.peers_page.campaign.setCurrentIndex(tab.peers_page.campaign.findData(peer_id))
    qtbot.mouseClick(tab.peers_page.entry_button, Qt.MouseButton.LeftButton)
    entry = tab.private_entry
    entry.who.setCurrentIndex(entry.who.findData(member_id))
    qtbot.mouseClick(entry.start_button, Qt.MouseButton.LeftButton)


def test_private_entry_shows_nothing_of_the_previous_member(qtbot, prepared):
    database, setup, _grid, peer_id = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    tab.pages.setCurrentWidget(tab.peers_page)
    tab.peers_page.campaign.setCurrentIndex(tab.peers_page.campaign.findData(peer_id))
    qtbot.mouseClick(tab.peers_page.entry_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == PRIVATE
    assert not tab.pages.isVisible()  # no result is on screen during private entry
    entry = tab.private_entry
    entry.who.setCurrentIndex(entry.who.findData(setup.members["Amina"]))
    qtbot.mouseClick(entry.start_button, Qt.MouseButton.LeftButton)

    # Too few adjectives first: a message at the group, nothing saved, the form stays.
    fill_entry(qtbot, tab, "secret d'Amina", words_per_person=2)
    qtbot.mouseClick(entry.send_button, Qt.MouseButton.LeftButton)
    assert "de 3 à 6 adjectifs" in entry.message.text() + "".join(
        label.text()
        for label in entry.findChildren(QLabel)
        if label.objectName().startswith("error_")
    )
    assert entry.pages.currentIndex() == 1
    for boxes in entry._picks.values():
        boxes[2].click()
    qtbot.mouseClick(entry.send_button, Qt.MouseButton.LeftButton)
    assert entry.pages.currentIndex() == 0
    assert "Merci" in entry.thanks.text()
    with database.session() as session:
        done = {s.member_id for s in peers.entry_status(session, peer_id) if s.submitted}
    assert done == {setup.members["Amina"]}

    # Member B starts: her screen holds nothing of Amina's answers.
    entry.who.setCurrentIndex(entry.who.findData(setup.members["Diane"]))
    qtbot.mouseClick(entry.start_button, Qt.MouseButton.LeftButton)
    assert "Diane" in entry.form.findChildren(QLabel)[0].text()
    assert not any(r.isChecked() for r in entry.findChildren(QRadioButton))
    assert not any(c.isChecked() for c in entry.findChildren(QCheckBox))
    texts = [e.text() for e in entry.findChildren(QLineEdit)]
    texts += [label.text() for label in tab.findChildren(QLabel) if label.isVisible()]
    assert not any("secret" in text for text in texts)
    assert not tab.pages.isVisible()

    # Leaving private entry needs the PIN.
    qtbot.mouseClick(entry.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.end_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentIndex() == LOCKED


def test_grid_sheet_entry_and_bad_comment(qtbot, prepared):
    database, setup, grid_id, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    page = tab.grid_page
    page.campaign.setCurrentIndex(page.campaign.findData(grid_id))
    competences = page._framework.competences
    comment = page.sheet.findChild(QLineEdit, f"comment_{competences[1].id}")
    type_text(qtbot, comment, "Très bien")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Choisissez un niveau" in page.sheet_message.text()
    level_box = page.sheet.findChild(type(page.campaign), f"level_{competences[1].id}")
    assert role_of(level_box) == Role.FIELD_ERROR
    with database.session() as session:
        assert not grid_service.get_sheet(
            session, grid_id, page.evaluator.currentData(), page.member.currentData(), 1
        )
    for competence, level in ((competences[0], 3), (competences[1], 4)):
        combo = page.sheet.findChild(type(page.campaign), f"level_{competence.id}")
        combo.setCurrentIndex(combo.findData(level))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "2 notes" in page.sheet_message.text()
    member_row = [page.results_model.key_at(r) for r in range(page.results_model.rowCount())].index(
        page.member.currentData()
    )
    assert page.results_model.index(member_row, 1).data() == "3,5"  # Initiative 3, Résolution 4
    page.results.selectRow(member_row)
    detail = {
        page.detail_model.index(r, 0).data(): page.detail_model.index(r, 1).data()
        for r in range(page.detail_model.rowCount())
    }
    assert detail[competences[0].name] == "3" and detail[competences[1].name] == "4"
    assert detail[competences[2].name] == "—"


def test_report_preview_holds_the_comment(qtbot, prepared, monkeypatch):
    database, setup, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    page = tab.reports_page
    tab.pages.setCurrentWidget(page)
    page.member.setCurrentIndex(page.member.findData(setup.members["Diane"]))
    assert "Points forts" in page.summary.text()
    type_text(qtbot, page.comment, "Bravo Diane")
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].startswith(b"%PDF")
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(shown[0])) as pdf:
        assert "Bravo Diane" in pdf.pages[0].extract_text()


def test_rows_model_is_a_valid_qt_model(qtmodeltester):
    model = TextRowsModel(["A", "B"])
    model.set_rows([["1", "2"], ["3", "4"]], [10, 20])
    qtmodeltester.check(model)
    assert model.key_at(1) == 20


def test_finalise_with_one_evaluator_is_refused_in_the_tab(qtbot, prepared, monkeypatch):
    database, setup, grid_id, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    qtbot.mouseClick(tab.grid_page.finalise_button, Qt.MouseButton.LeftButton)
    assert warnings and "au moins 2" in warnings[0]
    with database.session() as session:
        assert not campaigns.get_campaign(session, grid_id).finalised


def test_add_competence_for_the_cohort_refuses_an_empty_name(qtbot, prepared):
    database, setup, _grid_id, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    page = tab.framework_page
    tab.pages.setCurrentWidget(page)
    seen = {}

    def fill(dialog):
        dialog.widgets["category"].setCurrentIndex(2)  # culinary activity
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(QLabel, "error_name").text()
        type_text(qtbot, dialog.widgets["name"], "Dressage des assiettes")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "framework_dialog")
    page.findChild(type(tab.lock_button), "add_competence").click()
    assert not errors
    assert "Indiquez" in seen["error"]
    rows = [
        (page.competence_model.index(r, 0).data(), page.competence_model.index(r, 1).data())
        for r in range(page.competence_model.rowCount())
    ]
    assert ("Activité culinaire", "Dressage des assiettes") in rows
    # The new competence appears in the grid sheet at once.
    sheet_names = [
        tab.grid_page.sheet.cellWidget(r, 0).text() for r in range(tab.grid_page.sheet.rowCount())
    ]
    assert "Dressage des assiettes" in sheet_names


def test_change_pin_needs_the_old_one(qtbot, prepared):
    database, setup, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    seen = {}

    def fill(dialog):
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.keyClicks(dialog.old, "0000")
        qtbot.keyClicks(dialog.new, "9753")
        qtbot.keyClicks(dialog.repeat, "9753")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.findChild(QLabel, "error_old_pin").text()
        dialog.old.clear()
        qtbot.keyClicks(dialog.old, PIN)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    errors = when_dialog_opens(fill, "change_pin_dialog")
    qtbot.mouseClick(tab.change_pin_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert "ancien code" in seen["error"].lower()
    with database.session() as session:
        assert evaluation_pin.verify_pin(session, "9753").ok


def test_saving_a_grid_sheet_can_be_undone(qtbot, prepared):
    database, setup, grid_id, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    page = tab.grid_page
    page.campaign.setCurrentIndex(page.campaign.findData(grid_id))
    first = page._framework.competences[0]
    sheet = (grid_id, page.evaluator.currentData(), page.member.currentData(), 1)

    def choose(level):
        combo = page.sheet.cellWidget(0, 1)  # the first competence's level, as now on screen
        combo.setCurrentIndex(combo.findData(level))
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    def saved_level():
        with database.session() as session:
            rating = grid_service.get_sheet(session, *sheet).get(first.id)
        return rating.level if rating else None

    choose(2)
    choose(4)
    assert saved_level() == 4
    undo_stack = tab.ctx.undo_stack
    assert "jour 1" in undo_stack.undoText()
    undo_stack.undo()
    assert saved_level() == 2
    shown = page.sheet.cellWidget(0, 1)  # the sheet on screen shows it too (rebuilt)
    assert shown.objectName() == f"level_{first.id}" and shown.currentData() == 2
    undo_stack.undo()
    assert saved_level() is None
    undo_stack.redo()
    assert saved_level() == 2


def test_an_idle_lock_keeps_a_half_filled_private_entry_as_a_draft(qtbot, prepared):
    """Issue 14: the lock after 5 idle minutes used to throw away a member's half-filled answers."""
    database, setup, _grid, peer_id = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    clock = FakeClock()
    tab.gate = evaluation_pin.PinGate(clock)
    begin_private_entry(qtbot, tab, peer_id, setup.members["Amina"])
    entry = tab.private_entry
    fill_entry(qtbot, tab, "je cuisine bien", words_per_person=2)
    ticked = {c.objectName() for c in entry.findChildren(QCheckBox) if c.isChecked()}
    clock.now += 301  # she went to the kitchen
    tab.check_idle()
    assert tab.stack.currentIndex() == LOCKED
    assert not any("je cuisine" in e.text() for e in tab.findChildren(QLineEdit) if e.isVisible())
    with database.session() as session:  # nothing of the draft is written
        assert not any(s.submitted for s in peers.entry_status(session, peer_id))
    type_pin(qtbot, tab, PIN)
    assert tab.stack.currentIndex() == PRIVATE and entry.pages.currentIndex() == 1
    assert "Amina" in entry.form.findChildren(QLabel)[0].text()
    assert entry.findChildren(QLineEdit)[0].text() == "je cuisine bien"
    assert {c.objectName() for c in entry.findChildren(QCheckBox) if c.isChecked()} == ticked
    assert "revenues" in entry.message.text()
    for boxes in entry._picks.values():  # she finishes and sends
        boxes[2].click()
    qtbot.mouseClick(entry.send_button, Qt.MouseButton.LeftButton)
    assert "Merci" in entry.thanks.text()
    with database.session() as session:
        done = {s.member_id for s in peers.entry_status(session, peer_id) if s.submitted}
    assert done == {setup.members["Amina"]}


def test_a_grid_sheet_saved_elsewhere_meanwhile_is_not_overwritten(qtbot, prepared):
    """Issue 14: a sheet open on screen, saved meanwhile from elsewhere (another window): the save
    is refused, the sheet shows what is stored plus what she changed, and a second save stores."""
    database, setup, grid_id, *_ = prepared
    tab = open_tab(qtbot, database, setup.cohort_id)
    type_pin(qtbot, tab, PIN)
    page = tab.grid_page
    page.campaign.setCurrentIndex(page.campaign.findData(grid_id))
    first, second = page._framework.competences[:2]
    sheet = (grid_id, page.evaluator.currentData(), page.member.currentData(), 1)
    with database.session() as session:  # elsewhere: level 2 on the first competence
        grid_service.save_sheet(session, *sheet, [grid_service.RatingInput(first.id, 2, "Lent")])

    def level(row):  # the combo now in the table (a reload replaces the widgets)
        return page.sheet.cellWidget(row, 1)

    level(1).setCurrentIndex(level(1).findData(4))  # here: level 4 on the second one
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Cette fiche a changé" in page.sheet_message.text()
    with database.session() as session:
        stored = grid_service.get_sheet(session, *sheet)
    assert {c: (r.level, r.comment) for c, r in stored.items()} == {first.id: (2, "Lent")}
    assert level(0).currentData() == 2  # what is stored now
    assert level(1).currentData() == 4  # what she changed stays
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "2 notes" in page.sheet_message.text()
    with database.session() as session:
        stored = grid_service.get_sheet(session, *sheet)
    assert {c: r.level for c, r in stored.items()} == {first.id: 2, second.id: 4}
    level(1).setCurrentIndex(level(1).findData(3))  # a save after her own save is not "stale"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "2 notes" in page.sheet_message.text()


def test_a_language_switch_keeps_a_half_filled_private_entry(qtbot, prepared):
    """The switch closes the window (which locks the tab, keeping her answers as a draft) and
    gives the draft to the new window's tab: after the PIN, she is back in her answers."""
    from app.ui import language
    from app.ui.main_window import MainWindow

    database, setup, _grid, peer_id = prepared
    ctx = AppContext(database, today=lambda: dt.date(2022, 12, 10))
    ctx.set_cohort(setup.cohort_id)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_tab("evaluations")
    tab = window.page("evaluations")
    begin_private_entry(qtbot, tab, peer_id, setup.members["Amina"])
    fill_entry(qtbot, tab, "je cuisine bien", words_per_person=2)
    try:
        window.language_actions["nl"].trigger()
        new = window.replacement
        qtbot.addWidget(new)
        assert new.tabs.currentWidget().objectName() == "evaluations_holder"
        new_tab = new.page("evaluations")
        assert new_tab.stack.currentIndex() == LOCKED  # nothing of hers shown before the PIN
        assert not any(
            "je cuisine" in e.text() for e in new_tab.findChildren(QLineEdit) if e.isVisible()
        )
        type_pin(qtbot, new_tab, PIN)
        assert new_tab.stack.currentIndex() == PRIVATE
        assert new_tab.private_entry.findChildren(QLineEdit)[0].text() == "je cuisine bien"
    finally:
        language.apply_language(QApplication.instance(), "fr")
