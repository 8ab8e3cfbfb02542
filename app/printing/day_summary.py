"""The day summary PDF: sales by product and payment method, revenue with and without VAT, VAT per
rate, cost of goods, gross margin, expenses, cash reconciliation, delegate, notes, corrections.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import fill, format_date, format_datetime, listing, tr
from app.printing.document import (
    LANDSCAPE_WIDTH_MM,
    PORTRAIT_WIDTH_MM,
    build_pdf,
    escape,
    header_cells,
    styles,
    table,
)
from app.printing.label_value import label_line
from app.printing.printed_dates import printed_date, printed_datetime
from app.printing.result_table import KEY_VALUE_WIDTH_MM, arithmetic_table
from app.printing.sale_day_stock_section import sale_day_stock_story
from app.printing.waste_section import before_closing_note, waste_story
from app.services.kitchen.sale_day_stock import sale_day_stock
from app.services.kitchen.waste import waste_lines
from app.services.money import format_amount as money
from app.services.people.cooperative import get_cooperative
from app.services.sales.cash import denomination_label
from app.services.sales.result import result_arithmetic
from app.services.sales.summaries import DaySummary, day_summary
from app.vocab.people import delegate_of_the_day
from app.vocab.sales import PaymentMethod, payment_method_label


def rate_label(rate_bp: int) -> str:
    whole, part = divmod(rate_bp, 100)
    return f"{whole} %" if not part else f"{whole},{part:02d} %"


def product_rows(summary: DaySummary) -> list[list]:
    """The product table: header, one row per product (units per payment method used, at least
    cash), and the totals."""
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    methods = [m for m in PaymentMethod if summary.method_quantities.get(m)] or [PaymentMethod.CASH]
    header = (
        [tr("Produit", "sales_print"), tr("Prix", "sales_print")]
        + [payment_method_label(m) for m in methods]
        + [
            tr("Total", "sales_print"),
            tr("Invendus", "sales_print"),
            tr("Offert ou perdu hors vente", "sales_print"),
            tr("Recette TVAC", "sales_print"),
        ]
    )
    rows: list[list] = [header]
    for row in summary.products:
        rows.append(
            [Paragraph(escape(row.name), s.cell), money(row.price_cents)]
            + [str(row.by_method.get(m, 0)) for m in methods]
            + [str(row.sold), str(row.unsold), str(row.given), money(row.revenue_cents)]
        )
    rows.append(
        [Paragraph(f"<b>{escape(tr('Total', 'sales_print'))}</b>", s.cell), ""]
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
    from reportlab.platypus import KeepTogether, Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    event = summary.event
    story = [Paragraph(escape(tr("Résumé de la journée de vente", "sales_print")), s.title)]
    facts = [
        label_line(tr("Date", "sales_print"), printed_date(event.date)),
        label_line(tr("Type de vente", "sales_print"), escape(event.format_label)),
        label_line(tr("Lieu", "sales_print"), escape(event.place or "—")),
        label_line(delegate_of_the_day(event.delegate_gender), escape(event.delegate_name or "—")),
    ]
    if event.closed:
        facts.append(
            label_line(
                tr("Clôturée", "sales_print"),
                escape(
                    fill(
                        tr("{when} par {name}", "sales_print"),
                        when=format_datetime(event.closed_at),
                        name=event.closed_by_name,
                    )
                    if event.closed_by_name
                    else format_datetime(event.closed_at)
                ),
            )
        )
    else:
        facts.append(f"<b>{escape(tr('Journée encore ouverte', 'sales_print'))}</b>")
    story += [Paragraph(line, s.body) for line in facts]

    story.append(
        Paragraph(escape(tr("Ventes par produit et moyen de paiement", "sales_print")), s.heading)
    )
    rows = product_rows(summary)
    story.append(table(rows, align_right_from=1, available_mm=width_mm, fill=True))
    story.append(
        Paragraph(
            escape(
                tr(
                    "« Offert » : donné à un client, compté dans les ventes à 0 €. « Offert ou "
                    "perdu hors vente » : sorti du stock sans vente (goûté, abîmé, jeté).",
                    "sales_print",
                )
            ),
            s.small,
        )
    )

    story.append(Paragraph(escape(tr("Recette par moyen de paiement", "sales_print")), s.heading))
    rows = [
        [
            tr("Moyen de paiement", "sales_print"),
            tr("Unités", "sales_print"),
            tr("Montant", "sales_print"),
        ]
    ]
    for method in PaymentMethod:
        if summary.method_quantities.get(method):
            rows.append(
                [
                    payment_method_label(method),
                    str(summary.method_quantities[method]),
                    money(summary.method_cents[method]),
                ]
            )
    story.append(table(rows, align_right_from=1, available_mm=width_mm))

    # the VAT, the result's chain and the cost given away stay on one page with their heading
    together = [Paragraph(escape(tr("Recette, TVA et marge", "sales_print")), s.heading)]
    rows = [
        [
            tr("Taux de TVA", "sales_print"),
            tr("TVAC", "sales_print"),
            tr("HTVA", "sales_print"),
            tr("TVA", "sales_print"),
        ]
    ]
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
            tr("Total", "sales_print"),
            money(summary.revenue_incl_cents),
            money(summary.revenue_excl_cents),
            money(summary.vat_cents),
        ]
    )
    together.append(table(rows, align_right_from=1, available_mm=width_mm))
    together.append(Spacer(1, 4))
    together.append(arithmetic_table(result_arithmetic(summary.chain)))
    rows = [
        [tr("Coût des produits offerts ou perdus", "sales_print"), money(summary.given_cost_cents)]
    ]
    together.append(Spacer(1, 4))
    together.append(
        table(rows, header=False, align_right_from=1, available_mm=KEY_VALUE_WIDTH_MM, fill=True)
    )
    story.append(KeepTogether(together))

    if summary.expenses:
        story.append(Paragraph(escape(tr("Dépenses", "sales_print")), s.heading))
        rows = [
            [
                tr("Date", "sales_print"),
                tr("Fournisseur", "sales_print"),
                tr("Catégorie", "sales_print"),
                tr("Payé par", "sales_print"),
                tr("Montant", "sales_print"),
            ]
        ]
        for expense in summary.expenses:
            rows.append(
                [
                    printed_date(expense.date),
                    Paragraph(escape(expense.supplier), s.cell),
                    expense.category_label,
                    Paragraph(
                        escape(expense.paid_by_name or tr("la caisse", "sales_print")), s.cell
                    ),
                    money(expense.amount_cents),
                ]
            )
        story.append(table(rows, align_right_from=4, available_mm=width_mm))

    cash = summary.cash
    story.append(Paragraph(escape(tr("Caisse", "sales_print")), s.heading))
    rows = [
        [tr("Fonds de caisse au début", "sales_print"), money(cash.opening_float_cents)],
        [tr("Ventes en espèces", "sales_print"), money(cash.cash_sales_cents)],
        [tr("Entrées et sorties d'argent", "sales_print"), money(cash.movements_cents)],
        [tr("Attendu dans la caisse", "sales_print"), money(cash.expected_cents)],
        [
            tr("Compté", "sales_print"),
            money(cash.counted_cents)
            if cash.counted_cents is not None
            else tr("pas encore compté", "sales_print"),
        ],
        [
            tr("Différence", "sales_print"),
            money(cash.difference_cents) if cash.difference_cents is not None else "—",
        ],
    ]
    story.append(
        table(rows, header=False, align_right_from=1, available_mm=KEY_VALUE_WIDTH_MM, fill=True)
    )
    if cash.explanation:
        story.append(
            Paragraph(
                label_line(tr("Explication", "sales_print"), escape(cash.explanation)),
                s.body,
            )
        )
    if cash.movements:
        rows = [[tr("Mouvement", "sales_print"), tr("Montant", "sales_print")]] + [
            [
                Paragraph(
                    escape(
                        m.reason
                        + (" " + tr("(correction)", "sales_print") if m.is_correction else "")
                    ),
                    s.cell,
                ),
                money(m.amount_cents),
            ]
            for m in cash.movements
        ]
        story.append(Spacer(1, 4))
        story.append(table(rows, align_right_from=1, available_mm=width_mm))
    if cash.count:
        story.append(Spacer(1, 4))
        counted = listing(
            f"{pieces} × {denomination_label(d)}"
            for d, pieces in sorted(cash.count.items(), reverse=True)
        )
        story.append(Paragraph(label_line(tr("Comptage", "sales_print"), escape(counted)), s.small))

    if summary.audit:
        story.append(Paragraph(escape(tr("Clôture et corrections", "sales_print")), s.heading))
        rows = [
            [
                tr("Quand", "sales_print"),
                tr("Qui", "sales_print"),
                tr("Quoi", "sales_print"),
                tr("Pourquoi", "sales_print"),
            ]
        ]
        for entry in summary.audit:
            rows.append(
                [
                    printed_datetime(entry.when),  # a cell: put in visual order (Arabic)
                    Paragraph(escape(entry.who or "—"), s.cell),
                    Paragraph(escape(entry.what), s.cell),
                    Paragraph(escape(entry.reason), s.cell),
                ]
            )
        story.append(table(rows, available_mm=width_mm, fill=3))
    if event.notes:
        story.append(Paragraph(escape(tr("Notes", "sales_print")), s.heading))
        story.append(Paragraph(escape(event.notes).replace("\n", "<br/>"), s.body))
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


def day_summary_pdf(session: Session, event_id: int) -> bytes:
    summary = day_summary(session, event_id)
    title = fill(
        tr("Résumé de vente du {date}", "sales_print"), date=format_date(summary.event.date)
    )
    landscape = needs_landscape(summary)
    width = LANDSCAPE_WIDTH_MM if landscape else PORTRAIT_WIDTH_MM
    losses = waste_lines(session, summary.event.cohort_id, summary.event.date)
    stock = sale_day_stock_story(sale_day_stock(session, event_id))
    story = before_closing_note(
        day_summary_story(summary, width), stock + waste_story(losses, width)
    )
    return build_pdf(
        story,
        title,
        get_cooperative(session),
        landscape_page=landscape,
        subject=tr("Ventes, TVA, marge et caisse d'une journée de vente", "sales_print"),
    )
