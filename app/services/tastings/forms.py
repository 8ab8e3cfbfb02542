"""Customers' forms typed from the paper questionnaires: one form at a time, each answer as
typed (a digit 1 to 5 for a score, an option's number or words for a choice, any text), checked
before anything is written: an answer out of scale names its question, and nothing is saved."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.tastings import Tasting, TastingForm, TastingReply
from app.services.errors import ValidationError
from app.services.tastings.questions import MAX_SCORE, MIN_SCORE, QuestionInfo, list_questions
from app.services.text_match import named_key
from app.services.validation import limited_text
from app.vocab.tastings import QuestionKind


@dataclass(frozen=True)
class FormInfo:
    id: int
    tasting_id: int
    number: int
    replies: dict[int, str]  # question id -> the answer as shown


def question_field(question_id: int) -> str:
    """The field name of a question's answer (the entry screen shows errors there)."""
    return f"question_{question_id}"


def _score(question: QuestionInfo, typed: str) -> int:
    text = typed.strip()
    if not (text.isdigit() and text.isascii() and MIN_SCORE <= int(text) <= MAX_SCORE):
        raise ValidationError(
            question_field(question.id),
            fill(
                tr("{question} : tapez une note de {low} à {high}.", "tasting"),
                question=question.text,
                low=MIN_SCORE,
                high=MAX_SCORE,
            ),
        )
    return int(text)


def _choice(question: QuestionInfo, typed: str) -> int:
    text = typed.strip()
    if text.isdigit() and text.isascii() and 1 <= int(text) <= len(question.options):
        return int(text) - 1
    found = named_key(enumerate(question.options), text)
    if found is not None:
        return found
    raise ValidationError(
        question_field(question.id),
        fill(
            tr("{question} : tapez le numéro d'une réponse, de 1 à {high}.", "tasting"),
            question=question.text,
            high=len(question.options),
        ),
    )


def _replies(questions: list[QuestionInfo], typed: dict[int, str]) -> list[TastingReply]:
    replies = []
    for question in questions:
        value = (typed.get(question.id) or "").strip()
        if not value:
            continue  # a question left blank on the paper
        if question.kind == QuestionKind.SCALE:
            replies.append(TastingReply(question_id=question.id, score=_score(question, value)))
        elif question.kind == QuestionKind.CHOICE:
            replies.append(TastingReply(question_id=question.id, choice=_choice(question, value)))
        else:
            text = limited_text(value, question_field(question.id), 1000)
            replies.append(TastingReply(question_id=question.id, text=text))
    return replies


def add_form(session: Session, tasting_id: int, typed: dict[int, str]) -> FormInfo:
    """One customer's form: `typed` maps each question's id to what was typed for it."""
    tasting = session.get(Tasting, tasting_id)
    if tasting is None:
        raise ValidationError("tasting", tr("Cette dégustation n'existe plus.", "tasting"))
    replies = _replies(list_questions(session, tasting.recipe_id), typed)
    if not replies:
        raise ValidationError(
            "form", tr("Ce formulaire est vide : tapez au moins une réponse.", "tasting")
        )
    number = (
        session.scalar(
            select(func.max(TastingForm.number)).where(TastingForm.tasting_id == tasting_id)
        )
        or 0
    ) + 1
    form = TastingForm(tasting_id=tasting_id, number=number)
    session.add(form)
    session.flush()
    for reply in replies:
        reply.form_id = form.id
        session.add(reply)
    session.flush()
    return list_forms(session, tasting_id, form.id)[0]


def shown(question: QuestionInfo, reply: TastingReply) -> str:
    if question.kind == QuestionKind.SCALE:
        return str(reply.score)
    if question.kind == QuestionKind.CHOICE:
        choice = reply.choice or 0
        return question.options[choice] if choice < len(question.options) else "?"
    return reply.text


def list_forms(session: Session, tasting_id: int, form_id: int | None = None) -> list[FormInfo]:
    tasting = session.get(Tasting, tasting_id)
    if tasting is None:
        return []
    questions = {q.id: q for q in list_questions(session, tasting.recipe_id)}
    query = select(TastingForm).where(TastingForm.tasting_id == tasting_id)
    if form_id is not None:
        query = query.where(TastingForm.id == form_id)
    forms = session.scalars(query.order_by(TastingForm.number, TastingForm.id)).all()
    replies = session.scalars(
        select(TastingReply).where(TastingReply.form_id.in_([f.id for f in forms]))
    ).all()
    by_form: dict[int, dict[int, str]] = {}
    for reply in replies:
        question = questions.get(reply.question_id)
        if question is not None:
            by_form.setdefault(reply.form_id, {})[reply.question_id] = shown(question, reply)
    return [FormInfo(f.id, f.tasting_id, f.number, by_form.get(f.id, {})) for f in forms]
