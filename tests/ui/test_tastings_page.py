"""The Tastings page of the Menus tab, driven by keyboard and mouse: questions added, moved and
undone; a stack of forms typed fast (a score of 7 refused at its field, nothing saved; Ctrl+Entrée
saves and clears for the next form; the last form undone); results beside cost and margin."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from app.db import Database
from app.models.menus import Recipe
from app.services.tastings import forms, questions, sessions
from app.ui.context import AppContext
from app.ui.menus.tab import MenusTab
from tests.ui.helpers import type_text, when_dialog_opens


@pytest.fixture
def prepared(db_path):
    database = Database.open(db_path)
    with database.session() as session:
        ids = []
        for version in (1, 2):
            row = Recipe(
                name="Energy balls",
                version=version,
                yield_count=20,
                price_cents=150,
                family_id=ids[0] if ids else None,
            )
            session.add(row)
            session.flush()
            if not ids:
                row.family_id = row.id
            ids.append(row.id)
        tasting = sessions.create_tasting(session, ids[0], dt.date(2022, 10, 14), "Marché")
    yield database, ids, tasting.id
    database.close()


def open_page(qtbot, database):
    ctx = AppContext(database, today=lambda: dt.date(2022, 12, 10))
    tab = MenusTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.pages.setCurrentWidget(tab.tastings)
    tab.refresh()
    return tab, tab.tastings


def test_fast_entry_refuses_seven_then_saves_and_undoes_the_last_form(qtbot, prepared):
    database, (v1, _v2), tasting_id = prepared
    tab, page = open_page(qtbot, database)
    assert page.selected_tasting().id == tasting_id
    with database.session() as session:
        keys = {q.key: q.id for q in questions.list_questions(session, v1)}
    seen = {}

    def type_forms(dialog):
        first = dialog.edits[keys["taste"]]
        assert dialog.focusWidget() is first
        qtbot.keyClicks(first, "4")  # one digit: the next question has the keyboard
        assert dialog.focusWidget() is dialog.edits[keys["texture"]]
        qtbot.keyClicks(dialog.edits[keys["texture"]], "7")
        qtbot.keyClicks(dialog.edits[keys["look"]], "3")
        qtbot.keyClick(
            dialog.edits[keys["look"]], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        seen["error"] = dialog.errors.message_for(forms.question_field(keys["texture"]))
        seen["focus"] = dialog.focusWidget() is dialog.edits[keys["texture"]]
        with database.session() as session:
            seen["after_seven"] = len(forms.list_forms(session, tasting_id))
        dialog.edits[keys["texture"]].clear()
        qtbot.keyClicks(dialog.edits[keys["texture"]], "5")
        qtbot.keyClicks(dialog.edits[keys["would_buy"]], "1")
        type_text(qtbot, dialog.edits[keys["comment"]], "Très bon")
        qtbot.keyClick(
            dialog.edits[keys["comment"]], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        seen["counter"] = dialog.counter.text()
        seen["cleared"] = all(not e.text() for e in dialog.edits.values())
        for score in "3452":
            qtbot.keyClicks(dialog.focusWidget(), score)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["third"] = dialog.counter.text()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["undone"] = dialog.counter.text()
        dialog.accept()

    errors = when_dialog_opens(type_forms, "form_entry_dialog")
    qtbot.mouseClick(page.entry_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert "1 à 5" in seen["error"] and "Texture" in seen["error"] and seen["focus"]
    assert seen["after_seven"] == 0
    assert seen["counter"] == "Formulaire 2" and seen["cleared"]
    assert (seen["third"], seen["undone"]) == ("Formulaire 3", "Formulaire 2")
    with database.session() as session:
        saved = forms.list_forms(session, tasting_id)
    assert len(saved) == 1
    assert saved[0].replies == {
        keys["taste"]: "4",
        keys["texture"]: "5",
        keys["look"]: "3",
        keys["would_buy"]: "Oui",
        keys["comment"]: "Très bon",
    }
    # the results show the form beside the version's price
    results = page.results_table.model()
    assert results.rowCount() == 2
    assert results.index(0, 1).data() == "1"
    assert results.index(0, 2).data() == "4,0"


def test_questions_are_added_moved_and_undone(qtbot, prepared):
    database, (v1, _v2), _t = prepared
    tab, page = open_page(qtbot, database)
    page.version.setCurrentIndex(page.version.findData(v1))
    assert page.questions_model.rowCount() == 6

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
        type_text(qtbot, dialog.findChild(QLineEdit, "text"), "Quelle taille ?")
        dialog.findChild(QPlainTextEdit, "options").setPlainText("Petite\nGrande")
        dialog.accept()

    errors = when_dialog_opens(fill, "question_dialog")
    qtbot.mouseClick(page.add_question_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert page.selected_question().text == "Quelle taille ?"
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        texts = [q.text for q in questions.list_questions(session, v1)]
    assert texts[-2:] == ["Quelle taille ?", "Commentaire"]
    page.ctx.undo_stack.undo()  # the move
    page.ctx.undo_stack.undo()  # the question (to the Corbeille)
    with database.session() as session:
        assert [q.text for q in questions.list_questions(session, v1)][-1] == "Commentaire"
        assert len(questions.list_questions(session, v1)) == 6


def test_a_choice_without_two_answers_is_refused_in_the_dialog(qtbot, prepared):
    database, (v1, _v2), _t = prepared
    tab, page = open_page(qtbot, database)
    page.version.setCurrentIndex(page.version.findData(v1))
    seen = {}

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
        type_text(qtbot, dialog.findChild(QLineEdit, "text"), "Taille ?")
        dialog.accept()
        seen["message"] = dialog.errors.message_for("options")
        dialog.reject()

    errors = when_dialog_opens(fill, "question_dialog")
    qtbot.mouseClick(page.add_question_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert "deux réponses" in seen["message"]
    with database.session() as session:
        assert len(questions.list_questions(session, v1)) == 6


def test_rewording_and_deleting_a_question_are_undone(qtbot, prepared, monkeypatch):
    database, (v1, _v2), _t = prepared
    tab, page = open_page(qtbot, database)
    page.version.setCurrentIndex(page.version.findData(v1))
    page.questions_table.selectRow(0)

    def reword(dialog):
        text = dialog.findChild(QLineEdit, "text")
        text.clear()
        type_text(qtbot, text, "Le goût ?")
        dialog.accept()

    errors = when_dialog_opens(reword, "question_dialog")
    qtbot.mouseClick(page.edit_question_button, Qt.MouseButton.LeftButton)
    assert errors == []
    with database.session() as session:
        first = questions.list_questions(session, v1)[0]
    assert (first.text, first.default_key) == ("Le goût ?", None)
    page.ctx.undo_stack.undo()
    with database.session() as session:
        first = questions.list_questions(session, v1)[0]
    assert (first.text, first.default_key) == ("Goût", "taste")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.questions_table.selectRow(1)
    qtbot.mouseClick(page.delete_question_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert "Texture" not in [q.text for q in questions.list_questions(session, v1)]
    page.ctx.undo_stack.undo()
    with database.session() as session:
        assert [q.text for q in questions.list_questions(session, v1)][:2] == ["Goût", "Texture"]
