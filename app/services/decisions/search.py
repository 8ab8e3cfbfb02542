"""Finding a decision in the register: every word typed must appear somewhere in it (title,
proposal, rounds, outcome, objections, their authors and integration, the kind), ignoring case
and accents ("reglement" finds "Règlement")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import RIGHT_TO_LEFT_MARK, format_date, without_isolates
from app.services.decisions.register import DecisionInfo, list_decisions
from app.services.text_match import folded
from app.vocab.decisions import decision_kind_label


def typed_date(day) -> str:
    """The date as the register shows it in the interface language ("04/10/2022", "4/10/2022"),
    without the direction marks nobody types."""
    return without_isolates(format_date(day)).replace(RIGHT_TO_LEFT_MARK, "")


def searchable_text(decision: DecisionInfo) -> str:
    parts = [
        decision.title,
        decision.proposal,
        decision.clarifications,
        decision.reactions,
        decision.outcome,
        decision_kind_label(decision.kind),
        typed_date(decision.decided_on),
    ]
    for line in decision.objections:
        parts += [line.author_name, line.objection, line.integration]
    return folded(" ".join(parts))


def matches(decision: DecisionInfo, query: str) -> bool:
    text = searchable_text(decision)
    return all(word in text for word in folded(query).split())


def search_decisions(
    session: Session, cohort_id: int | None, query: str = ""
) -> list[DecisionInfo]:
    """The cohort's decisions holding every word of `query`, the latest first."""
    return [d for d in list_decisions(session, cohort_id) if matches(d, query)]
