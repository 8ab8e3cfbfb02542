"""The register of decisions as a printable document: for each decision (the latest first) its
kind, dates, proposal, clarifying round, reactions, who stood where, each objection with its
author and how it was integrated, and the outcome. A search prints only what it found."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import fill, format_date, joined, listing, tr
from app.models.people import Cohort
from app.printing.document import build_pdf, escape, styles, table
from app.printing.label_value import label_line
from app.printing.printed_dates import printed_date
from app.services.decisions.register import DecisionInfo
from app.services.decisions.search import search_decisions
from app.services.people.cooperative import get_cooperative
from app.vocab import values
from app.vocab.decisions import Position, decision_kind_label, position_label


def _labelled(s, label: str, text: str) -> list:
    from app.printing.bidi_paragraph import Paragraph

    if not text:
        return []
    return [
        Paragraph(label_line(label), s.body),
        Paragraph(escape(text).replace("\n", "<br/>"), s.body),
    ]


def _positions(s, decision: DecisionInfo) -> list:
    from app.printing.bidi_paragraph import Paragraph

    lines = []
    for position in values(Position):
        names = [line.name for line in decision.positions if line.position == position]
        if names:
            lines.append(
                Paragraph(
                    label_line(
                        f"{position_label(position)} ({len(names)})", escape(listing(names))
                    ),
                    s.body,
                )
            )
    return lines


def decision_story(decision: DecisionInfo) -> list:
    from reportlab.lib.units import mm

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    heading = decision.title or decision_kind_label(decision.kind)
    story = [
        Paragraph(
            escape(joined(format_date(decision.decided_on), heading)),
            s.heading,
        ),
        Paragraph(
            label_line(tr("Type", "decisions_print"), escape(decision_kind_label(decision.kind)))
            + " · "
            + label_line(tr("Révision", "decisions_print"), printed_date(decision.review_on, "—")),
            s.body,
        ),
    ]
    story += _labelled(s, tr("Proposition", "decisions_print"), decision.proposal)
    story += _labelled(s, tr("Tour de clarification", "decisions_print"), decision.clarifications)
    story += _labelled(s, tr("Réactions", "decisions_print"), decision.reactions)
    story += _positions(s, decision)
    if decision.objections:
        rows = [
            [
                tr("Par", "decisions_print"),
                tr("Objection", "decisions_print"),
                tr("Comment elle a été intégrée", "decisions_print"),
            ]
        ] + [
            [
                Paragraph(escape(line.author_name or "—"), s.cell),
                Paragraph(escape(line.objection), s.cell),
                Paragraph(escape(line.integration or "—"), s.cell),
            ]
            for line in decision.objections
        ]
        story.append(table(rows, [35 * mm, 70 * mm, 69 * mm]))
    story += _labelled(s, tr("Décision prise", "decisions_print"), decision.outcome or "—")
    return story


def register_pdf(session: Session, cohort_id: int, query: str = "") -> bytes:
    """The cohort's register (only the decisions matching `query` when given)."""
    from app.printing.bidi_paragraph import Paragraph

    cohort = session.get(Cohort, cohort_id)
    s = styles()
    found = search_decisions(session, cohort_id, query)
    story = [
        Paragraph(escape(tr("Registre des décisions", "decisions_print")), s.title),
        Paragraph(f"<b>{escape(cohort.name)}</b>", s.body),
    ]
    if query.strip():
        story.append(
            Paragraph(
                escape(fill(tr("Recherche : « {q} »", "decisions_print"), q=query.strip())),
                s.body,
            )
        )
    if not found:
        story.append(Paragraph(escape(tr("Aucune décision.", "decisions_print")), s.body))
    for decision in found:
        story += decision_story(decision)
    return build_pdf(
        story,
        fill(tr("Registre des décisions – {cohort}", "decisions_print"), cohort=cohort.name),
        get_cooperative(session),
        subject=tr("Les décisions prises par consentement dans une cohorte", "decisions_print"),
    )
