"""The tasting answers of four fixed scores become forms of six questions per version (0025),
and come back as answers when downgrading."""

from __future__ import annotations

import sqlite3

from alembic import command

from app.db import alembic_config
from tests.db.revision_fixtures import FILLERS
from tests.empty_revisions import copy_of_empty_at


def _filled_at(path, revision: str, tmp_path_factory) -> None:
    copy_of_empty_at(tmp_path_factory, revision, path)
    connection = sqlite3.connect(path)
    for earlier in sorted(FILLERS):
        if earlier <= revision:
            FILLERS[earlier](connection)
    connection.commit()
    connection.close()


def test_answers_become_forms_and_come_back(tmp_path, tmp_path_factory):
    path = tmp_path / "old.sqlite3"
    _filled_at(path, "0027", tmp_path_factory)
    command.upgrade(alembic_config(path), "0028")
    connection = sqlite3.connect(path)
    try:
        questions = connection.execute(
            "SELECT recipe_id, position, kind, text, options, default_key FROM tasting_question "
            "ORDER BY position"
        ).fetchall()
        assert questions == [
            (1, 0, "scale", "Goût", "", "taste"),
            (1, 1, "scale", "Texture", "", "texture"),
            (1, 2, "scale", "Aspect", "", "look"),
            (1, 3, "scale", "Prix", "", "price"),
            (1, 4, "choice", "Achèteriez-vous ce produit ?", "Oui\nNon", "would_buy"),
            (1, 5, "text", "Commentaire", "", "comment"),
        ]
        forms = connection.execute(
            "SELECT id, tasting_id, number FROM tasting_form ORDER BY number"
        ).fetchall()
        assert [f[1:] for f in forms] == [(1, 1), (1, 2)]
        # The 0004 filler's answers: (4, 3, 5, 2, would buy) and (5, 4, 4, 3, would not).
        replies = connection.execute(
            "SELECT f.number, q.default_key, r.score, r.choice, r.text FROM tasting_reply r "
            "JOIN tasting_form f ON f.id = r.form_id "
            "JOIN tasting_question q ON q.id = r.question_id ORDER BY f.number, q.position"
        ).fetchall()
        assert replies == [
            (1, "taste", 4, None, ""),
            (1, "texture", 3, None, ""),
            (1, "look", 5, None, ""),
            (1, "price", 2, None, ""),
            (1, "would_buy", None, 0, ""),
            (2, "taste", 5, None, ""),
            (2, "texture", 4, None, ""),
            (2, "look", 4, None, ""),
            (2, "price", 3, None, ""),
            (2, "would_buy", None, 1, ""),
        ]
        assert (
            connection.execute(
                "SELECT name FROM sqlite_master WHERE name = 'tasting_answer'"
            ).fetchall()
            == []
        )
        FILLERS["0028"](connection)  # a form without the fixed scores: it cannot go back
        connection.commit()
    finally:
        connection.close()
    command.downgrade(alembic_config(path), "0027")
    connection = sqlite3.connect(path)
    try:
        assert connection.execute(
            "SELECT tasting_id, taste, texture, look, price, would_buy, comment "
            "FROM tasting_answer ORDER BY id"
        ).fetchall() == [(1, 4, 3, 5, 2, 1, ""), (1, 5, 4, 4, 3, 0, "")]
        assert connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'tasting_%' ORDER BY name"
        ).fetchall() == [("tasting_answer",)]
    finally:
        connection.close()
