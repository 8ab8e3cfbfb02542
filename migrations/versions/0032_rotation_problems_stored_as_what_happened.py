"""rotation problems and plannings stored as what happened, put into words when read

A day without a delegate kept its problem as a sentence in the language of the person who planned
("Personne n'est disponible : Amina (partie). Choisissez quelqu'un à la main."), and a planning
kept "12 jours planifiés" as its reason: a delegate reading in Arabic saw French. Now the day keeps
a kind (`problem_kind`: no_member, nobody, typed) and its values as JSON text (`problem_values`:
each member's name and reason), and the planning its number of days (`planned_days`).

Upgrading reads the French sentences the app wrote; any other text (written in another
language) is kept as it was, as a "typed" problem. Downgrading writes French sentences back.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-01 22:40:00
"""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

# Frozen here: a migration keeps the values and the French of its day.
PROBLEM_KINDS = "'no_member', 'nobody', 'typed'"
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
NO_MEMBER = "Personne n'est disponible : la cohorte n'a pas de membre actif."
NOBODY = re.compile(r"^Personne n'est disponible : (.+)\. Choisissez quelqu'un à la main\.$")
WHY = {"pas encore arrivée": "not_yet", "partie": "left", "indisponible ce jour": "that_day"}
ONE_REASON = re.compile(
    r"(?P<name>.+?) \((?P<why>pas encore arrivée|partie|indisponible ce jour|jamais le "
    r"(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\)(?:, |$)"
)
PLANNED = re.compile(r"^(\d+) jours? planifiés?$")
ISOLATES = {0x2068: None, 0x2069: None}

_day = sa.table(
    "rotation_day",
    sa.column("id", sa.Integer),
    sa.column("problem", sa.Text),
    sa.column("problem_kind", sa.String),
    sa.column("problem_values", sa.Text),
)
_change = sa.table(
    "rotation_change",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("reason", sa.Text),
    sa.column("planned_days", sa.Integer),
)


def _reasons(text: str) -> list[dict] | None:
    """[{"name": "Amina", "why": "left"}, ...] from "Amina (partie), Diane (jamais le mardi)"."""
    reasons, position = [], 0
    while position < len(text):
        match = ONE_REASON.match(text, position)
        if match is None:
            return None
        reason = {"name": match["name"]}
        if match["day"]:
            reason |= {"why": "weekday", "weekday": WEEKDAYS.index(match["day"])}
        else:
            reason["why"] = WHY[match["why"]]
        reasons.append(reason)
        position = match.end()
    return reasons or None


def stored(problem: str) -> tuple[str | None, str]:
    """(kind, values) for a problem sentence the app wrote in French; others are kept typed."""
    text = (problem or "").translate(ISOLATES).strip()
    if not text:
        return None, ""
    if text == NO_MEMBER:
        return "no_member", ""
    match = NOBODY.match(text)
    reasons = _reasons(match[1]) if match else None
    if reasons is not None:
        return "nobody", json.dumps({"reasons": reasons})
    return "typed", json.dumps({"text": problem})


def french(kind: str | None, values: str) -> str:
    """The French sentence the app wrote before this revision."""
    if not kind:
        return ""
    if kind == "no_member":
        return NO_MEMBER
    loaded = json.loads(values or "{}")
    if kind == "typed":
        return loaded.get("text", "")
    named = {value: text for text, value in WHY.items()}
    reasons = ", ".join(
        f"{r['name']} (jamais le {WEEKDAYS[r['weekday']]})"
        if r["why"] == "weekday"
        else f"{r['name']} ({named[r['why']]})"
        for r in loaded.get("reasons", [])
    )
    return f"Personne n'est disponible : {reasons}. Choisissez quelqu'un à la main."


def upgrade() -> None:
    with op.batch_alter_table("rotation_day", schema=None) as batch_op:
        batch_op.add_column(sa.Column("problem_kind", sa.String(length=12), nullable=True))
        batch_op.add_column(
            sa.Column("problem_values", sa.Text(), server_default="", nullable=False)
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_rotation_day_problem_kind_known"),
            f"problem_kind IS NULL OR problem_kind IN ({PROBLEM_KINDS})",
        )
    with op.batch_alter_table("rotation_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("planned_days", sa.Integer(), nullable=True))
    connection = op.get_bind()
    for row_id, problem in connection.execute(
        sa.select(_day.c.id, _day.c.problem).where(_day.c.problem != "")
    ).all():
        kind, values = stored(problem)
        connection.execute(
            _day.update()
            .where(_day.c.id == row_id)
            .values(problem_kind=kind, problem_values=values)
        )
    for row_id, reason in connection.execute(
        sa.select(_change.c.id, _change.c.reason).where(_change.c.kind == "plan")
    ).all():
        match = PLANNED.match((reason or "").translate(ISOLATES).strip())
        if match:
            connection.execute(
                _change.update()
                .where(_change.c.id == row_id)
                .values(planned_days=int(match[1]), reason="")
            )
    with op.batch_alter_table("rotation_day", schema=None) as batch_op:
        batch_op.drop_column("problem")


def downgrade() -> None:
    # the column back as 0003 made it: NOT NULL without a default (the default fills the
    # existing rows and goes at the last rebuild below), after "published" on SQLite, whose table
    # is rebuilt (PostgreSQL adds a column at the end and cannot move it)
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("rotation_day", recreate="always" if sqlite else "auto") as batch_op:
        batch_op.add_column(
            sa.Column("problem", sa.Text(), server_default="", nullable=False),
            **({"insert_after": "published"} if sqlite else {}),
        )
    connection = op.get_bind()
    for row_id, kind, values in connection.execute(
        sa.select(_day.c.id, _day.c.problem_kind, _day.c.problem_values).where(
            _day.c.problem_kind.is_not(None)
        )
    ).all():
        connection.execute(
            _day.update().where(_day.c.id == row_id).values(problem=french(kind, values))
        )
    for row_id, days in connection.execute(
        sa.select(_change.c.id, _change.c.planned_days).where(
            _change.c.planned_days.is_not(None), _change.c.reason == ""
        )
    ).all():
        plural = "s" if days > 1 else ""
        connection.execute(
            _change.update()
            .where(_change.c.id == row_id)
            .values(reason=f"{days} jour{plural} planifié{plural}")
        )
    with op.batch_alter_table("rotation_change", schema=None) as batch_op:
        batch_op.drop_column("planned_days")
    with op.batch_alter_table("rotation_day", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_rotation_day_problem_kind_known"), type_="check")
        batch_op.drop_column("problem_values")
        batch_op.drop_column("problem_kind")
        batch_op.alter_column(
            "problem", existing_type=sa.Text(), existing_nullable=False, server_default=None
        )
