"""What a member's individual evaluation report says, gathered from the cohort's campaigns.

Observed results come from the cohort's newest observation grid that has ratings for her (median
per category, on the scale); self-assessment from the newest self-and-peer campaign she answered
(share of the category's competences she says she already has). Strengths: competences whose
observed median is the top level, or that she says she has; points to work on: observed median at
or below the middle of the scale, or that she says are to work on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.evaluations import EvalFeedback
from app.services.errors import ValidationError
from app.services.evaluations.campaigns import evaluated_members, list_campaigns
from app.services.evaluations.framework import get_framework
from app.services.evaluations.grid import results as grid_results
from app.services.evaluations.peers import johari, self_answers
from app.services.people import members as people
from app.services.people.cohorts import get_cohort
from app.services.validation import limited_text
from app.vocab import values
from app.vocab.evaluations import CompetenceCategory, competence_category_label
from app.vocab.people import in_gender


@dataclass(frozen=True)
class CategoryResult:
    category: str
    label: str
    observed_median: float | None  # on the scale (1..max)
    observed_percent: float | None  # (median - 1) / (max - 1) * 100
    self_percent: float | None  # share of competences she says she already has


@dataclass(frozen=True)
class MemberReport:
    person_name: str
    cohort_name: str
    start_date: dt.date
    end_date: dt.date
    max_level: int
    scale_labels: tuple[str, ...]
    grid_title: str | None
    self_peer_title: str | None
    categories: tuple[CategoryResult, ...]
    strengths: tuple[str, ...]
    to_work_on: tuple[str, ...]
    peer_adjectives: tuple[tuple[str, int], ...]  # word, how many teammates chose it
    comment: str
    # apart, for documents that must tell them apart (the employer portfolio):
    observed_strengths: tuple[str, ...] = ()  # observed median at the top level
    says_she_has: tuple[str, ...] = ()  # her self-assessment: competences she says she has


def get_feedback(session: Session, cohort_id: int, person_id: int) -> str:
    row = session.scalar(
        select(EvalFeedback).where(
            EvalFeedback.cohort_id == cohort_id, EvalFeedback.person_id == person_id
        )
    )
    return row.comment if row else ""


def set_feedback(session: Session, cohort_id: int, person_id: int, comment: str) -> str:
    """The coordinator's comment printed in the member's report."""
    clean = limited_text(comment, "comment", 2000)
    if person_id not in {p.id for p in evaluated_members(session, cohort_id)}:
        raise ValidationError("person", tr("Choisissez un membre de la cohorte.", "evaluation"))
    row = session.scalar(
        select(EvalFeedback).where(
            EvalFeedback.cohort_id == cohort_id, EvalFeedback.person_id == person_id
        )
    )
    if row is None:
        session.add(EvalFeedback(cohort_id=cohort_id, person_id=person_id, comment=clean))
    else:
        row.comment = clean
    session.flush()
    return clean


def member_report(session: Session, person_id: int, cohort_id: int) -> MemberReport:
    cohort = get_cohort(session, cohort_id)
    person = people.get_person(session, person_id, cohort_id)
    if person.role != "member" or person.joined_on is None:
        raise ValidationError(
            "person",
            fill(
                in_gender(
                    person.gender,
                    tr("{name} n'est pas membre de « {cohort} ».", "evaluation"),
                    tr("{name} n'est pas membre de « {cohort} ».", "evaluation_man"),
                ),
                name=person.full_name,
                cohort=cohort.name,
            ),
        )
    framework = get_framework(session, cohort_id, include_inactive=True)
    top = framework.max_level
    names = {c.id: c.name for c in framework.competences}

    grid_title, observed, competence_medians = None, {}, {}
    for campaign in reversed(list_campaigns(session, cohort_id, "grid")):
        found = next(
            (m for m in grid_results(session, campaign.id).members if m.member_id == person_id),
            None,
        )
        if found is not None and found.rating_count:
            grid_title, observed = campaign.title, found.category_medians
            competence_medians = found.competence_medians
            break

    self_peer_title, answers, adjectives = None, [], ()
    for campaign in reversed(list_campaigns(session, cohort_id, "self_peer")):
        answers = self_answers(session, campaign.id, person_id)
        window = johari(session, campaign.id, person_id)
        if answers or window.peers_answered:
            self_peer_title = campaign.title
            adjectives = tuple(sorted(window.open + window.blind, key=lambda i: (-i[1], i[0])))
            break

    categories = []
    for category in values(CompetenceCategory):
        med = observed.get(category)
        own = [a for a in answers if a.category == category]
        categories.append(
            CategoryResult(
                category=category,
                label=competence_category_label(category),
                observed_median=med,
                observed_percent=None if med is None or top <= 1 else 100 * (med - 1) / (top - 1),
                self_percent=100 * sum(a.has_it for a in own) / len(own) if own else None,
            )
        )
    strengths = [names[cid] for cid, m in competence_medians.items() if m is not None and m >= top]
    observed_strengths = tuple(strengths)
    weak = [
        names[cid] for cid, m in competence_medians.items() if m is not None and m <= (top + 1) / 2
    ]
    for answer in answers:
        target = strengths if answer.has_it else weak
        if answer.competence_name not in target:
            target.append(answer.competence_name)
    return MemberReport(
        person_name=person.full_name,
        cohort_name=cohort.name,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        max_level=top,
        scale_labels=tuple(level.label for level in framework.scale),
        grid_title=grid_title,
        self_peer_title=self_peer_title,
        categories=tuple(categories),
        strengths=tuple(strengths),
        to_work_on=tuple(w for w in weak if w not in strengths),
        peer_adjectives=adjectives,
        comment=get_feedback(session, cohort_id, person_id),
        observed_strengths=observed_strengths,
        says_she_has=tuple(a.competence_name for a in answers if a.has_it),
    )
