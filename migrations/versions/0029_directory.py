"""directory: organisations and outside people (mentors, speakers...), mentors paired with
members, an order's customer and a mentoring morning's mentor or a visit's host in the directory

Existing orders keep their customer as text (no link written: names typed freely are not clean
enough to merge into directory entries without a person looking at them).

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-01 15:59:56.735902
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("transport_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "kind IN ('partner', 'customer', 'supplier', 'visit_host', 'funder')",
            name=op.f("ck_organisation_kind_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_uid"), ["uid"], unique=True)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "role IN ('mentor', 'speaker', 'evaluator', 'contact')",
            name=op.f("ck_contact_role_known"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_uid"), ["uid"], unique=True)

    op.create_table(
        "mentor_pairing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_mentor_pairing_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["contact.id"],
            name=op.f("fk_mentor_pairing_mentor_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_mentor_pairing_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_pairing")),
        sa.UniqueConstraint(
            "cohort_id",
            "mentor_id",
            "person_id",
            name=op.f("uq_mentor_pairing_cohort_id_mentor_id_person_id"),
        ),
    )
    with op.batch_alter_table("mentor_pairing", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentor_pairing_cohort_id"), ["cohort_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentor_pairing_mentor_id"), ["mentor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentor_pairing_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mentor_pairing_uid"), ["uid"], unique=True)

    with op.batch_alter_table("customer_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_customer_order_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_customer_order_organisation_id_organisation"),
            "organisation",
            ["organisation_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("morning", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mentor_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("host_organisation_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("meeting_point", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.create_index(
            batch_op.f("ix_morning_host_organisation_id"), ["host_organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_morning_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_morning_mentor_id_contact"),
            "contact",
            ["mentor_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_morning_host_organisation_id_organisation"),
            "organisation",
            ["host_organisation_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("morning", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_morning_host_organisation_id_organisation"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_morning_mentor_id_contact"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_morning_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_morning_host_organisation_id"))
        batch_op.drop_column("meeting_point")
        batch_op.drop_column("host_organisation_id")
        batch_op.drop_column("mentor_id")

    with op.batch_alter_table("customer_order", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customer_order_organisation_id_organisation"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_customer_order_organisation_id"))
        batch_op.drop_column("organisation_id")

    with op.batch_alter_table("mentor_pairing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_pairing_uid"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairing_person_id"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairing_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairing_cohort_id"))

    op.drop_table("mentor_pairing")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_uid"))
        batch_op.drop_index(batch_op.f("ix_contact_organisation_id"))

    op.drop_table("contact")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_uid"))

    op.drop_table("organisation")
