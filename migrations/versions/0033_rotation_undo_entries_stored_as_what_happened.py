"""rotation history: an Edit > Undo entry keeps the kind of change it undid, not a sentence

Undoing a change of the rotation wrote "Annulation : Échange du 13/09" (in the language of the
person who undid it) into rotation_change.reason, and redoing a planning "Planifier les
déléguées". Now the entry keeps `undoes` (the kind of change undone: plan, swap, absence, manual)
and is put into words when read; a redone planning keeps its number of days.

Upgrading reads the French sentences the app wrote ("Annulation : Planifier les déléguées",
"Annulation : Échange du …", "Annulation : Absence du …", "Annulation : Déléguée du …"); other
texts stay as typed. Downgrading writes a French sentence back.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-01 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

# Frozen here: the values and the French of this revision's day.
KINDS = "'plan', 'swap', 'absence', 'departure', 'manual'"
UNDONE = (
    ("Annulation : Planifier les déléguées", "plan"),
    ("Annulation : Échange du ", "swap"),
    ("Annulation : Absence du ", "absence"),
    ("Annulation : Déléguée du ", "manual"),
)
FRENCH = {
    "plan": "Planning",
    "swap": "Échange",
    "absence": "Absence",
    "departure": "Départ",
    "manual": "Choix manuel",
}
ISOLATES = {0x2068: None, 0x2069: None}

_change = sa.table(
    "rotation_change",
    sa.column("id", sa.Integer),
    sa.column("reason", sa.Text),
    sa.column("undoes", sa.String),
)


def undone_kind(reason: str) -> str | None:
    """The kind of change a French undo sentence names, None for any other text."""
    text = (reason or "").translate(ISOLATES)
    return next((kind for start, kind in UNDONE if text.startswith(start)), None)


def upgrade() -> None:
    with op.batch_alter_table("rotation_change", schema=None) as batch_op:
        batch_op.add_column(sa.Column("undoes", sa.String(length=12), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_rotation_change_undoes_known"),
            f"undoes IS NULL OR undoes IN ({KINDS})",
        )
    connection = op.get_bind()
    for row_id, reason in connection.execute(
        sa.select(_change.c.id, _change.c.reason).where(_change.c.reason.like("Annulation : %"))
    ).all():
        kind = undone_kind(reason)
        if kind is not None:
            connection.execute(
                _change.update().where(_change.c.id == row_id).values(undoes=kind, reason="")
            )


def downgrade() -> None:
    connection = op.get_bind()
    for row_id, kind in connection.execute(
        sa.select(_change.c.id, _change.c.undoes).where(_change.c.undoes.is_not(None))
    ).all():
        connection.execute(
            _change.update()
            .where(_change.c.id == row_id)
            .values(reason=f"Annulation : {FRENCH.get(kind, kind)}")
        )
    with op.batch_alter_table("rotation_change", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_rotation_change_undoes_known"), type_="check")
        batch_op.drop_column("undoes")
