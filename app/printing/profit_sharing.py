"""The profit-sharing decision as a printable record: proposal, method (consent), objections and
how each was integrated, outcome, who took part, review date, and each share to the cent.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.printing.document import build_pdf, escape, styles, table
from app.printing.label_value import label_line
from app.printing.printed_dates import printed_date
from app.services.money import format_amount as money
from app.services.people.cooperative import get_cooperative
from app.services.sales.sharing import DecisionInfo, get_decision, latest_decision
from app.vocab.sales import ShareSplit


def split_label(decision: DecisionInfo) -> str:
    fund = decision.fund_bp // 100
    if fund == 100:
        return tr("Tout reste dans le fonds commun", "sales_print")
    how = (
        tr("en parts égales", "sales_print")
        if decision.split == ShareSplit.EQUAL
        else tr("selon les heures de présence", "sales_print")
    )
    if fund == 0:
        return fill(tr("Tout est partagé {how}", "sales_print"), how=how)
    return fill(tr("{fund} % au fonds commun, le reste {how}", "sales_print"), fund=fund, how=how)


def profit_sharing_story(decision: DecisionInfo) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    method = tr("consentement", "sales_print") if decision.method == "consent" else decision.method
    story = [
        Paragraph(escape(tr("Partage du résultat", "sales_print")), s.title),
        Paragraph(f"<b>{escape(decision.cohort_name)}</b>", s.body),
        Paragraph(
            label_line(
                tr("Date de la décision", "sales_print"),
                printed_date(decision.decided_on),
            ),
            s.body,
        ),
        Paragraph(label_line(tr("Méthode", "sales_print"), escape(method)), s.body),
        Paragraph(
            label_line(tr("Résultat partagé", "sales_print"), money(decision.profit_cents)),
            s.body,
        ),
        Paragraph(label_line(tr("Mode", "sales_print"), escape(split_label(decision))), s.body),
        Paragraph(escape(tr("Proposition", "sales_print")), s.heading),
        Paragraph(escape(decision.proposal).replace("\n", "<br/>"), s.body),
        Paragraph(escape(tr("Objections et leur intégration", "sales_print")), s.heading),
    ]
    if decision.objections:
        rows = [
            [tr("Objection", "sales_print"), tr("Comment elle a été intégrée", "sales_print")]
        ] + [
            [Paragraph(escape(o), s.cell), Paragraph(escape(i or "—"), s.cell)]
            for o, i in decision.objections
        ]
        story.append(table(rows, [87 * mm, 87 * mm]))
    else:
        story.append(Paragraph(escape(tr("Aucune objection.", "sales_print")), s.body))
    story.append(Paragraph(escape(tr("Décision", "sales_print")), s.heading))
    story.append(Paragraph(escape(decision.outcome or "—").replace("\n", "<br/>"), s.body))
    story.append(Paragraph(escape(tr("Parts", "sales_print")), s.heading))
    rows = [
        [
            tr("Membre", "sales_print"),
            tr("A participé", "sales_print"),
            tr("Heures", "sales_print"),
            tr("Part", "sales_print"),
        ]
    ]
    for line in decision.shares:
        hours = f"{line.hours:.2f}".replace(".", ",")
        rows.append(
            [
                Paragraph(escape(line.name), s.cell),
                tr("oui", "sales_print") if line.took_part else tr("non", "sales_print"),
                hours,
                money(line.share_cents),
            ]
        )
    rows.append([tr("Fonds commun", "sales_print"), "", "", money(decision.fund_cents)])
    rows.append(
        [
            tr("Reste des arrondis (au fonds commun)", "sales_print"),
            "",
            "",
            money(decision.remainder_cents),
        ]
    )
    total = (
        decision.fund_cents
        + decision.remainder_cents
        + sum(line.share_cents for line in decision.shares)
    )
    rows.append([tr("Total", "sales_print"), "", "", money(total)])
    story.append(table(rows, [80 * mm, 30 * mm, 25 * mm, 35 * mm], align_right_from=2))
    if decision.review_on:
        story.append(Spacer(1, 6))
        story.append(
            Paragraph(
                label_line(tr("Date de révision", "sales_print"), printed_date(decision.review_on)),
                s.body,
            )
        )
    return story


def profit_sharing_pdf(
    session: Session, cohort_id: int, decision_id: int | None = None
) -> bytes | None:
    """The given decision, or the cohort's latest; None when the cohort has none."""
    decision = (
        get_decision(session, decision_id) if decision_id else latest_decision(session, cohort_id)
    )
    if decision is None:
        return None
    title = fill(tr("Partage du résultat – {cohort}", "sales_print"), cohort=decision.cohort_name)
    return build_pdf(
        profit_sharing_story(decision),
        title,
        get_cooperative(session),
        subject=tr("Décision de partage du résultat d'une cohorte", "sales_print"),
    )
