"""publications: which laptop writes each cohort published to the organisation's server

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-01 12:58:52.031210
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_uid", sa.String(length=32), nullable=False),
        sa.Column("cohort_name", sa.String(length=120), nullable=False),
        sa.Column("laptop_id", sa.String(length=64), nullable=False),
        sa.Column("laptop_name", sa.String(length=120), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication")),
        sa.UniqueConstraint("cohort_uid", name=op.f("uq_publication_cohort_uid")),
    )
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_publication_uid"), ["uid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_uid"))

    op.drop_table("publication")
