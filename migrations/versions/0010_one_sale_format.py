"""one vocabulary of sales formats: a sales day serving an order takes the order's format

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 10:20:00.000000

"order" was a format of sales days only (menus and orders never had it): a catering ordered by an
organisation was recorded as "order", so the day lost its real format and the catering VAT rate.
A day marked "order" now takes the format of the order it serves, else "catering" (what the
organisations ordered). The VAT rates already copied into its products are left as they were.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Frozen here: a migration keeps the values of its day, whatever the vocabulary becomes later.
FORMATS = "'brunch', 'delivery', 'catering', 'stand', 'takeaway'"


def _format_constraint(allowed: str) -> None:
    with op.batch_alter_table("sales_event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_sales_event_format_known"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_sales_event_format_known"), f"format IN ({allowed})"
        )


def upgrade() -> None:
    op.execute(
        "UPDATE sales_event SET format = COALESCE(("
        "SELECT o.sales_format FROM customer_order AS o WHERE o.id = sales_event.order_ref "
        f"AND o.sales_format IN ({FORMATS})), 'catering') WHERE format = 'order'"
    )
    _format_constraint(FORMATS)


def downgrade() -> None:
    # The days keep the format they were given: the older schema accepts it too.
    _format_constraint(f"{FORMATS}, 'order'")
