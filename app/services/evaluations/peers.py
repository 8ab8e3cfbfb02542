"""Format B, self and peers: each member says which competences she already has and which to work
on, and picks 3 to 6 positive adjectives for herself and for each teammate (Johari window).

Entry is private: `submit_entry` stores one member's whole answer at once and returns nothing of
the others'; `entry_status` says only who has answered. Results (`johari`, `self_answers`) are for
the coordinator's screen and the individual report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.evaluations import EvalAdjectivePick, EvalSelfAnswer
from app.services.errors import ValidationError
from app.services.evaluations.campaigns import campaign_row, evaluated_members
from app.services.evaluations.framework import get_framework, list_adjectives
from app.services.people import members as people
from app.services.text_match import sort_key
from app.services.validation import limited_text

MIN_ADJECTIVES = 3
MAX_ADJECTIVES = 6


@dataclass(frozen=True)
class SelfAnswerInput:
    competence_id: int
    has_it: bool | None  # True: I already have it; False: to work on; None: not answered
    note: str = ""


@dataclass(frozen=True)
class SelfAnswer:
    competence_id: int
    competence_name: str
    category: str
    has_it: bool
    note: str


@dataclass(frozen=True)
class EntryStatus:
    member_id: int
    member_name: str
    submitted: bool


@dataclass(frozen=True)
class Johari:
    """Adjectives about one member: open (she and peers), blind (peers only), hidden (she only).

    The counts say how many peers chose each word (the member herself is not counted).
    """

    member_id: int
    open: tuple[tuple[str, int], ...]
    blind: tuple[tuple[str, int], ...]
    hidden: tuple[str, ...]
    peers_answered: int


def submit_entry(
    session: Session,
    campaign_id: int,
    member_id: int,
    answers: list[SelfAnswerInput],
    picks: dict[int, list[int]],
) -> None:
    """Store member `member_id`'s answer (replacing an earlier one). Validates everything first."""
    row = campaign_row(session, campaign_id, "self_peer")
    if row.finalised:
        raise ValidationError(
            "campaign", tr("Cette évaluation est finalisée : elle ne change plus.", "evaluation")
        )
    members = {p.id: p for p in evaluated_members(session, row.cohort_id)}
    if member_id not in members:
        raise ValidationError("member", tr("Choisissez votre nom dans la liste.", "evaluation"))
    framework = get_framework(session, row.cohort_id)
    given = {a.competence_id: a for a in answers}
    for competence in framework.competences:
        answer = given.get(competence.id)
        if answer is None or answer.has_it is None:
            raise ValidationError(
                f"self_{competence.id}",
                fill(
                    tr("Répondez pour « {name} » : je l'ai déjà, ou à travailler.", "evaluation"),
                    name=competence.name,
                ),
            )
        limited_text(answer.note, f"self_{competence.id}", 200)
    adjectives = {a.id for a in list_adjectives(session)}
    for target_id in members:
        chosen = picks.get(target_id, [])
        target = (
            tr("vous", "evaluation") if target_id == member_id else members[target_id].first_name
        )
        if len(set(chosen)) != len(chosen) or not set(chosen) <= adjectives:
            raise ValidationError(
                f"picks_{target_id}", tr("Choisissez des adjectifs de la liste.", "evaluation")
            )
        if not MIN_ADJECTIVES <= len(chosen) <= MAX_ADJECTIVES:
            raise ValidationError(
                f"picks_{target_id}",
                fill(
                    tr("Choisissez de {low} à {high} adjectifs pour {name}.", "evaluation"),
                    low=MIN_ADJECTIVES,
                    high=MAX_ADJECTIVES,
                    name=target,
                ),
            )
    unknown = set(picks) - set(members)
    if unknown:
        raise ValidationError("picks", tr("Choisissez des membres de la cohorte.", "evaluation"))

    session.execute(
        delete(EvalSelfAnswer).where(
            EvalSelfAnswer.campaign_id == campaign_id, EvalSelfAnswer.member_id == member_id
        )
    )
    session.execute(
        delete(EvalAdjectivePick).where(
            EvalAdjectivePick.campaign_id == campaign_id, EvalAdjectivePick.chooser_id == member_id
        )
    )
    for competence in framework.competences:
        answer = given[competence.id]
        session.add(
            EvalSelfAnswer(
                campaign_id=campaign_id,
                member_id=member_id,
                competence_id=competence.id,
                has_it=bool(answer.has_it),
                note=answer.note.strip(),
            )
        )
    for target_id, chosen in picks.items():
        for adjective_id in chosen:
            session.add(
                EvalAdjectivePick(
                    campaign_id=campaign_id,
                    chooser_id=member_id,
                    target_id=target_id,
                    adjective_id=adjective_id,
                )
            )
    session.flush()


def entry_status(session: Session, campaign_id: int) -> list[EntryStatus]:
    """Who has answered (and nothing of what)."""
    row = campaign_row(session, campaign_id, "self_peer")
    done = set(
        session.scalars(
            select(EvalSelfAnswer.member_id).where(EvalSelfAnswer.campaign_id == campaign_id)
        ).all()
    )
    return [
        EntryStatus(p.id, p.full_name, p.id in done)
        for p in evaluated_members(session, row.cohort_id)
    ]


def self_answers(session: Session, campaign_id: int, member_id: int) -> list[SelfAnswer]:
    row = campaign_row(session, campaign_id, "self_peer")
    framework = get_framework(session, row.cohort_id, include_inactive=True)
    competences = {c.id: c for c in framework.competences}
    order = {c.id: i for i, c in enumerate(framework.competences)}
    rows = session.scalars(
        select(EvalSelfAnswer).where(
            EvalSelfAnswer.campaign_id == campaign_id, EvalSelfAnswer.member_id == member_id
        )
    ).all()
    rows = sorted(rows, key=lambda r: order.get(r.competence_id, 0))
    return [
        SelfAnswer(
            r.competence_id,
            competences[r.competence_id].name,
            competences[r.competence_id].category,
            r.has_it,
            r.note,
        )
        for r in rows
    ]


def johari(session: Session, campaign_id: int, member_id: int) -> Johari:
    campaign_row(session, campaign_id, "self_peer")
    people.get_person(session, member_id)
    words = {a.id: a.word for a in list_adjectives(session, include_inactive=True)}
    picks = session.scalars(
        select(EvalAdjectivePick).where(
            EvalAdjectivePick.campaign_id == campaign_id, EvalAdjectivePick.target_id == member_id
        )
    ).all()
    own = {words[p.adjective_id] for p in picks if p.chooser_id == member_id}
    by_peers = Counter(words[p.adjective_id] for p in picks if p.chooser_id != member_id)
    peers = {p.chooser_id for p in picks if p.chooser_id != member_id}

    def ranked(items):
        return tuple(sorted(items, key=lambda item: (-item[1], sort_key(item[0]))))

    return Johari(
        member_id=member_id,
        open=ranked((w, n) for w, n in by_peers.items() if w in own),
        blind=ranked((w, n) for w, n in by_peers.items() if w not in own),
        hidden=tuple(sorted((w for w in own if w not in by_peers), key=sort_key)),
        peers_answered=len(peers),
    )
