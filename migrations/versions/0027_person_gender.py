"""a person's gender, optional: roles shown for her in her gender

Every person already there is "unstated", read as a woman (the feminine form of a role, as
before this revision).

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-01 16:01:56
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

# Frozen here: a migration keeps the values of its day, whatever the vocabulary becomes later.
GENDERS = "'woman', 'man', 'unstated'"


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("gender", sa.String(length=10), server_default="unstated", nullable=False)
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_person_gender_known"), f"gender IN ({GENDERS})"
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_person_gender_known"), type_="check")
        batch_op.drop_column("gender")
