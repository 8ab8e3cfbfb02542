"""a global id (uid) on every row, for publishing cohorts to the organisation's server

Every row gets 32 hex digits of a random UUID, the same on the laptop and on the server; a unique
index on each table. Written without rebuilding any table (SQLite's ADD COLUMN and CREATE INDEX;
the downgrade: DROP INDEX and DROP COLUMN, in SQLite since 3.35 of 2021).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-01 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# The tables at revision 0022 (parents first), but the trash (it never leaves the laptop).
TABLES = (
    "appliance",
    "checklist_item",
    "circle",
    "cohort",
    "cooperative",
    "eval_adjective",
    "group_document",
    "ingredient",
    "menu",
    "module",
    "person",
    "recipe",
    "setting",
    "checklist_tick",
    "circle_member",
    "closure",
    "customer_order",
    "document_signature",
    "eval_campaign",
    "eval_competence",
    "eval_feedback",
    "eval_scale_level",
    "handover",
    "ingredient_component",
    "ingredient_nutrition",
    "ingredient_price",
    "membership",
    "menu_item",
    "outcome",
    "outcome_consent",
    "prerequisite",
    "profit_decision",
    "recipe_format_vat",
    "recipe_line",
    "rotation_change",
    "rotation_day",
    "subgroup",
    "task",
    "tasting",
    "temperature_reading",
    "unavailability",
    "decision",
    "eval_adjective_pick",
    "eval_evaluator",
    "eval_rating",
    "eval_self_answer",
    "morning",
    "order_line",
    "profit_objection",
    "profit_share",
    "sales_event",
    "subgroup_member",
    "tasting_answer",
    "attendance",
    "cash_movement",
    "decision_objection",
    "decision_position",
    "expense",
    "sales_event_product",
    "sale_line",
)


def random_uid_sql() -> str:
    """An SQL expression giving a new random 32-hex-digit id, on each engine."""
    if op.get_bind().dialect.name == "postgresql":
        return "replace(gen_random_uuid()::text, '-', '')"
    return "lower(hex(randomblob(16)))"


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {random_uid_sql()}")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_uid", table_name=table)
        op.drop_column(table, "uid")
