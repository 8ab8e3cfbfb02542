"""Evaluations: competence framework, grid and self-and-peer campaigns, feedback, tastings.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 04:21:33.735650
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "eval_adjective",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=60), nullable=False),
        sa.Column("explanation", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_adjective")),
        sa.UniqueConstraint("word", name=op.f("uq_eval_adjective_word")),
    )
    op.create_table(
        "eval_campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("finalised", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "format IN ('grid', 'self_peer')", name=op.f("ck_eval_campaign_format_known")
        ),
        sa.CheckConstraint("days >= 1 AND days <= 30", name=op.f("ck_eval_campaign_days_range")),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_eval_campaign_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_campaign")),
    )
    with op.batch_alter_table("eval_campaign", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_eval_campaign_cohort_id"), ["cohort_id"], unique=False)

    op.create_table(
        "eval_competence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "category IN ('entrepreneurial', 'cooperative', 'culinary', 'professional')",
            name=op.f("ck_eval_competence_category_known"),
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_eval_competence_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_competence")),
        sa.UniqueConstraint("cohort_id", "name", name=op.f("uq_eval_competence_cohort_id_name")),
    )
    with op.batch_alter_table("eval_competence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eval_competence_cohort_id"), ["cohort_id"], unique=False
        )

    op.create_table(
        "eval_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_eval_feedback_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_eval_feedback_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_feedback")),
        sa.UniqueConstraint(
            "cohort_id", "person_id", name=op.f("uq_eval_feedback_cohort_id_person_id")
        ),
    )
    with op.batch_alter_table("eval_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_eval_feedback_cohort_id"), ["cohort_id"], unique=False)

    op.create_table(
        "eval_scale_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "level >= 1 AND level <= 9", name=op.f("ck_eval_scale_level_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_eval_scale_level_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_scale_level")),
        sa.UniqueConstraint("cohort_id", "level", name=op.f("uq_eval_scale_level_cohort_id_level")),
    )
    with op.batch_alter_table("eval_scale_level", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eval_scale_level_cohort_id"), ["cohort_id"], unique=False
        )

    op.create_table(
        "tasting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipe_id", sa.Integer(), nullable=False),
        sa.Column("tasted_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipe_id"],
            ["recipe.id"],
            name=op.f("fk_tasting_recipe_id_recipe"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasting")),
    )
    with op.batch_alter_table("tasting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tasting_recipe_id"), ["recipe_id"], unique=False)

    op.create_table(
        "eval_adjective_pick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("chooser_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("adjective_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["adjective_id"],
            ["eval_adjective.id"],
            name=op.f("fk_eval_adjective_pick_adjective_id_eval_adjective"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["eval_campaign.id"],
            name=op.f("fk_eval_adjective_pick_campaign_id_eval_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["chooser_id"],
            ["person.id"],
            name=op.f("fk_eval_adjective_pick_chooser_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["person.id"],
            name=op.f("fk_eval_adjective_pick_target_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_adjective_pick")),
        sa.UniqueConstraint(
            "campaign_id",
            "chooser_id",
            "target_id",
            "adjective_id",
            name=op.f("uq_eval_adjective_pick_campaign_id_chooser_id_target_id_adjective_id"),
        ),
    )
    with op.batch_alter_table("eval_adjective_pick", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eval_adjective_pick_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_eval_adjective_pick_target_id"), ["target_id"], unique=False
        )

    op.create_table(
        "eval_evaluator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["eval_campaign.id"],
            name=op.f("fk_eval_evaluator_campaign_id_eval_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_eval_evaluator_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_evaluator")),
        sa.UniqueConstraint(
            "campaign_id", "person_id", name=op.f("uq_eval_evaluator_campaign_id_person_id")
        ),
    )
    with op.batch_alter_table("eval_evaluator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eval_evaluator_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_eval_evaluator_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "eval_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("evaluator_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint("evaluator_id <> member_id", name=op.f("ck_eval_rating_not_self")),
        sa.CheckConstraint("level >= 1", name=op.f("ck_eval_rating_level_positive")),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["eval_campaign.id"],
            name=op.f("fk_eval_rating_campaign_id_eval_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["eval_competence.id"],
            name=op.f("fk_eval_rating_competence_id_eval_competence"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["evaluator_id"],
            ["person.id"],
            name=op.f("fk_eval_rating_evaluator_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["person.id"],
            name=op.f("fk_eval_rating_member_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_rating")),
        sa.UniqueConstraint(
            "campaign_id",
            "evaluator_id",
            "member_id",
            "competence_id",
            "day",
            name=op.f("uq_eval_rating_campaign_id_evaluator_id_member_id_competence_id_day"),
        ),
    )
    with op.batch_alter_table("eval_rating", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eval_rating_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_eval_rating_member_id"), ["member_id"], unique=False)

    op.create_table(
        "eval_self_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.Column("has_it", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["eval_campaign.id"],
            name=op.f("fk_eval_self_answer_campaign_id_eval_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["eval_competence.id"],
            name=op.f("fk_eval_self_answer_competence_id_eval_competence"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["person.id"],
            name=op.f("fk_eval_self_answer_member_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_self_answer")),
        sa.UniqueConstraint(
            "campaign_id",
            "member_id",
            "competence_id",
            name=op.f("uq_eval_self_answer_campaign_id_member_id_competence_id"),
        ),
    )
    with op.batch_alter_table("eval_self_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eval_self_answer_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_eval_self_answer_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "tasting_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tasting_id", sa.Integer(), nullable=False),
        sa.Column("taste", sa.Integer(), nullable=False),
        sa.Column("texture", sa.Integer(), nullable=False),
        sa.Column("look", sa.Integer(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("would_buy", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "taste BETWEEN 1 AND 5 AND texture BETWEEN 1 AND 5 AND look BETWEEN 1 AND 5"
            " AND price BETWEEN 1 AND 5",
            name=op.f("ck_tasting_answer_scores_1_to_5"),
        ),
        sa.ForeignKeyConstraint(
            ["tasting_id"],
            ["tasting.id"],
            name=op.f("fk_tasting_answer_tasting_id_tasting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasting_answer")),
    )
    with op.batch_alter_table("tasting_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tasting_answer_tasting_id"), ["tasting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tasting_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasting_answer_tasting_id"))

    op.drop_table("tasting_answer")
    with op.batch_alter_table("eval_self_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_self_answer_member_id"))
        batch_op.drop_index(batch_op.f("ix_eval_self_answer_campaign_id"))

    op.drop_table("eval_self_answer")
    with op.batch_alter_table("eval_rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_rating_member_id"))
        batch_op.drop_index(batch_op.f("ix_eval_rating_campaign_id"))

    op.drop_table("eval_rating")
    with op.batch_alter_table("eval_evaluator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_evaluator_person_id"))
        batch_op.drop_index(batch_op.f("ix_eval_evaluator_campaign_id"))

    op.drop_table("eval_evaluator")
    with op.batch_alter_table("eval_adjective_pick", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_adjective_pick_target_id"))
        batch_op.drop_index(batch_op.f("ix_eval_adjective_pick_campaign_id"))

    op.drop_table("eval_adjective_pick")
    with op.batch_alter_table("tasting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasting_recipe_id"))

    op.drop_table("tasting")
    with op.batch_alter_table("eval_scale_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_scale_level_cohort_id"))

    op.drop_table("eval_scale_level")
    with op.batch_alter_table("eval_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_feedback_cohort_id"))

    op.drop_table("eval_feedback")
    with op.batch_alter_table("eval_competence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_competence_cohort_id"))

    op.drop_table("eval_competence")
    with op.batch_alter_table("eval_campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eval_campaign_cohort_id"))

    op.drop_table("eval_campaign")
    op.drop_table("eval_adjective")
