"""schedule: status, attendance, closures, prerequisites

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 04:21:37.735322
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=160), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_closure_dates_in_order")),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_closure_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure")),
    )
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_cohort_id"), ["cohort_id"], unique=False)

    op.create_table(
        "prerequisite",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=True),
        sa.Column("morning_kind", sa.String(length=16), nullable=True),
        sa.Column("required_module_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(module_id IS NULL) <> (morning_kind IS NULL)",
            name=op.f("ck_prerequisite_module_or_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["module.id"],
            name=op.f("fk_prerequisite_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["required_module_id"],
            ["module.id"],
            name=op.f("fk_prerequisite_required_module_id_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prerequisite")),
        sa.UniqueConstraint(
            "module_id",
            "morning_kind",
            "required_module_id",
            name=op.f("uq_prerequisite_module_id_morning_kind_required_module_id"),
        ),
    )
    with op.batch_alter_table("prerequisite", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prerequisite_module_id"), ["module_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_prerequisite_required_module_id"), ["required_module_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("morning_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "status IN ('present', 'late', 'excused', 'absent')",
            name=op.f("ck_attendance_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["morning_id"],
            ["morning.id"],
            name=op.f("fk_attendance_morning_id_morning"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_attendance_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "morning_id", "person_id", name=op.f("uq_attendance_morning_id_person_id")
        ),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_morning_id"), ["morning_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    with op.batch_alter_table("morning", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=12), server_default="planned", nullable=False)
        )
        batch_op.create_check_constraint(
            "status_known", "status IN ('planned', 'done', 'cancelled')"
        )


def downgrade() -> None:
    with op.batch_alter_table("morning", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_morning_status_known"), type_="check")
        batch_op.drop_column("status")

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_morning_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("prerequisite", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prerequisite_required_module_id"))
        batch_op.drop_index(batch_op.f("ix_prerequisite_module_id"))

    op.drop_table("prerequisite")
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_cohort_id"))

    op.drop_table("closure")
