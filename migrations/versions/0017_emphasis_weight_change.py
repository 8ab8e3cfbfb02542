"""emphasised ingredients confirmed by a person, and what cooking does to a recipe's weight

A recipe line says whether the product's name emphasises its ingredient (QUID, art. 22): "auto"
(suggested from the name, not decided yet), "yes" or "no". A recipe may say what cooking does to
its weight, in % of its ingredients' weight (negative: a loss; positive: water absorbed).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 12:45:15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recipe", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("weight_change_pct", sa.Numeric(precision=6, scale=1), nullable=True)
        )
    with op.batch_alter_table("recipe_line", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("emphasis", sa.String(length=8), server_default="auto", nullable=False)
        )
        batch_op.create_check_constraint("emphasis_known", "emphasis IN ('auto', 'yes', 'no')")


def downgrade() -> None:
    with op.batch_alter_table("recipe_line", schema=None) as batch_op:
        batch_op.drop_constraint("emphasis_known", type_="check")
        batch_op.drop_column("emphasis")
    with op.batch_alter_table("recipe", schema=None) as batch_op:
        batch_op.drop_column("weight_change_pct")
