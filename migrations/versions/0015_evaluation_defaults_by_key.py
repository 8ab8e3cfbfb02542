"""evaluation defaults stored by key, shown in the interface language

The competences, scale levels and adjectives the app seeded in French get the key of their
default text (only while the text is still that default: a row the coordinator reworded stays
hers). app/services/evaluations/default_framework.py shows a keyed row in the interface language.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# French text as the app seeded it -> key (app/services/evaluations/default_framework.py)
COMPETENCES = {
    "Initiative": "initiative",
    "Résolution de problèmes": "problem_solving",
    "Sens commercial": "commercial_sense",
    "Écoute": "listening",
    "Entraide": "mutual_help",
    "Prise de parole en groupe": "speaking_in_group",
    "Hygiène en cuisine": "kitchen_hygiene",
    "Qualité des préparations": "preparation_quality",
    "Organisation du poste": "workstation_organisation",
    "Ponctualité": "punctuality",
    "Disponibilité": "availability",
    "Respect des consignes": "following_instructions",
}
SCALE = {
    ("À découvrir", "Elle ne le fait pas encore, même avec de l'aide."): "discover",
    ("À travailler", "Elle le fait parfois, avec beaucoup d'aide."): "work_on",
    ("En progrès", "Elle le fait souvent, avec un peu d'aide."): "progressing",
    ("Acquis", "Elle le fait seule et bien, chaque fois."): "acquired",
}
ADJECTIVES = {
    ("Accueillante", "Elle reçoit bien les gens."): "welcoming",
    ("Attentive", "Elle fait attention aux autres et aux détails."): "attentive",
    ("Calme", "Elle reste tranquille quand il y a du stress."): "calm",
    ("Courageuse", "Elle ose faire des choses difficiles."): "brave",
    ("Créative", "Elle a de nouvelles idées."): "creative",
    ("Drôle", "Elle fait rire les autres."): "funny",
    ("Dynamique", "Elle a beaucoup d'énergie."): "dynamic",
    ("Fiable", "On peut compter sur elle."): "reliable",
    ("Généreuse", "Elle partage et donne volontiers."): "generous",
    ("Organisée", "Elle prépare et range bien son travail."): "organised",
    ("Patiente", "Elle prend le temps, elle attend sans s'énerver."): "patient",
    ("Ponctuelle", "Elle arrive à l'heure."): "punctual",
    ("Précise", "Elle travaille avec soin."): "precise",
    ("Serviable", "Elle aide volontiers."): "helpful",
    ("Souriante", "Elle a le sourire, elle met de la bonne humeur."): "smiling",
    ("Travailleuse", "Elle travaille beaucoup et bien."): "hard_working",
}
TABLES = ("eval_competence", "eval_scale_level", "eval_adjective")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("default_key", sa.String(length=40), nullable=True))
    competence = sa.text(
        "UPDATE eval_competence SET default_key = :key WHERE name = :name AND default_key IS NULL"
    )
    for name, key in COMPETENCES.items():
        op.execute(competence.bindparams(key=key, name=name))
    level = sa.text(
        "UPDATE eval_scale_level SET default_key = :key "
        "WHERE label = :label AND description = :description AND default_key IS NULL"
    )
    for (label, description), key in SCALE.items():
        op.execute(level.bindparams(key=key, label=label, description=description))
    adjective = sa.text(
        "UPDATE eval_adjective SET default_key = :key "
        "WHERE word = :word AND explanation = :explanation AND default_key IS NULL"
    )
    for (word, explanation), key in ADJECTIVES.items():
        op.execute(adjective.bindparams(key=key, word=word, explanation=explanation))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("default_key")
