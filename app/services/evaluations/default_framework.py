"""The default competence framework the app seeds (2022 report), stored by key and shown in the
interface language: competences, the rating scale and the positive adjectives.

A seeded row keeps its key (`default_key` on `eval_competence`, `eval_scale_level`,
`eval_adjective`) until the coordinator rewords it: from then on it is her text, shown as she
wrote it. The French texts here are the ones written into the database (and by migration 0014's
reading of older databases); every read goes through the `*_texts` functions below.
"""

from __future__ import annotations

from app.i18n import tr

# category -> keys, in their order
COMPETENCE_KEYS: dict[str, tuple[str, ...]] = {
    "entrepreneurial": ("initiative", "problem_solving", "commercial_sense"),
    "cooperative": ("listening", "mutual_help", "speaking_in_group"),
    "culinary": ("kitchen_hygiene", "preparation_quality", "workstation_organisation"),
    "professional": ("punctuality", "availability", "following_instructions"),
}
SCALE_KEYS = ("discover", "work_on", "progressing", "acquired")
ADJECTIVE_KEYS = (
    "welcoming",
    "attentive",
    "calm",
    "brave",
    "creative",
    "funny",
    "dynamic",
    "reliable",
    "generous",
    "organised",
    "patient",
    "punctual",
    "precise",
    "helpful",
    "smiling",
    "hard_working",
)


def competence_names() -> dict[str, str]:
    """Each default competence's name in the interface language, by key."""
    return {
        "initiative": tr("Initiative", "evaluation_defaults"),
        "problem_solving": tr("Résolution de problèmes", "evaluation_defaults"),
        "commercial_sense": tr("Sens commercial", "evaluation_defaults"),
        "listening": tr("Écoute", "evaluation_defaults"),
        "mutual_help": tr("Entraide", "evaluation_defaults"),
        "speaking_in_group": tr("Prise de parole en groupe", "evaluation_defaults"),
        "kitchen_hygiene": tr("Hygiène en cuisine", "evaluation_defaults"),
        "preparation_quality": tr("Qualité des préparations", "evaluation_defaults"),
        "workstation_organisation": tr("Organisation du poste", "evaluation_defaults"),
        "punctuality": tr("Ponctualité", "evaluation_defaults"),
        "availability": tr("Disponibilité", "evaluation_defaults"),
        "following_instructions": tr("Respect des consignes", "evaluation_defaults"),
    }


def scale_texts() -> dict[str, tuple[str, str]]:
    """Each default level's (label, description) in the interface language, by key."""
    return {
        "discover": (
            tr("À découvrir", "evaluation_defaults"),
            tr("Elle ne le fait pas encore, même avec de l'aide.", "evaluation_defaults"),
        ),
        "work_on": (
            tr("À travailler", "evaluation_defaults"),
            tr("Elle le fait parfois, avec beaucoup d'aide.", "evaluation_defaults"),
        ),
        "progressing": (
            tr("En progrès", "evaluation_defaults"),
            tr("Elle le fait souvent, avec un peu d'aide.", "evaluation_defaults"),
        ),
        "acquired": (
            tr("Acquis", "evaluation_defaults"),
            tr("Elle le fait seule et bien, chaque fois.", "evaluation_defaults"),
        ),
    }


def adjective_texts() -> dict[str, tuple[str, str]]:
    """Each default adjective's (word, explanation) in the interface language, by key."""
    return {
        "welcoming": (
            tr("Accueillante", "evaluation_defaults"),
            tr("Elle reçoit bien les gens.", "evaluation_defaults"),
        ),
        "attentive": (
            tr("Attentive", "evaluation_defaults"),
            tr("Elle fait attention aux autres et aux détails.", "evaluation_defaults"),
        ),
        "calm": (
            tr("Calme", "evaluation_defaults"),
            tr("Elle reste tranquille quand il y a du stress.", "evaluation_defaults"),
        ),
        "brave": (
            tr("Courageuse", "evaluation_defaults"),
            tr("Elle ose faire des choses difficiles.", "evaluation_defaults"),
        ),
        "creative": (
            tr("Créative", "evaluation_defaults"),
            tr("Elle a de nouvelles idées.", "evaluation_defaults"),
        ),
        "funny": (
            tr("Drôle", "evaluation_defaults"),
            tr("Elle fait rire les autres.", "evaluation_defaults"),
        ),
        "dynamic": (
            tr("Dynamique", "evaluation_defaults"),
            tr("Elle a beaucoup d'énergie.", "evaluation_defaults"),
        ),
        "reliable": (
            tr("Fiable", "evaluation_defaults"),
            tr("On peut compter sur elle.", "evaluation_defaults"),
        ),
        "generous": (
            tr("Généreuse", "evaluation_defaults"),
            tr("Elle partage et donne volontiers.", "evaluation_defaults"),
        ),
        "organised": (
            tr("Organisée", "evaluation_defaults"),
            tr("Elle prépare et range bien son travail.", "evaluation_defaults"),
        ),
        "patient": (
            tr("Patiente", "evaluation_defaults"),
            tr("Elle prend le temps, elle attend sans s'énerver.", "evaluation_defaults"),
        ),
        "punctual": (
            tr("Ponctuelle", "evaluation_defaults"),
            tr("Elle arrive à l'heure.", "evaluation_defaults"),
        ),
        "precise": (
            tr("Précise", "evaluation_defaults"),
            tr("Elle travaille avec soin.", "evaluation_defaults"),
        ),
        "helpful": (
            tr("Serviable", "evaluation_defaults"),
            tr("Elle aide volontiers.", "evaluation_defaults"),
        ),
        "smiling": (
            tr("Souriante", "evaluation_defaults"),
            tr("Elle a le sourire, elle met de la bonne humeur.", "evaluation_defaults"),
        ),
        "hard_working": (
            tr("Travailleuse", "evaluation_defaults"),
            tr("Elle travaille beaucoup et bien.", "evaluation_defaults"),
        ),
    }


def competence_name(default_key: str | None, name: str) -> str:
    """What a competence is called: the default in the interface language, or her own name."""
    return competence_names().get(default_key, name) if default_key else name


def scale_level_texts(default_key: str | None, label: str, description: str) -> tuple[str, str]:
    if default_key and default_key in SCALE_KEYS:
        return scale_texts()[default_key]
    return label, description


def adjective_words(default_key: str | None, word: str, explanation: str) -> tuple[str, str]:
    if default_key and default_key in ADJECTIVE_KEYS:
        return adjective_texts()[default_key]
    return word, explanation
