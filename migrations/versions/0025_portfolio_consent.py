"""portfolio consent: a member's own consent to an employer portfolio printed about her

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-01 16:00:29.494149
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_portfolio_consent_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_consent")),
        sa.UniqueConstraint("person_id", name=op.f("uq_portfolio_consent_person_id")),
    )
    with op.batch_alter_table("portfolio_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_portfolio_consent_uid"), ["uid"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("portfolio_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_portfolio_consent_uid"))

    op.drop_table("portfolio_consent")
