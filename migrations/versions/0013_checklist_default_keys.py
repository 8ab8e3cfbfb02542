"""default checklist lines stored by key, shown in the interface language

The lines seeded in French by 0003 get the key of their default text (only while the text is still
that default: a line the coordinator rewrote stays hers).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 11:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# (day kind, French text as 0003 wrote it) -> key (app/services/delegate/default_checklists.py)
KEYS = {
    ("opening", "Relever la température des frigos"): "fridge_temperatures",
    ("opening", "Vérifier le stock"): "check_stock",
    ("opening", "Lire la passation d'hier"): "read_handover",
    ("opening", "Répartir les tâches du jour"): "share_tasks",
    ("kitchen", "Se laver les mains, mettre tablier et charlotte"): "wash_hands",
    ("kitchen", "Nettoyer les plans de travail"): "clean_worktops",
    ("sale", "Imprimer les étiquettes"): "print_labels",
    ("sale", "Préparer le fond de caisse"): "prepare_float",
    ("sale", "Vérifier le terminal de paiement"): "check_terminal",
    ("closing", "Encoder les ventes"): "record_sales",
    ("closing", "Compter la caisse"): "count_till",
    ("closing", "Clôturer la journée"): "close_day",
    ("closing", "Écrire la passation"): "write_handover",
    ("closing", "Faire une sauvegarde"): "make_backup",
}


def upgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("default_key", sa.String(length=40), nullable=True))
    statement = sa.text(
        "UPDATE checklist_item SET default_key = :key "
        "WHERE day_kind = :kind AND text = :text AND default_key IS NULL"
    )
    for (kind, text), key in KEYS.items():
        op.execute(statement.bindparams(key=key, kind=kind, text=text))


def downgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_column("default_key")
