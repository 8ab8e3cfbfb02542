"""The catalogue of modules (seeded with the 2022 programme) and the default prerequisites."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.schedule import Module, Prerequisite
from app.services.errors import ValidationError
from app.services.validation import limited_text, required_text
from app.vocab import values
from app.vocab.schedule import MorningKind, module_label


@dataclass(frozen=True)
class ModuleInfo:
    id: int
    name: str
    kind: str
    description: str

    @property
    def label(self) -> str:
        """The name as shown: a seeded module's in the interface language (`name` is stored)."""
        return module_label(self.name)


ACCOUNTING = "Introduction à la comptabilité"
HYGIENE = "Hygiène alimentaire et règles de l'AFSCA"

CATALOGUE_2022: tuple[tuple[str, str], ...] = (
    ("Entrepreneuriat", "theory"),
    ("Le marché de l'emploi belge et ses codes", "theory"),
    ("Économie sociale et coopératives", "theory"),
    ("Plan d'affaires", "theory"),
    ("Étude de marché", "theory"),
    ("Découverte du marché et entretiens d'empathie", "theory"),
    ("Gestion du cycle de projet", "theory"),
    ("Communication visuelle", "theory"),
    (ACCOUNTING, "theory"),
    ("Storytelling", "theory"),
    ("Vendre, étiqueter et présenter ses produits", "theory"),
    ("Répondre aux demandes des clients", "theory"),
    ("Alimentation durable", "theory"),
    (HYGIENE, "theory"),
    ("Cuisine", "kitchen"),
    ("Dégustation et questionnaire", "practice"),
    ("Carte d'empathie et proposition de valeur", "practice"),
    ("Analyse SWOT", "practice"),
    ("Dressage des assiettes", "practice"),
    ("Exercices de comptabilité", "practice"),
    ("Affiches et étiquettes", "practice"),
    ("Energy balls avec un partenaire", "kitchen"),
    ("Visite d'un supermarché coopératif", "visit"),
    ("Visite d'un restaurant", "visit"),
    ("Conférence", "visit"),
    ("Matinée avec les marraines et parrains", "mentoring"),
    ("Vente", "sale"),
    ("Évaluation", "evaluation"),
)
# (module needing it or None, kind needing it or None, required module)
DEFAULT_PREREQUISITES: tuple[tuple[str | None, str | None, str], ...] = (
    (None, "sale", ACCOUNTING),
    (None, "kitchen", HYGIENE),
    ("Exercices de comptabilité", None, ACCOUNTING),
    ("Plan d'affaires", None, "Entrepreneuriat"),
)


def list_modules(session: Session) -> list[ModuleInfo]:
    rows = session.scalars(select(Module).order_by(Module.kind, Module.name)).all()
    return [ModuleInfo(m.id, m.name, m.kind, m.description) for m in rows]


def module_by_name(session: Session, name: str) -> ModuleInfo:
    row = session.scalars(select(Module).where(Module.name == name)).first()
    if row is None:
        raise ValidationError(
            "module", fill(tr("Module inconnu : « {name} ».", "schedule"), name=name)
        )
    return ModuleInfo(row.id, row.name, row.kind, row.description)


def create_module(
    session: Session, name: str, kind: str = "theory", description: str = ""
) -> ModuleInfo:
    clean = required_text(name, "name", tr("le nom du module", "schedule"), 160)
    if kind not in values(MorningKind):
        raise ValidationError("kind", tr("Choisissez un type dans la liste.", "schedule"))
    if session.scalars(select(Module.id).where(Module.name == clean)).first() is not None:
        raise ValidationError("name", tr("Ce module existe déjà.", "schedule"))
    row = Module(name=clean, kind=kind, description=limited_text(description, "description", 2000))
    session.add(row)
    session.flush()
    return ModuleInfo(row.id, row.name, row.kind, row.description)


def ensure_default_catalogue(session: Session) -> int:
    """Add the 2022 modules and the default prerequisites that are missing; returns how many."""
    existing = {m.name: m.id for m in session.scalars(select(Module)).all()}
    added = 0
    for name, kind in CATALOGUE_2022:
        if name not in existing:
            row = Module(name=name, kind=kind, description="")
            session.add(row)
            session.flush()
            existing[name] = row.id
            added += 1
    for module_name, kind, required in DEFAULT_PREREQUISITES:
        module_id = existing[module_name] if module_name else None
        found = session.scalars(
            select(Prerequisite.id).where(
                Prerequisite.module_id.is_(None)
                if module_id is None
                else Prerequisite.module_id == module_id,
                Prerequisite.morning_kind.is_(None)
                if kind is None
                else Prerequisite.morning_kind == kind,
                Prerequisite.required_module_id == existing[required],
            )
        ).first()
        if found is None:
            session.add(
                Prerequisite(
                    module_id=module_id, morning_kind=kind, required_module_id=existing[required]
                )
            )
            added += 1
    session.flush()
    return added
