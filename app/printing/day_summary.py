"""The day summary PDF: sales by product and payment method, revenue with and without VAT, VAT per
rate, cost of goods, gross margin, expenses, cash reconciliation, delegate, notes, corrections.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.sales import PAYMENT_METHODS
from app.printing.document import (
    LANDSCAPE_WIDTH_MM,
    PORTRAIT_WIDTH_MM,
    build_pdf,
    escape,
    header_cells,
    styles,
    table,
)
from app.services.money import format_amount as money
from app.services.people.cooperative import get_cooperative
from app.services.sales.cash import denomination_label
from app.services.sales.events import method_label
from app.services.sales.summaries import DaySummary, day_summary

# the tables of a figure and its amount share one width, so their amounts line up
KEY_VALUE_WIDTH_MM = 130


def rate_label(rate_bp: int) -> str:
    whole, part = divmod(rate_bp, 100)
    return f"{whole} %" if not part else f"{whole},{part:02d} %"


def product_rows(summary: DaySummary) -> list[list]:
    """The product table: header, one row per product (units per payment method used, at least
    cash), and the totals."""
    from reportlab.platypus import Paragraph

    s = styles()
    t = lambda text: tr(text, "sales_print")
    methods = [m for m in PAYMENT_METHODS if summary.method_quantities.get(m)] or ["cash"]
    header = (
        [t("Produit"), t("Prix")]
        + [method_label(m) for m in methods]
        + [t("Total"), t("Invendus"), t("Offert ou perdu hors vente"), t("Recette TVAC")]
    )
    rows: list[list] = [header]
    for row in summary.products:
        rows.append(
            [Paragraph(escape(row.name), s.cell), money(row.price_cents)]
            + [str(row.by_method.get(m, 0)) for m in methods]
            + [str(row.sold), str(row.unsold), str(row.given), money(row.revenue_cents)]
        )
    rows.append(
        [Paragraph(f"<b>{escape(t('Total'))}</b>", s.cell), ""]
        + [str(summary.method_quantities.get(m, 0)) for m in methods]
        + [
            str(sum(r.sold for r in summary.products)),
            str(sum(r.unsold for r in summary.products)),
            str(sum(r.given for r in summary.products)),
            money(summary.revenue_incl_cents),
        ]
    )
    return rows


def needs_landscape(summary: DaySummary) -> bool:
    """True when the product table cannot fit an upright page without breaking a word."""
    from reportlab.lib.units import mm

    from app.printing.columns import column_needs

    header, *body = product_rows(summary)
    cells = [header_cells(header, align_right_from=1), *body]
    return column_needs(cells).least_total > PORTRAIT_WIDTH_MM * mm


def day_summary_story(summary: DaySummary, width_mm: float = PORTRAIT_WIDTH_MM) -> list:
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    event = summary.event
    t = lambda text: tr(text, "sales_print")
    story = [Paragraph(escape(t("Résumé de la journée de vente")), s.title)]
    facts = [
        f"<b>{escape(t('Date'))} :</b> {event.date.strftime('%d/%m/%Y')}",
        f"<b>{escape(t('Type de vente'))} :</b> {escape(event.format_label)}",
        f"<b>{escape(t('Lieu'))} :</b> {escape(event.place or '—')}",
        f"<b>{escape(t('Déléguée du jour'))} :</b> {escape(event.delegate_name or '—')}",
    ]
    if event.closed:
        facts.append(
            f"<b>{escape(t('Clôturée'))} :</b> {event.closed_at.strftime('%d/%m/%Y %H:%M')}"
            f" {escape(event.closed_by_name)}"
        )
    else:
        facts.append(f"<b>{escape(t('Journée encore ouverte'))}</b>")
    story += [Paragraph(line, s.body) for line in facts]

    story.append(Paragraph(escape(t("Ventes par produit et moyen de paiement")), s.heading))
    rows = product_rows(summary)
    story.append(table(rows, align_right_from=1, available_mm=width_mm, fill=True))
    story.append(
        Paragraph(
            escape(
                t(
                    "« Offert » : donné à un client, compté dans les ventes à 0 €. « Offert ou "
                    "perdu hors vente » : sorti du stock sans vente (goûté, abîmé, jeté)."
                )
            ),
            s.small,
        )
    )

    story.append(Paragraph(escape(t("Recette par moyen de paiement")), s.heading))
    rows = [[t("Moyen de paiement"), t("Unités"), t("Montant")]]
    for method in PAYMENT_METHODS:
        if summary.method_quantities.get(method):
            rows.append(
                [
                    method_label(method),
                    str(summary.method_quantities[method]),
                    money(summary.method_cents[method]),
                ]
            )
    story.append(table(rows, align_right_from=1, available_mm=width_mm))

    story.append(Paragraph(escape(t("Recette, TVA et marge")), s.heading))
    rows = [[t("Taux de TVA"), t("TVAC"), t("HTVA"), t("TVA")]]
    for vat in summary.vat_rows:
        rows.append(
            [
                rate_label(vat.rate_bp),
                money(vat.incl_cents),
                money(vat.excl_cents),
                money(vat.vat_cents),
            ]
        )
    rows.append(
        [
            t("Total"),
            money(summary.revenue_incl_cents),
            money(summary.revenue_excl_cents),
            money(summary.vat_cents),
        ]
    )
    story.append(table(rows, align_right_from=1, available_mm=width_mm))
    story.append(Spacer(1, 4))
    rows = [
        [t("Recette hors TVA"), money(summary.revenue_excl_cents)],
        [t("Coût des produits vendus (recettes)"), money(summary.cogs_cents)],
        [t("Marge brute"), money(summary.gross_margin_cents)],
        [t("Coût des produits offerts ou perdus"), money(summary.given_cost_cents)],
        [t("Dépenses liées à la journée"), money(summary.expenses_cents)],
        [t("Résultat (recette HTVA − dépenses)"), money(summary.result_cents)],
    ]
    story.append(
        table(rows, header=False, align_right_from=1, available_mm=KEY_VALUE_WIDTH_MM, fill=True)
    )

    if summary.expenses:
        story.append(Paragraph(escape(t("Dépenses")), s.heading))
        rows = [[t("Date"), t("Fournisseur"), t("Catégorie"), t("Payé par"), t("Montant")]]
        for expense in summary.expenses:
            rows.append(
                [
                    expense.date.strftime("%d/%m/%Y"),
                    Paragraph(escape(expense.supplier), s.cell),
                    expense.category_label,
                    Paragraph(escape(expense.paid_by_name or t("la caisse")), s.cell),
                    money(expense.amount_cents),
                ]
            )
        story.append(table(rows, align_right_from=4, available_mm=width_mm))

    cash = summary.cash
    story.append(Paragraph(escape(t("Caisse")), s.heading))
    rows = [
        [t("Fonds de caisse au début"), money(cash.opening_float_cents)],
        [t("Ventes en espèces"), money(cash.cash_sales_cents)],
        [t("Entrées et sorties d'argent"), money(cash.movements_cents)],
        [t("Attendu dans la caisse"), money(cash.expected_cents)],
        [
            t("Compté"),
            money(cash.counted_cents) if cash.counted_cents is not None else t("pas encore compté"),
        ],
        [
            t("Différence"),
            money(cash.difference_cents) if cash.difference_cents is not None else "—",
        ],
    ]
    story.append(
        table(rows, header=False, align_right_from=1, available_mm=KEY_VALUE_WIDTH_MM, fill=True)
    )
    if cash.explanation:
        story.append(
            Paragraph(f"<b>{escape(t('Explication'))} :</b> {escape(cash.explanation)}", s.body)
        )
    if cash.movements:
        rows = [[t("Mouvement"), t("Montant")]] + [
            [
                Paragraph(
                    escape(m.reason + (" " + t("(correction)") if m.is_correction else "")), s.cell
                ),
                money(m.amount_cents),
            ]
            for m in cash.movements
        ]
        story.append(Spacer(1, 4))
        story.append(table(rows, align_right_from=1, available_mm=width_mm))
    if cash.count:
        story.append(Spacer(1, 4))
        counted = ", ".join(
            f"{pieces} × {denomination_label(d)}"
            for d, pieces in sorted(cash.count.items(), reverse=True)
        )
        story.append(Paragraph(f"<b>{escape(t('Comptage'))} :</b> {escape(counted)}", s.small))

    if summary.audit:
        story.append(Paragraph(escape(t("Clôture et corrections")), s.heading))
        rows = [[t("Quand"), t("Qui"), t("Quoi"), t("Pourquoi")]]
        for entry in summary.audit:
            rows.append(
                [
                    Paragraph(entry.when.strftime("%d/%m/%Y %H:%M"), s.cell),
                    Paragraph(escape(entry.who or "—"), s.cell),
                    Paragraph(escape(entry.what), s.cell),
                    Paragraph(escape(entry.reason), s.cell),
                ]
            )
        story.append(table(rows, available_mm=width_mm, fill=3))
    if event.notes:
        story.append(Paragraph(escape(t("Notes")), s.heading))
        story.append(Paragraph(escape(event.notes).replace("\n", "<br/>"), s.body))
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            escape(
                t(
                    "Ce relevé vient d'un outil de comptage pour une coopérative de formation. "
                    "Ce n'est pas une caisse enregistreuse certifiée."
                )
            ),
            s.small,
        )
    )
    return story


def day_summary_pdf(session: Session, event_id: int) -> bytes:
    summary = day_summary(session, event_id)
    title = tr("Résumé de vente du {date}", "sales_print").format(
        date=summary.event.date.strftime("%d/%m/%Y")
    )
    landscape = needs_landscape(summary)
    story = day_summary_story(summary, LANDSCAPE_WIDTH_MM if landscape else PORTRAIT_WIDTH_MM)
    return build_pdf(
        story,
        title,
        get_cooperative(session),
        landscape_page=landscape,
        subject=tr("Ventes, TVA, marge et caisse d'une journée de vente", "sales_print"),
    )
