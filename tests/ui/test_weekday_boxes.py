"""The weekday tick boxes (Schedule › Générer une période, Delegates › Planifier) show short names
translated as such: in Arabic the first three letters of "الأربعاء" and "الأحد" were the same
"الأ", so two boxes of the row read alike."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui.delegate.dialogs import PlanDialog
from app.ui.language import apply_language
from app.ui.schedule.dialogs import TermDialog
from app.ui.weekday_boxes import short_weekday_names


@pytest.fixture(params=["fr", "en", "nl", "ar"])
def language(request, qapp):
    apply_language(qapp, request.param)
    yield request.param
    apply_language(qapp, "fr")


def test_seven_short_names_that_differ_in_every_language(language):
    names = short_weekday_names()
    assert len(set(names)) == 7, names
    if language != "fr":
        assert names[0] != "lun.", "translated"


def test_both_dialogs_show_the_short_names_and_say_the_full_ones(language, qtbot):
    term = TermDialog(
        lambda typed: None, lambda pattern: "", dt.date(2022, 9, 12), dt.date(2022, 12, 16), []
    )
    plan = PlanDialog(lambda typed: None, dt.date(2022, 9, 12), (0, 1), has_schedule=False)
    for dialog in (term, plan):
        qtbot.addWidget(dialog)
    assert [box.text() for box in term.weekdays] == list(short_weekday_names())
    assert [box.text() for box in plan.weekday_boxes] == list(short_weekday_names()[:6])
    wednesday = term.weekdays[2]
    assert wednesday.accessibleName() == wednesday.toolTip() != wednesday.text()
    assert [box.isChecked() for box in plan.weekday_boxes] == [True, True] + [False] * 4
