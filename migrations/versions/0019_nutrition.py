"""nutrition values per 100 g of ingredients, and a recipe's artisan exemption

An ingredient may have its pack's nutrition values per 100 g (one row in ingredient_nutrition);
the label computes the product's declaration from them. A recipe may say the cooperative relies
on the artisan exemption (Annex V point 19 of regulation 1169/2011): no declaration.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 13:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingredient_nutrition",
        sa.Column("ingredient_id", sa.Integer(), nullable=False),
        sa.Column("energy_kj", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("energy_kcal", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("fat", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.Column("saturates", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.Column("carbohydrate", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.Column("sugars", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.Column("protein", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.Column("salt", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredient.id"],
            name=op.f("fk_ingredient_nutrition_ingredient_id_ingredient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ingredient_id", name=op.f("pk_ingredient_nutrition")),
    )
    with op.batch_alter_table("recipe", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nutrition_exempt", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("recipe", schema=None) as batch_op:
        batch_op.drop_column("nutrition_exempt")
    op.drop_table("ingredient_nutrition")
