"""The cohort summary PDF: every event (revenue, costs, margin), by format and by product, best
sellers, a revenue-per-event chart, VAT, expenses, cash balance and reimbursements owed.

Several cohorts (chosen, or those of a period — the organisation's view on its server) make one
document: a table of every cohort with its total, then each cohort's own summary on its pages.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import fill, listing, tr
from app.printing import palette
from app.printing.charts import Margins, bar_chart
from app.printing.day_summary import rate_label
from app.printing.document import build_pdf, escape, styles, table
from app.printing.label_value import label_line
from app.printing.printed_dates import printed_date, printed_day_month
from app.printing.result_table import KEY_VALUE_WIDTH_MM, arithmetic_table
from app.printing.waste_section import before_closing_note, waste_story
from app.services.kitchen.waste import waste_lines
from app.services.money import format_amount as money
from app.services.people.cohorts import get_cohort
from app.services.people.cooperative import get_cooperative
from app.services.sales.result import ArithmeticRow, result_arithmetic
from app.services.sales.summaries import CohortSummary, cohort_summary
from app.services.schedule.mornings import format_day
from app.vocab.sales import expense_category_label, sale_format_label


def revenue_chart(summary: CohortSummary, width: float, height: float):
    """A bar chart of the revenue (excl. VAT, in euros) of each event, in date order."""
    step = max(1, len(summary.events) // 12)
    drawing, _chart = bar_chart(
        (width, height),
        [
            printed_day_month(row.date) if index % step == 0 else ""
            for index, row in enumerate(summary.events)
        ],
        [[row.revenue_excl_cents / 100 for row in summary.events]],
        [palette.HOURS_DONE],
        Margins(axis=40, far=10, bottom=30, top=15),
        value_title=tr("Euros", "charts"),
        slant=45,
    )
    return drawing


def cohort_summary_story(summary: CohortSummary, cohort_name: str) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    story = [
        Paragraph(escape(tr("Résumé des ventes de la cohorte", "sales_print")), s.title),
        Paragraph(f"<b>{escape(cohort_name)}</b>", s.body),
    ]
    incl = ArithmeticRow(tr("Chiffre d'affaires TVAC", "sales_print"), summary.revenue_incl_cents)
    story.append(arithmetic_table([incl, *result_arithmetic(summary.chain)]))

    story.append(Paragraph(escape(tr("Recette par vente (hors TVA)", "sales_print")), s.heading))
    story.append(revenue_chart(summary, 174 * mm, 60 * mm))

    story.append(Paragraph(escape(tr("Chaque vente", "sales_print")), s.heading))
    rows = [
        [
            tr("Date", "sales_print"),
            tr("Type", "sales_print"),
            tr("Lieu", "sales_print"),
            tr("TVAC", "sales_print"),
            tr("HTVA", "sales_print"),
            tr("Coût", "sales_print"),
            tr("Marge", "sales_print"),
            tr("Dépenses", "sales_print"),
            tr("Écart caisse", "sales_print"),
        ]
    ]
    for row in summary.events:
        rows.append(
            [
                printed_date(row.date),
                Paragraph(escape(sale_format_label(row.format)), s.cell),
                Paragraph(escape(row.place), s.cell),
                money(row.revenue_incl_cents),
                money(row.revenue_excl_cents),
                money(row.cogs_cents),
                money(row.margin_cents),
                money(row.expenses_cents),
                money(row.cash_difference_cents) if row.cash_difference_cents is not None else "—",
            ]
        )
    story.append(table(rows, align_right_from=3, fill=2))

    story.append(Paragraph(escape(tr("Par type de vente", "sales_print")), s.heading))
    rows = [
        [
            tr("Type", "sales_print"),
            tr("Ventes", "sales_print"),
            tr("HTVA", "sales_print"),
            tr("Coût", "sales_print"),
            tr("Marge", "sales_print"),
        ]
    ]
    for group in summary.by_format:
        rows.append(
            [
                sale_format_label(group.key),
                str(group.events),
                money(group.revenue_excl_cents),
                money(group.cogs_cents),
                money(group.margin_cents),
            ]
        )
    story.append(table(rows, align_right_from=1))

    story.append(Paragraph(escape(tr("Par produit", "sales_print")), s.heading))
    rows = [
        [
            tr("Produit", "sales_print"),
            tr("Unités", "sales_print"),
            tr("HTVA", "sales_print"),
            tr("Coût", "sales_print"),
            tr("Marge", "sales_print"),
        ]
    ]
    for group in summary.by_product:
        rows.append(
            [
                Paragraph(escape(group.key), s.cell),
                str(group.quantity),
                money(group.revenue_excl_cents),
                money(group.cogs_cents),
                money(group.margin_cents),
            ]
        )
    story.append(table(rows, align_right_from=1))
    story.append(Spacer(1, 4))
    best = listing(f"{g.key} ({g.quantity})" for g in summary.best_sellers)
    story.append(
        Paragraph(
            label_line(tr("Meilleures ventes", "sales_print"), escape(best or "—")),
            s.body,
        )
    )

    story.append(Paragraph(escape(tr("TVA", "sales_print")), s.heading))
    rows = [
        [
            tr("Taux", "sales_print"),
            tr("TVAC", "sales_print"),
            tr("HTVA", "sales_print"),
            tr("TVA", "sales_print"),
        ]
    ] + [
        [rate_label(v.rate_bp), money(v.incl_cents), money(v.excl_cents), money(v.vat_cents)]
        for v in summary.vat_rows
    ]
    story.append(table(rows, align_right_from=1))

    story.append(Paragraph(escape(tr("Dépenses et caisse", "sales_print")), s.heading))
    rows = [
        [expense_category_label(k), money(v)]
        for k, v in sorted(summary.expenses_by_category.items())
    ]
    rows += [
        [
            tr("Sorties de caisse (achats payés avec la caisse)", "sales_print"),
            money(summary.cash_spent_cents),
        ],
        [tr("Total des dépenses payées", "sales_print"), money(summary.chain.expenses_paid_cents)],
    ]
    rows += [
        [
            tr("Argent entré dans la caisse (compté − fonds de caisse)", "sales_print"),
            money(summary.cash_in_cents),
        ],
        [tr("Total des écarts de caisse", "sales_print"), money(summary.cash_differences_cents)],
    ]
    story.append(
        table(rows, header=False, align_right_from=1, available_mm=KEY_VALUE_WIDTH_MM, fill=True)
    )
    story.append(Paragraph(escape(tr("Remboursements dus aux membres", "sales_print")), s.heading))
    if summary.reimbursements:
        rows = [[tr("Membre", "sales_print"), tr("À rembourser", "sales_print")]] + [
            [Paragraph(escape(r.name), s.cell), money(r.owed_cents)] for r in summary.reimbursements
        ]
        story.append(table(rows, align_right_from=1))
    else:
        story.append(Paragraph(escape(tr("Rien à rembourser.", "sales_print")), s.body))
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            escape(
                tr(
                    "Ce relevé vient d'un outil de comptage pour une coopérative de formation. "
                    "Ce n'est pas une caisse enregistreuse certifiée.",
                    "sales_print",
                )
            ),
            s.small,
        )
    )
    return story


def cohort_summary_pdf(session: Session, cohort_id: int) -> bytes:
    cohort = get_cohort(session, cohort_id)
    summary = cohort_summary(session, cohort_id)
    title = fill(tr("Ventes de {cohort}", "sales_print"), cohort=cohort.name)
    story = before_closing_note(
        cohort_summary_story(summary, cohort.name), waste_story(waste_lines(session, cohort_id))
    )
    return build_pdf(
        story,
        title,
        get_cooperative(session),
        subject=tr("Ventes, marge, TVA et caisse d'une cohorte", "sales_print"),
    )


def cohorts_overview_story(summaries: list[tuple[str, CohortSummary]]) -> list:
    """One line per cohort (sale days, revenue, cost, margin, result) and the total of them all."""
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    rows = [
        [
            tr("Cohorte", "sales_print"),
            tr("Ventes", "sales_print"),
            tr("TVAC", "sales_print"),
            tr("HTVA", "sales_print"),
            tr("Coût", "sales_print"),
            tr("Marge", "sales_print"),
            tr("Résultat", "sales_print"),
        ]
    ]
    totals = [0, 0, 0, 0, 0, 0]
    for name, summary in summaries:
        figures = [
            len(summary.events),
            summary.revenue_incl_cents,
            summary.revenue_excl_cents,
            summary.cogs_cents,
            summary.margin_cents,
            summary.profit_cents,
        ]
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        rows.append(
            [Paragraph(escape(name), s.cell), str(figures[0]), *(money(v) for v in figures[1:])]
        )
    rows.append([tr("Total", "sales_print"), str(totals[0]), *(money(v) for v in totals[1:])])
    return [
        Paragraph(escape(tr("Ventes de plusieurs cohortes", "sales_print")), s.title),
        table(rows, align_right_from=1, fill=1),
    ]


def cohorts_summary_pdf(session: Session, cohort_ids: list[int]) -> bytes:
    """The summary of one cohort, or of several: their overview, then each cohort's pages."""
    from reportlab.platypus import PageBreak

    if len(cohort_ids) == 1:
        return cohort_summary_pdf(session, cohort_ids[0])
    cohorts = [get_cohort(session, cohort_id) for cohort_id in cohort_ids]
    summaries = [(c.name, cohort_summary(session, c.id)) for c in cohorts]
    story = cohorts_overview_story(summaries)
    for name, summary in summaries:
        story += [PageBreak(), *cohort_summary_story(summary, name)]
    first, last = min(c.start_date for c in cohorts), max(c.end_date for c in cohorts)
    title = fill(
        tr("Ventes des cohortes du {start} au {end}", "sales_print"),
        start=format_day(first, "d MMMM y"),
        end=format_day(last, "d MMMM y"),
    )
    return build_pdf(
        story,
        title,
        get_cooperative(session),
        subject=tr("Ventes, marge, TVA et caisse de plusieurs cohortes", "sales_print"),
    )
