"""The seeded evaluation framework (competences, scale, adjectives) is stored by key and shown in
the interface language (Arabic included); a row the coordinator rewords stays in her words; the
migration keys the French rows older databases hold."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app import i18n, i18n_catalog
from app.models.evaluations import EvalAdjective, EvalCompetence
from app.models.people import Cohort
from app.services.evaluations import default_framework as defaults
from app.services.evaluations import framework

MONDAY = dt.date(2022, 10, 3)


@pytest.fixture
def arabic():
    """The interface's translator reading the shipped Arabic catalogue."""
    catalogue = i18n_catalog.read_ts(i18n_catalog.ts_path("ar"))
    previous = i18n._translate
    i18n.install_translator(lambda context, text: catalogue.get((context, text), [text])[0])
    yield
    i18n.install_translator(previous)


@pytest.fixture
def cohort(session):
    session.add(Cohort(id=1, name="Coopérative 1", start_date=MONDAY, end_date=MONDAY))
    session.flush()
    return 1


def test_the_stored_french_is_the_source_of_each_key():
    french = defaults.competence_names()
    assert [french[k] for keys in defaults.COMPETENCE_KEYS.values() for k in keys] == [
        name for names in framework.DEFAULT_COMPETENCES.values() for name in names
    ]
    assert [defaults.scale_texts()[k] for k in defaults.SCALE_KEYS] == list(framework.DEFAULT_SCALE)
    adjectives = defaults.adjective_texts()
    assert [adjectives[k] for k in defaults.ADJECTIVE_KEYS] == list(framework.DEFAULT_ADJECTIVES)


def test_seeded_rows_are_french_with_keys_and_read_in_arabic(session, cohort, arabic):
    current = framework.get_framework(session, cohort)
    rows = session.query(EvalCompetence).order_by(EvalCompetence.id).all()
    assert rows[0].name == "Initiative" and rows[0].default_key == "initiative"
    names = [c.name for c in current.competences]
    assert "مبادرة" in names and "Initiative" not in names
    assert current.scale[0].label == "للاكتشاف"
    words = {a.word for a in framework.list_adjectives(session)}
    assert "صبورة" in words and "Patiente" not in words
    assert session.query(EvalAdjective).filter_by(default_key="patient").one().word == "Patiente"


def test_a_reworded_row_is_hers_in_every_language(session, cohort, arabic):
    current = framework.get_framework(session, cohort)
    first = current.competences[0]
    framework.rename_competence(session, first.id, first.name)  # saved unchanged: still a default
    assert session.get(EvalCompetence, first.id).default_key == "initiative"
    renamed = framework.rename_competence(session, first.id, "Prendre des initiatives")
    assert renamed.name == "Prendre des initiatives"
    assert session.get(EvalCompetence, first.id).default_key is None
    level = framework.update_scale_level(session, cohort, 1, "Pas encore", "")
    assert level.label == "Pas encore"
    assert framework.get_framework(session, cohort).scale[0].label == "Pas encore"


def test_the_migration_keys_only_rows_still_in_the_default_french(tmp_path, tmp_path_factory):
    from alembic import command

    from app.db import alembic_config
    from tests.empty_revisions import copy_of_empty_at

    path = copy_of_empty_at(tmp_path_factory, "0013", tmp_path / "old.sqlite3")
    config = alembic_config(path)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO cohort (id, name, start_date, end_date, activity, planned_mornings, "
            "planned_hours) VALUES (1, 'C', '2022-10-03', '2022-12-03', '', 36, 108)"
        )
        db.executemany(
            "INSERT INTO eval_competence (id, cohort_id, category, name, position, active) "
            "VALUES (?, 1, 'cooperative', ?, ?, 1)",
            [(1, "Écoute", 0), (2, "Bonne humeur", 1)],
        )
        db.execute(
            "INSERT INTO eval_adjective (id, word, explanation, active) "
            "VALUES (1, 'Calme', 'Elle reste tranquille quand il y a du stress.', 1)"
        )
    command.upgrade(config, "0015")  # evaluation_defaults_by_key
    with sqlite3.connect(path) as db:
        keys = db.execute("SELECT id, default_key FROM eval_competence ORDER BY id").fetchall()
        adjective = db.execute("SELECT default_key FROM eval_adjective").fetchone()
    assert keys == [(1, "listening"), (2, None)] and adjective == ("calm",)
