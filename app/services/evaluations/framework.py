"""The competence framework of a cohort: four categories, their competences, the rating scale with
behavioural descriptions, and the list of positive adjectives for self-and-peer evaluation.

Each cohort gets the 2022 framework the first time it is asked for (`ensure_framework`); the
coordinator can then add, rename or retire competences and reword the scale for that cohort.
Seeded rows are written in French with their key and read in the interface language
(`default_framework`) until she rewords them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.evaluations import EvalAdjective, EvalCompetence, EvalScaleLevel
from app.models.people import Cohort
from app.services.errors import Field, NotFound, ValidationError
from app.services.evaluations import default_framework as defaults
from app.services.text_match import named_key, sort_key
from app.services.validation import limited_text, required_text
from app.vocab import values
from app.vocab.evaluations import CompetenceCategory, competence_category_label

# From the 2022 report: four categories of competences, with the examples it gives and a few more.
DEFAULT_COMPETENCES: dict[str, tuple[str, ...]] = {
    "entrepreneurial": ("Initiative", "Résolution de problèmes", "Sens commercial"),
    "cooperative": ("Écoute", "Entraide", "Prise de parole en groupe"),
    "culinary": ("Hygiène en cuisine", "Qualité des préparations", "Organisation du poste"),
    "professional": ("Ponctualité", "Disponibilité", "Respect des consignes"),
}
DEFAULT_SCALE: tuple[tuple[str, str], ...] = (
    ("À découvrir", "Elle ne le fait pas encore, même avec de l'aide."),
    ("À travailler", "Elle le fait parfois, avec beaucoup d'aide."),
    ("En progrès", "Elle le fait souvent, avec un peu d'aide."),
    ("Acquis", "Elle le fait seule et bien, chaque fois."),
)
DEFAULT_ADJECTIVES: tuple[tuple[str, str], ...] = (
    ("Accueillante", "Elle reçoit bien les gens."),
    ("Attentive", "Elle fait attention aux autres et aux détails."),
    ("Calme", "Elle reste tranquille quand il y a du stress."),
    ("Courageuse", "Elle ose faire des choses difficiles."),
    ("Créative", "Elle a de nouvelles idées."),
    ("Drôle", "Elle fait rire les autres."),
    ("Dynamique", "Elle a beaucoup d'énergie."),
    ("Fiable", "On peut compter sur elle."),
    ("Généreuse", "Elle partage et donne volontiers."),
    ("Organisée", "Elle prépare et range bien son travail."),
    ("Patiente", "Elle prend le temps, elle attend sans s'énerver."),
    ("Ponctuelle", "Elle arrive à l'heure."),
    ("Précise", "Elle travaille avec soin."),
    ("Serviable", "Elle aide volontiers."),
    ("Souriante", "Elle a le sourire, elle met de la bonne humeur."),
    ("Travailleuse", "Elle travaille beaucoup et bien."),
)


@dataclass(frozen=True)
class CompetenceInfo:
    id: int
    category: str
    name: str
    position: int
    active: bool

    @property
    def category_label(self) -> str:
        return competence_category_label(self.category)


@dataclass(frozen=True)
class ScaleLevel:
    level: int
    label: str
    description: str


@dataclass(frozen=True)
class AdjectiveInfo:
    id: int
    word: str
    explanation: str
    active: bool


@dataclass(frozen=True)
class Framework:
    cohort_id: int
    competences: tuple[CompetenceInfo, ...]  # active ones, by category then position
    scale: tuple[ScaleLevel, ...]

    @property
    def max_level(self) -> int:
        return max(level.level for level in self.scale)

    def by_category(self) -> dict[str, list[CompetenceInfo]]:
        grouped: dict[str, list[CompetenceInfo]] = {c: [] for c in values(CompetenceCategory)}
        for competence in self.competences:
            grouped[competence.category].append(competence)
        return grouped


def ensure_adjectives(session: Session) -> None:
    """The default adjectives, added once when the list is empty."""
    if session.scalar(select(func.count(EvalAdjective.id))) == 0:
        for key, (word, explanation) in zip(
            defaults.ADJECTIVE_KEYS, DEFAULT_ADJECTIVES, strict=True
        ):
            session.add(EvalAdjective(word=word, explanation=explanation, default_key=key))
        session.flush()


def ensure_framework(session: Session, cohort_id: int) -> None:
    """Give the cohort the 2022 framework and scale if it has none yet."""
    if session.get(Cohort, cohort_id) is None:
        raise ValidationError("cohort", tr("Choisissez d'abord une cohorte.", "evaluation"))
    has_competences = session.scalar(
        select(func.count(EvalCompetence.id)).where(EvalCompetence.cohort_id == cohort_id)
    )
    if not has_competences:
        for category, names in DEFAULT_COMPETENCES.items():
            keys = defaults.COMPETENCE_KEYS[category]
            for position, (key, name) in enumerate(zip(keys, names, strict=True)):
                session.add(
                    EvalCompetence(
                        cohort_id=cohort_id,
                        category=category,
                        name=name,
                        position=position,
                        default_key=key,
                    )
                )
    has_scale = session.scalar(
        select(func.count(EvalScaleLevel.id)).where(EvalScaleLevel.cohort_id == cohort_id)
    )
    if not has_scale:
        for level, (key, (label, description)) in enumerate(
            zip(defaults.SCALE_KEYS, DEFAULT_SCALE, strict=True), start=1
        ):
            session.add(
                EvalScaleLevel(
                    cohort_id=cohort_id,
                    level=level,
                    label=label,
                    description=description,
                    default_key=key,
                )
            )
    session.flush()
    ensure_adjectives(session)


def get_framework(session: Session, cohort_id: int, include_inactive: bool = False) -> Framework:
    ensure_framework(session, cohort_id)
    query = select(EvalCompetence).where(EvalCompetence.cohort_id == cohort_id)
    if not include_inactive:
        query = query.where(EvalCompetence.active.is_(True))
    rows = session.scalars(query).all()
    order = {category: index for index, category in enumerate(values(CompetenceCategory))}
    rows = sorted(rows, key=lambda r: (order[r.category], r.position, r.id))
    scale = session.scalars(
        select(EvalScaleLevel)
        .where(EvalScaleLevel.cohort_id == cohort_id)
        .order_by(EvalScaleLevel.level)
    ).all()
    return Framework(
        cohort_id=cohort_id,
        competences=tuple(_competence_info(r) for r in rows),
        scale=tuple(_scale_level(s) for s in scale),
    )


def _competence_info(row: EvalCompetence) -> CompetenceInfo:
    name = defaults.competence_name(row.default_key, row.name)
    return CompetenceInfo(row.id, row.category, name, row.position, row.active)


def _scale_level(row: EvalScaleLevel) -> ScaleLevel:
    return ScaleLevel(
        row.level, *defaults.scale_level_texts(row.default_key, row.label, row.description)
    )


def _adjective_info(row: EvalAdjective) -> AdjectiveInfo:
    word, explanation = defaults.adjective_words(row.default_key, row.word, row.explanation)
    return AdjectiveInfo(row.id, word, explanation, row.active)


def check_level(framework: Framework, level: int, field: str | Field = "level") -> int:
    """A rating on the cohort's scale, else a clear message."""
    if not isinstance(level, int) or not 1 <= level <= framework.max_level:
        raise ValidationError(
            field,
            fill(tr("Choisissez un niveau entre 1 et {n}.", "evaluation"), n=framework.max_level),
        )
    return level


def add_competence(session: Session, cohort_id: int, category: str, name: str) -> CompetenceInfo:
    ensure_framework(session, cohort_id)
    if category not in values(CompetenceCategory):
        raise ValidationError("category", tr("Choisissez une catégorie.", "evaluation"))
    clean = required_text(name, "name", tr("le nom de la compétence", "evaluation"), 120)
    _check_unique_name(session, cohort_id, clean, None)
    position = session.scalar(
        select(func.coalesce(func.max(EvalCompetence.position), -1)).where(
            EvalCompetence.cohort_id == cohort_id, EvalCompetence.category == category
        )
    )
    row = EvalCompetence(cohort_id=cohort_id, category=category, name=clean, position=position + 1)
    session.add(row)
    session.flush()
    return _competence_info(row)


def _check_unique_name(session: Session, cohort_id: int, name: str, competence_id: int | None):
    clash = named_key(
        session.execute(
            select(EvalCompetence.id, EvalCompetence.name).where(
                EvalCompetence.cohort_id == cohort_id, EvalCompetence.id != (competence_id or -1)
            )
        ),
        name,
    )
    if clash is not None:
        raise ValidationError("name", tr("Cette compétence existe déjà.", "evaluation"))


def rename_competence(session: Session, competence_id: int, name: str) -> CompetenceInfo:
    row = session.get(EvalCompetence, competence_id)
    if row is None:
        raise NotFound(competence_id)
    clean = required_text(name, "name", tr("le nom de la compétence", "evaluation"), 120)
    if clean != defaults.competence_name(row.default_key, row.name):  # reworded: hers from now
        _check_unique_name(session, row.cohort_id, clean, row.id)
        row.name, row.default_key = clean, None
    session.flush()
    return _competence_info(row)


def set_competence_active(session: Session, competence_id: int, active: bool) -> None:
    """Retire a competence (its past ratings stay) or bring it back."""
    row = session.get(EvalCompetence, competence_id)
    if row is None:
        raise NotFound(competence_id)
    row.active = active
    session.flush()


def update_scale_level(
    session: Session, cohort_id: int, level: int, label: str, description: str
) -> ScaleLevel:
    ensure_framework(session, cohort_id)
    row = session.scalar(
        select(EvalScaleLevel).where(
            EvalScaleLevel.cohort_id == cohort_id, EvalScaleLevel.level == level
        )
    )
    if row is None:
        raise ValidationError("level", tr("Ce niveau n'existe pas.", "evaluation"))
    label = required_text(label, "label", tr("le nom du niveau", "evaluation"), 60)
    description = limited_text(description, "description", 500)
    shown = defaults.scale_level_texts(row.default_key, row.label, row.description)
    if (label, description) != shown:  # reworded: hers from now
        row.label, row.description, row.default_key = label, description, None
    session.flush()
    return _scale_level(row)


def list_adjectives(session: Session, include_inactive: bool = False) -> list[AdjectiveInfo]:
    ensure_adjectives(session)
    query = select(EvalAdjective)
    if not include_inactive:
        query = query.where(EvalAdjective.active.is_(True))
    adjectives = [_adjective_info(row) for row in session.scalars(query).all()]
    return sorted(adjectives, key=lambda a: (sort_key(a.word), a.id))  # as they read


def save_adjective(
    session: Session, word: str, explanation: str, adjective_id: int | None = None
) -> AdjectiveInfo:
    """Add an adjective, or reword one (by id)."""
    clean = required_text(word, "word", tr("l'adjectif", "evaluation"), 60)
    explanation = limited_text(" ".join((explanation or "").split()), "explanation", 200)
    clash = named_key(
        session.execute(
            select(EvalAdjective.id, EvalAdjective.word).where(
                EvalAdjective.id != (adjective_id or -1)
            )
        ),
        clean,
    )
    if clash is not None:
        raise ValidationError("word", tr("Cet adjectif est déjà dans la liste.", "evaluation"))
    if adjective_id is None:
        row = EvalAdjective(word=clean, explanation=explanation)
        session.add(row)
    else:
        row = session.get(EvalAdjective, adjective_id)
        if row is None:
            raise NotFound(adjective_id)
        if (clean, explanation) != defaults.adjective_words(
            row.default_key, row.word, row.explanation
        ):  # reworded: hers from now
            row.word, row.explanation, row.default_key = clean, explanation, None
    session.flush()
    return _adjective_info(row)


def set_adjective_active(session: Session, adjective_id: int, active: bool) -> None:
    row = session.get(EvalAdjective, adjective_id)
    if row is None:
        raise NotFound(adjective_id)
    row.active = active
    session.flush()
