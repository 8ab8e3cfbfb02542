"""profit sharing: who took part and the objections are stored once, in the register of decisions

Until now a profit sharing kept its objections in `profit_objection` and who took part in
`profit_share.took_part`, and wrote both again to its register entry (`decision`). The register is
now their one store. Upgrading moves what the register lacks: a profit decision without a register
entry gets one; a share without a position gets "consent" (took part) or "absent"; an objection
whose text the entry does not hold is added without its author. Then the old table and column go.
Downgrading writes them back from the register (took part: any position but "absent").

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-01 19:30:00
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

# The tables as this revision sees them (frozen here: the models follow the newest schema).
_profit_decision = sa.table(
    "profit_decision",
    sa.column("id", sa.Integer),
    sa.column("cohort_id", sa.Integer),
    sa.column("proposal", sa.Text),
    sa.column("outcome", sa.Text),
    sa.column("decided_on", sa.Date),
    sa.column("review_on", sa.Date),
)
_profit_share = sa.table(
    "profit_share",
    sa.column("id", sa.Integer),
    sa.column("decision_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("took_part", sa.Boolean),
)
_profit_objection = sa.table(
    "profit_objection",
    sa.column("id", sa.Integer),
    sa.column("decision_id", sa.Integer),
    sa.column("objection", sa.Text),
    sa.column("integration", sa.Text),
    sa.column("uid", sa.String),
)
_decision = sa.table(
    "decision",
    sa.column("id", sa.Integer),
    sa.column("cohort_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("title", sa.String),
    sa.column("proposal", sa.Text),
    sa.column("clarifications", sa.Text),
    sa.column("reactions", sa.Text),
    sa.column("outcome", sa.Text),
    sa.column("decided_on", sa.Date),
    sa.column("review_on", sa.Date),
    sa.column("profit_decision_id", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("uid", sa.String),
)
_position = sa.table(
    "decision_position",
    sa.column("id", sa.Integer),
    sa.column("decision_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("position", sa.String),
    sa.column("uid", sa.String),
)
_objection = sa.table(
    "decision_objection",
    sa.column("id", sa.Integer),
    sa.column("decision_id", sa.Integer),
    sa.column("author_id", sa.Integer),
    sa.column("objection", sa.Text),
    sa.column("integration", sa.Text),
    sa.column("uid", sa.String),
)


def _uid() -> str:
    return uuid.uuid4().hex


def _register_entry(bind, profit) -> int:
    """The register entry of a profit decision; written when it has none."""
    find = sa.select(_decision.c.id).where(_decision.c.profit_decision_id == profit.id)
    entry = bind.execute(find).scalar()
    if entry is not None:
        return entry
    bind.execute(
        _decision.insert().values(
            cohort_id=profit.cohort_id,
            kind="profit_sharing",
            title="",
            proposal=profit.proposal,
            clarifications="",
            reactions="",
            outcome=profit.outcome,
            decided_on=profit.decided_on,
            review_on=profit.review_on,
            profit_decision_id=profit.id,
            created_at=dt.datetime.now().replace(microsecond=0),
            uid=_uid(),
        )
    )
    return bind.execute(find).scalar_one()


def _move_to_the_register(bind) -> None:
    profits = bind.execute(sa.select(_profit_decision).order_by(_profit_decision.c.id)).all()
    for profit in profits:
        entry = _register_entry(bind, profit)
        placed = set(
            bind.execute(
                sa.select(_position.c.person_id).where(_position.c.decision_id == entry)
            ).scalars()
        )
        shares = bind.execute(
            sa.select(_profit_share.c.person_id, _profit_share.c.took_part)
            .where(_profit_share.c.decision_id == profit.id)
            .order_by(_profit_share.c.id)
        ).all()
        for person_id, took_part in shares:
            if person_id not in placed:
                bind.execute(
                    _position.insert().values(
                        decision_id=entry,
                        person_id=person_id,
                        position="consent" if took_part else "absent",
                        uid=_uid(),
                    )
                )
        held = set(
            bind.execute(
                sa.select(_objection.c.objection).where(_objection.c.decision_id == entry)
            ).scalars()
        )
        objections = bind.execute(
            sa.select(_profit_objection.c.objection, _profit_objection.c.integration)
            .where(_profit_objection.c.decision_id == profit.id)
            .order_by(_profit_objection.c.id)
        ).all()
        for objection, integration in objections:
            if objection not in held:
                bind.execute(
                    _objection.insert().values(
                        decision_id=entry,
                        author_id=None,
                        objection=objection,
                        integration=integration,
                        uid=_uid(),
                    )
                )
                held.add(objection)


def _write_back_from_the_register(bind) -> None:
    entries = bind.execute(
        sa.select(_decision.c.id, _decision.c.profit_decision_id)
        .where(_decision.c.profit_decision_id.is_not(None))
        .order_by(_decision.c.id)
    ).all()
    for entry, profit_id in entries:
        present = set(
            bind.execute(
                sa.select(_position.c.person_id).where(
                    _position.c.decision_id == entry, _position.c.position != "absent"
                )
            ).scalars()
        )
        bind.execute(
            _profit_share.update()
            .where(_profit_share.c.decision_id == profit_id)
            .values(took_part=_profit_share.c.person_id.in_(present) if present else sa.false())
        )
        objections = bind.execute(
            sa.select(_objection.c.objection, _objection.c.integration)
            .where(_objection.c.decision_id == entry)
            .order_by(_objection.c.id)
        ).all()
        for objection, integration in objections:
            bind.execute(
                _profit_objection.insert().values(
                    decision_id=profit_id,
                    objection=objection,
                    integration=integration,
                    uid=_uid(),
                )
            )


def upgrade() -> None:
    _move_to_the_register(op.get_bind())
    with op.batch_alter_table("profit_objection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_profit_objection_uid"))
        batch_op.drop_index(batch_op.f("ix_profit_objection_decision_id"))
    op.drop_table("profit_objection")
    with op.batch_alter_table("profit_share", schema=None) as batch_op:
        batch_op.drop_column("took_part")


def downgrade() -> None:
    # took_part back where it was, before uid, on SQLite, whose table is rebuilt (PostgreSQL adds
    # a column at the end and cannot move it); its default fills the rows, then goes (below)
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("profit_share", recreate="always" if sqlite else "auto") as batch_op:
        batch_op.add_column(
            sa.Column("took_part", sa.Boolean(), nullable=False, server_default=sa.true()),
            **({"insert_after": "share_cents"} if sqlite else {}),
        )
    op.create_table(
        "profit_objection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("objection", sa.Text(), nullable=False),
        sa.Column("integration", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["profit_decision.id"],
            name=op.f("fk_profit_objection_decision_id_profit_decision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profit_objection")),
    )
    with op.batch_alter_table("profit_objection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_profit_objection_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_profit_objection_uid"), ["uid"], unique=True)
    _write_back_from_the_register(op.get_bind())
    with op.batch_alter_table("profit_share", schema=None) as batch_op:
        batch_op.alter_column("took_part", server_default=None)
