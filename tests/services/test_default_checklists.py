"""Default checklist lines are stored by key and shown in the interface language, in both the
ORM service and the first screen; a line the coordinator rewrites stays in her words."""

from __future__ import annotations

import datetime as dt

import pytest

from app import i18n
from app.models.delegate import ChecklistItem
from app.models.people import Cohort
from app.services.delegate import checklists
from app.services.delegate.default_checklists import default_texts
from app.services.today import first_screen

MONDAY = dt.date(2022, 10, 3)
ENGLISH = {
    "Relever la température des frigos": "Check the fridge temperatures",
    "Compter la caisse": "Count the till",
}


@pytest.fixture
def english():
    previous = i18n._translate
    i18n.install_translator(lambda context, text: ENGLISH.get(text, text))
    yield
    i18n.install_translator(previous)


def test_every_seeded_line_has_its_key(session):
    rows = session.query(ChecklistItem).all()
    assert len(rows) == 14
    assert {row.default_key for row in rows} == set(default_texts())


def test_seeded_lines_show_in_the_interface_language_in_both_paths(session, english):
    session.add(Cohort(id=1, name="Coopérative 1", start_date=MONDAY, end_date=MONDAY))
    session.flush()
    opening = checklists.list_templates(session, "opening")
    assert opening[0].text == "Check the fridge temperatures"
    assert opening[1].text == "Vérifier le stock"  # no English given: the French source
    today = first_screen.day_checklist(session, 1, MONDAY)
    assert [item.text for item in today][0] == "Check the fridge temperatures"
    assert "Count the till" in [item.text for item in today]


def test_a_rewritten_line_is_her_text_in_every_language(session, english):
    item = checklists.list_templates(session, "opening")[0]
    renamed = checklists.rename_template_item(session, item.id, "Relever les frigos à 8h")
    assert renamed.text == "Relever les frigos à 8h"
    assert session.get(ChecklistItem, item.id).default_key is None
    assert checklists.list_templates(session, "opening")[0].text == "Relever les frigos à 8h"
    added = checklists.add_template_item(session, "closing", "Fermer le gaz")
    assert added.text == "Fermer le gaz"
