"""The profit-sharing decision as a printable record: proposal, method (consent), objections and
how each was integrated, outcome, who took part, review date, and each share to the cent.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.printing.document import build_pdf, escape, styles, table
from app.services.money import format_amount as money
from app.services.people.cooperative import get_cooperative
from app.services.sales.sharing import DecisionInfo, get_decision, latest_decision


def split_label(decision: DecisionInfo) -> str:
    fund = decision.fund_bp // 100
    if fund == 100:
        return tr("Tout reste dans le fonds commun", "sales_print")
    how = (
        tr("en parts égales", "sales_print")
        if decision.split == "equal"
        else tr("selon les heures de présence", "sales_print")
    )
    if fund == 0:
        return tr("Tout est partagé {how}", "sales_print").format(how=how)
    return tr("{fund} % au fonds commun, le reste {how}", "sales_print").format(fund=fund, how=how)


def profit_sharing_story(decision: DecisionInfo) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    t = lambda text: tr(text, "sales_print")
    method = t("consentement") if decision.method == "consent" else decision.method
    story = [
        Paragraph(escape(t("Partage du bénéfice")), s.title),
        Paragraph(f"<b>{escape(decision.cohort_name)}</b>", s.body),
        Paragraph(
            f"<b>{escape(t('Date de la décision'))} :</b> {decision.decided_on.strftime('%d/%m/%Y')}",
            s.body,
        ),
        Paragraph(f"<b>{escape(t('Méthode'))} :</b> {escape(method)}", s.body),
        Paragraph(
            f"<b>{escape(t('Bénéfice partagé'))} :</b> {money(decision.profit_cents)}", s.body
        ),
        Paragraph(f"<b>{escape(t('Mode'))} :</b> {escape(split_label(decision))}", s.body),
        Paragraph(escape(t("Proposition")), s.heading),
        Paragraph(escape(decision.proposal).replace("\n", "<br/>"), s.body),
        Paragraph(escape(t("Objections et leur intégration")), s.heading),
    ]
    if decision.objections:
        rows = [[t("Objection"), t("Comment elle a été intégrée")]] + [
            [Paragraph(escape(o), s.cell), Paragraph(escape(i or "—"), s.cell)]
            for o, i in decision.objections
        ]
        story.append(table(rows, [87 * mm, 87 * mm]))
    else:
        story.append(Paragraph(escape(t("Aucune objection.")), s.body))
    story.append(Paragraph(escape(t("Décision")), s.heading))
    story.append(Paragraph(escape(decision.outcome or "—").replace("\n", "<br/>"), s.body))
    story.append(Paragraph(escape(t("Parts")), s.heading))
    rows = [[t("Membre"), t("A participé"), t("Heures"), t("Part")]]
    for line in decision.shares:
        hours = f"{line.hours:.2f}".replace(".", ",")
        rows.append(
            [
                Paragraph(escape(line.name), s.cell),
                t("oui") if line.took_part else t("non"),
                hours,
                money(line.share_cents),
            ]
        )
    rows.append([t("Fonds commun"), "", "", money(decision.fund_cents)])
    rows.append(
        [t("Reste des arrondis (au fonds commun)"), "", "", money(decision.remainder_cents)]
    )
    total = (
        decision.fund_cents
        + decision.remainder_cents
        + sum(line.share_cents for line in decision.shares)
    )
    rows.append([t("Total"), "", "", money(total)])
    story.append(table(rows, [80 * mm, 30 * mm, 25 * mm, 35 * mm], align_right_from=2))
    if decision.review_on:
        story.append(Spacer(1, 6))
        story.append(
            Paragraph(
                f"<b>{escape(t('Date de révision'))} :</b> {decision.review_on.strftime('%d/%m/%Y')}",
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
    title = tr("Partage du bénéfice – {cohort}", "sales_print").format(cohort=decision.cohort_name)
    return build_pdf(
        profit_sharing_story(decision),
        title,
        get_cooperative(session),
        subject=tr("Décision de partage du bénéfice d'une cohorte", "sales_print"),
    )
