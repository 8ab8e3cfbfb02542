"""The employer portfolio from the Members tab, as the coordinator would: refused at the consent
line without her consent (nothing printed), her consent noted, the PDF previewed with her hours; the
consent change undone from Édition › Annuler; and the follow-up dialog's save and consent changes
undone and redone, what a withdrawal deleted coming back."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from PySide6.QtCore import Qt

from app.services.outcomes import consent, records
from app.services.schedule import attendance
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.ui.outcomes.dialog import OutcomesDialog
from app.ui.pdf_preview import PdfPreviewDialog
from app.vocab.outcomes import ConsentPurpose
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_outcomes_dialog import save, window  # noqa: F401 (fixture)

TODAY = dt.date(2022, 12, 16)


def test_refused_without_consent_then_previewed_then_the_consent_undone(
    qtbot,
    window,  # noqa: F811
    monkeypatch,
):
    main, database, person_id, cohort_id = window
    with database.session() as session:
        morning = schedule.create_morning(
            session,
            cohort_id,
            MorningInput(dt.date(2022, 10, 10), dt.time(9), dt.time(12), "theory"),
        )
        attendance.set_attendance(session, morning.id, person_id, "present")
    shown, seen = [], {}
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_bytes) or 0)

    def act(dialog):
        save(qtbot, dialog)
        seen["refused"] = dialog.errors.message_for("consent")
        seen["still_open"] = dialog.isVisible()
        qtbot.mouseClick(dialog.consent_row.give_button, Qt.MouseButton.LeftButton)
        seen["consent"] = dialog.consent_row.label.text()
        save(qtbot, dialog)

    errors = when_dialog_opens(act, "portfolio_dialog")
    qtbot.mouseClick(main.page("members").portfolio_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert "pas donné son accord pour un portfolio" in seen["refused"] and seen["still_open"]
    assert seen["consent"].startswith("Accord donné le")
    (pdf,) = shown
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Amina Diallo" in text and "Total 3 h 3 h" in text
    with database.session() as session:
        assert consent.has_consent(session, person_id, ConsentPurpose.PORTFOLIO)
        assert not consent.has_consent(session, person_id)  # the follow-up is another consent

    assert main.undo_action.text() == "Annuler : accord de Amina Diallo"
    main.undo_action.trigger()
    with database.session() as session:
        assert consent.consent_of(session, person_id, ConsentPurpose.PORTFOLIO) is None


def test_outcome_saves_and_consent_changes_are_undone_and_redone(
    qtbot,
    window,  # noqa: F811
    monkeypatch,
):
    main, database, person_id, cohort_id = window
    monkeypatch.setattr(OutcomesDialog, "confirm_withdrawal", classmethod(lambda cls, p: True))

    def act(dialog):
        qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
        dialog.situation.setCurrentIndex(dialog.situation.findData("internship"))
        type_text(qtbot, dialog.note, "WOW")
        save(qtbot, dialog)

    errors = when_dialog_opens(act, "outcomes_dialog")
    qtbot.mouseClick(main.page("members").outcomes_button, Qt.MouseButton.LeftButton)
    assert errors == []

    def withdraw(dialog):
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    errors = when_dialog_opens(withdraw, "outcomes_dialog")
    qtbot.mouseClick(main.page("members").outcomes_button, Qt.MouseButton.LeftButton)
    assert errors == []

    def noted():
        with database.session() as session:
            return (
                consent.has_consent(session, person_id),
                [(o.situation, o.note) for o in records.outcomes_of_person(session, person_id)],
            )

    assert noted() == (False, [])
    assert main.undo_action.text() == "Annuler : retrait de l'accord de Amina Diallo"
    main.undo_action.trigger()  # the withdrawal: her consent and her situation come back
    assert noted() == (True, [("internship", "WOW")])
    assert main.undo_action.text() == "Annuler : situation de Amina Diallo"
    main.undo_action.trigger()  # the save
    assert noted() == (True, [])
    main.undo_action.trigger()  # the consent
    assert noted() == (False, [])
    main.redo_action.trigger()
    main.redo_action.trigger()
    assert noted() == (True, [("internship", "WOW")])
    main.redo_action.trigger()
    assert noted() == (False, [])
    with database.session() as session:
        assert records.outcome_at(session, person_id, cohort_id, "end") is None
