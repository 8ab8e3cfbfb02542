"""The questions of a recipe version's questionnaire: read, add, reword, reorder, and prepare
(a version tasted for the first time copies the previous version's questions, or gets the six
first ones). Deleting a question goes through the Corbeille (its replies go with it)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.menus import Recipe
from app.models.tastings import TastingQuestion
from app.services.errors import NotFound, ValidationError
from app.services.tastings.defaults import (
    DEFAULT_QUESTIONS,
    FRENCH_TEXTS,
    default_options,
    default_text,
    stored_options,
)
from app.services.validation import limited_text, required_text
from app.vocab.tastings import QuestionKind

MIN_SCORE, MAX_SCORE = 1, 5
MAX_OPTIONS = 8


@dataclass(frozen=True)
class QuestionInput:
    kind: str
    text: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    recipe_id: int
    position: int
    kind: str
    text: str
    options: tuple[str, ...]
    default_key: str | None

    @property
    def key(self) -> str:
        """What the same question is called in every version (for comparing versions)."""
        return self.default_key or self.text.lower()

    def as_input(self) -> QuestionInput:
        return QuestionInput(self.kind, self.text, self.options)


def _info(row: TastingQuestion) -> QuestionInfo:
    options = [line for line in row.options.splitlines() if line.strip()]
    return QuestionInfo(
        row.id,
        row.recipe_id,
        row.position,
        row.kind,
        default_text(row.default_key, row.text),
        tuple(default_options(row.default_key, options)),
        row.default_key,
    )


def _rows(session: Session, recipe_id: int) -> list[TastingQuestion]:
    return list(
        session.scalars(
            select(TastingQuestion)
            .where(TastingQuestion.recipe_id == recipe_id)
            .order_by(TastingQuestion.position, TastingQuestion.id)
        )
    )


def list_questions(session: Session, recipe_id: int) -> list[QuestionInfo]:
    return [_info(row) for row in _rows(session, recipe_id)]


def _previous_with_questions(session: Session, recipe: Recipe) -> int | None:
    family_id = recipe.family_id or recipe.id
    return session.scalar(
        select(Recipe.id)
        .join(TastingQuestion, TastingQuestion.recipe_id == Recipe.id)
        .where(
            func.coalesce(Recipe.family_id, Recipe.id) == family_id,
            Recipe.version < recipe.version,
        )
        .order_by(Recipe.version.desc())
        .limit(1)
    )


def prepare_questions(session: Session, recipe_id: int) -> list[QuestionInfo]:
    """The version's questions; a version without any gets a copy of the nearest earlier
    version's questions, or the six first questions."""
    recipe = session.get(Recipe, recipe_id)
    if recipe is None:
        raise NotFound(recipe_id)
    if _rows(session, recipe_id):
        return list_questions(session, recipe_id)
    previous = _previous_with_questions(session, recipe)
    if previous is not None:
        for row in _rows(session, previous):
            session.add(
                TastingQuestion(
                    recipe_id=recipe_id,
                    position=row.position,
                    kind=row.kind,
                    text=row.text,
                    options=row.options,
                    default_key=row.default_key,
                )
            )
    else:
        for position, (key, kind) in enumerate(DEFAULT_QUESTIONS):
            session.add(
                TastingQuestion(
                    recipe_id=recipe_id,
                    position=position,
                    kind=kind,
                    text=FRENCH_TEXTS[key],
                    options=stored_options(key),
                    default_key=key,
                )
            )
    session.flush()
    return list_questions(session, recipe_id)


def _check(data: QuestionInput) -> tuple[str, str, str]:
    if data.kind not in set(QuestionKind):
        raise ValidationError("kind", tr("Choisissez le genre de question.", "tasting"))
    text = required_text(data.text, "text", tr("la question", "tasting"), 200)
    options: list[str] = []
    if data.kind == QuestionKind.CHOICE:
        options = [limited_text(o, "options", 60) for o in data.options if o.strip()]
        if len(options) < 2:
            raise ValidationError(
                "options", tr("Écrivez au moins deux réponses possibles, une par ligne.", "tasting")
            )
        if len(options) > MAX_OPTIONS:
            raise ValidationError(
                "options",
                tr("Huit réponses possibles au plus : la feuille doit rester claire.", "tasting"),
            )
    return data.kind, text, "\n".join(options)


def add_question(
    session: Session, recipe_id: int, data: QuestionInput, position: int | None = None
) -> QuestionInfo:
    """Add a question at the end (or at `position`, moving the next ones down)."""
    if session.get(Recipe, recipe_id) is None:
        raise NotFound(recipe_id)
    kind, text, options = _check(data)
    rows = _rows(session, recipe_id)
    at = len(rows) if position is None else max(0, min(position, len(rows)))
    row = TastingQuestion(recipe_id=recipe_id, position=at, kind=kind, text=text, options=options)
    rows.insert(at, row)
    session.add(row)
    _renumber(rows)
    session.flush()
    return _info(row)


def update_question(session: Session, question_id: int, data: QuestionInput) -> QuestionInfo:
    """Reword a question; a default reworded keeps the new words in every language."""
    row = session.get(TastingQuestion, question_id)
    if row is None:
        raise NotFound(question_id)
    kind, text, options = _check(data)
    before = _info(row)
    if (kind, text, data.options) != (before.kind, before.text, before.options):
        row.kind, row.text, row.options, row.default_key = kind, text, options, None
    session.flush()
    return _info(row)


def _renumber(rows: list[TastingQuestion]) -> None:
    for position, row in enumerate(rows):
        row.position = position


def move_question(session: Session, question_id: int, step: int) -> QuestionInfo:
    """Move a question up (step -1) or down (+1) in its questionnaire."""
    row = session.get(TastingQuestion, question_id)
    if row is None:
        raise NotFound(question_id)
    rows = _rows(session, row.recipe_id)
    index = rows.index(row)
    target = max(0, min(index + step, len(rows) - 1))
    rows.insert(target, rows.pop(index))
    _renumber(rows)
    session.flush()
    return _info(row)


def restore_question(session: Session, question: QuestionInfo) -> None:
    """Put a question back as it was (undo of a rewording): its words and default key."""
    row = session.get(TastingQuestion, question.id)
    if row is None:
        raise NotFound(question.id)
    if question.default_key is not None:
        row.text, row.options = (
            FRENCH_TEXTS[question.default_key],
            stored_options(question.default_key),
        )
    else:
        row.text, row.options = question.text, "\n".join(question.options)
    row.kind, row.default_key = question.kind, question.default_key
    session.flush()
