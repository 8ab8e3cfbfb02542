"""compound ingredients: an ingredient's own ingredients, each with its allergens

Peanut butter (roasted peanuts, salt), chopped tomatoes (tomatoes, tomato juice, citric acid):
the label prints them in brackets after the ingredient, allergens in bold (art. 18, Annex VII E).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 13:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingredient_component",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ingredient_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("allergens", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredient.id"],
            name=op.f("fk_ingredient_component_ingredient_id_ingredient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingredient_component")),
    )
    with op.batch_alter_table("ingredient_component", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ingredient_component_ingredient_id"), ["ingredient_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ingredient_component", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingredient_component_ingredient_id"))
    op.drop_table("ingredient_component")
