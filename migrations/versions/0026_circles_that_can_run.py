"""circles that can run: each circle belongs to a cohort and has a mandate (what it decides alone,
what it brings to the group), a starter checklist, meetings with short minutes and lead turns

A circle made before (shared by every cohort) goes to the cohort of its tasks, else of its
members, else the latest cohort; with no cohort at all there is nobody to run it: it is removed.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-01 15:59:55.616575
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "circle_checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_circle_checklist_item_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"],
            ["person.id"],
            name=op.f("fk_circle_checklist_item_done_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circle_checklist_item")),
    )
    with op.batch_alter_table("circle_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_circle_checklist_item_circle_id"), ["circle_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_circle_checklist_item_uid"), ["uid"], unique=True)

    op.create_table(
        "circle_lead_turn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_circle_lead_turn_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_circle_lead_turn_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circle_lead_turn")),
    )
    with op.batch_alter_table("circle_lead_turn", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_circle_lead_turn_circle_id"), ["circle_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_circle_lead_turn_uid"), ["uid"], unique=True)

    op.create_table(
        "circle_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_circle_meeting_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circle_meeting")),
    )
    with op.batch_alter_table("circle_meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_circle_meeting_circle_id"), ["circle_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_circle_meeting_uid"), ["uid"], unique=True)

    with op.batch_alter_table("circle", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cohort_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("decides_alone", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("brings_to_group", sa.Text(), server_default="", nullable=False)
        )
    op.execute(
        "UPDATE circle SET cohort_id = COALESCE("
        "(SELECT MIN(task.cohort_id) FROM task WHERE task.circle_id = circle.id), "
        "(SELECT MAX(membership.cohort_id) FROM membership JOIN circle_member "
        "ON circle_member.person_id = membership.person_id "
        "WHERE circle_member.circle_id = circle.id), "
        "(SELECT MAX(cohort.id) FROM cohort))"
    )
    orphans = "(SELECT id FROM circle WHERE cohort_id IS NULL)"
    op.execute(f"UPDATE task SET circle_id = NULL WHERE circle_id IN {orphans}")
    op.execute(f"DELETE FROM circle_member WHERE circle_id IN {orphans}")
    op.execute("DELETE FROM circle WHERE cohort_id IS NULL")
    with op.batch_alter_table("circle", schema=None) as batch_op:
        batch_op.alter_column("cohort_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint(batch_op.f("uq_circle_name"), type_="unique")
        batch_op.create_index(batch_op.f("ix_circle_cohort_id"), ["cohort_id"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_circle_cohort_id_name"), ["cohort_id", "name"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_circle_cohort_id_cohort"),
            "cohort",
            ["cohort_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    # Names were unique across cohorts: a later circle of the same name takes its id along.
    op.execute(
        "UPDATE circle SET name = name || ' ' || CAST(id AS VARCHAR(12)) WHERE EXISTS "
        "(SELECT 1 FROM circle AS earlier WHERE earlier.name = circle.name "
        "AND earlier.id < circle.id)"
    )
    with op.batch_alter_table("circle", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_circle_cohort_id_cohort"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_circle_cohort_id_name"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_circle_cohort_id"))
        batch_op.create_unique_constraint(batch_op.f("uq_circle_name"), ["name"])
        batch_op.drop_column("brings_to_group")
        batch_op.drop_column("decides_alone")
        batch_op.drop_column("cohort_id")

    with op.batch_alter_table("circle_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circle_meeting_uid"))
        batch_op.drop_index(batch_op.f("ix_circle_meeting_circle_id"))

    op.drop_table("circle_meeting")
    with op.batch_alter_table("circle_lead_turn", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circle_lead_turn_uid"))
        batch_op.drop_index(batch_op.f("ix_circle_lead_turn_circle_id"))

    op.drop_table("circle_lead_turn")
    with op.batch_alter_table("circle_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circle_checklist_item_uid"))
        batch_op.drop_index(batch_op.f("ix_circle_checklist_item_circle_id"))

    op.drop_table("circle_checklist_item")
