"""Rotation problems written as French sentences become kinds and values (0032), plannings'
"N jours planifiés" their number of days; other texts stay as typed; downgrading writes the
French back, in the schema 0031 had."""

from __future__ import annotations

import json
import sqlite3

from alembic import command

from app.db import alembic_config
from tests.db.revision_fixtures import FILLERS
from tests.db.schema_shape import schema_shape
from tests.empty_revisions import copy_of_empty_at

OLD = [
    (
        10,
        "2022-10-03",
        "Personne n'est disponible : Amina (pas encore arrivée), Diane (partie), "
        "Nadia (jamais le lundi), Zineb (indisponible ce jour). Choisissez quelqu'un à la main.",
    ),
    (11, "2022-10-04", "Personne n'est disponible : la cohorte n'a pas de membre actif."),
    (12, "2022-10-05", "Nobody is available: Amina (left). Choose someone by hand."),
]


def _at_0031_with_old_texts(path, tmp_path_factory) -> None:
    copy_of_empty_at(tmp_path_factory, "0031", path)
    connection = sqlite3.connect(path)
    for earlier in sorted(FILLERS):
        if earlier <= "0031":
            FILLERS[earlier](connection)
    connection.executemany(
        "INSERT INTO rotation_day (id, cohort_id, date, is_sale, delegate_id, deputy_id, "
        "published, problem) VALUES (?, 2, ?, 0, NULL, NULL, 0, ?)",
        OLD,
    )
    connection.execute(
        "INSERT INTO rotation_change (id, cohort_id, kind, date, reason, made_at) VALUES "
        "(20, 2, 'plan', '2022-10-03', '12 jours planifiés', '2022-10-01 09:00:00'), "
        "(21, 2, 'plan', '2022-10-03', '1 jour planifié', '2022-10-01 09:00:00'), "
        "(22, 2, 'plan', '2022-10-03', 'Annulation : tout', '2022-10-01 09:00:00')"
    )
    connection.commit()
    connection.close()


def test_french_problems_become_what_happened_and_come_back(tmp_path, tmp_path_factory):
    path = tmp_path / "old.sqlite3"
    _at_0031_with_old_texts(path, tmp_path_factory)
    command.upgrade(alembic_config(path), "0032")
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT id, problem_kind, problem_values FROM rotation_day WHERE id >= 10 ORDER BY id"
        ).fetchall()
        assert rows[0][1] == "nobody"
        assert json.loads(rows[0][2]) == {
            "reasons": [
                {"name": "Amina", "why": "not_yet"},
                {"name": "Diane", "why": "left"},
                {"name": "Nadia", "why": "weekday", "weekday": 0},
                {"name": "Zineb", "why": "that_day"},
            ]
        }
        assert rows[1][1:] == ("no_member", "")
        assert rows[2][1] == "typed"
        assert json.loads(rows[2][2]) == {"text": OLD[2][2]}
        # The filler's days without a problem have none.
        assert connection.execute(
            "SELECT problem_kind, problem_values FROM rotation_day WHERE id = 1"
        ).fetchone() == (None, "")
        changes = connection.execute(
            "SELECT id, reason, planned_days FROM rotation_change WHERE id >= 20 ORDER BY id"
        ).fetchall()
        assert changes == [(20, "", 12), (21, "", 1), (22, "Annulation : tout", None)]
    finally:
        connection.close()

    command.downgrade(alembic_config(path), "0031")
    connection = sqlite3.connect(path)
    try:
        back = connection.execute(
            "SELECT id, date, problem FROM rotation_day WHERE id >= 10 ORDER BY id"
        ).fetchall()
        assert back == OLD
        reasons = connection.execute(
            "SELECT reason FROM rotation_change WHERE id >= 20 ORDER BY id"
        ).fetchall()
        assert reasons == [("12 jours planifiés",), ("1 jour planifié",), ("Annulation : tout",)]
    finally:
        connection.close()


def test_french_undo_sentences_become_the_kind_they_undid_and_come_back(tmp_path, tmp_path_factory):
    path = tmp_path / "old.sqlite3"
    _at_0031_with_old_texts(path, tmp_path_factory)
    command.upgrade(alembic_config(path), "0032")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO rotation_change (id, cohort_id, kind, date, reason, made_at) VALUES "
        "(30, 2, 'manual', '2022-10-03', 'Annulation : Échange du 03/10', '2022-10-01 09:00'), "
        "(31, 2, 'plan', '2022-10-03', 'Annulation : Planifier les déléguées', "
        "'2022-10-01 09:00'), "
        "(32, 2, 'manual', '2022-10-03', 'Annulation : Absence du 03/10', '2022-10-01 09:00'), "
        "(33, 2, 'manual', '2022-10-03', 'Annulation : Déléguée du 03/10', '2022-10-01 09:00'), "
        "(34, 2, 'manual', '2022-10-03', 'Cancellation: Swap on 03/10', '2022-10-01 09:00')"
    )
    connection.commit()
    connection.close()
    command.upgrade(alembic_config(path), "0033")
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT id, reason, undoes FROM rotation_change WHERE id >= 30 ORDER BY id"
        ).fetchall()
        assert rows == [
            (30, "", "swap"),
            (31, "", "plan"),
            (32, "", "absence"),
            (33, "", "manual"),
            (34, "Cancellation: Swap on 03/10", None),
        ]
    finally:
        connection.close()
    command.downgrade(alembic_config(path), "0032")
    connection = sqlite3.connect(path)
    try:
        reasons = connection.execute(
            "SELECT reason FROM rotation_change WHERE id >= 30 ORDER BY id"
        ).fetchall()
        assert reasons == [
            ("Annulation : Échange",),
            ("Annulation : Planning",),
            ("Annulation : Absence",),
            ("Annulation : Choix manuel",),
            ("Cancellation: Swap on 03/10",),
        ]
    finally:
        connection.close()


def test_downgrading_to_0031_gives_back_the_schema_0031_had(tmp_path, tmp_path_factory):
    """rotation_day.problem comes back as 0003 made it: after "published", NOT NULL, with no
    default (0032's downgrade gave it a default of '' at the end of the table)."""
    fresh = copy_of_empty_at(tmp_path_factory, "0031", tmp_path / "fresh.sqlite3")
    path = tmp_path / "old.sqlite3"
    _at_0031_with_old_texts(path, tmp_path_factory)  # with rows to put the problems back into
    command.upgrade(alembic_config(path), "0032")
    command.downgrade(alembic_config(path), "0031")
    downgraded, made = schema_shape(path), schema_shape(fresh)
    columns = [column[:4] for column in downgraded["rotation_day"]["columns"]]
    assert columns[6:8] == [("published", "BOOLEAN", 1, None), ("problem", "TEXT", 1, None)]
    assert downgraded == made
