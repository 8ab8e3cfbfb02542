"""The quote (devis) of an order as an A4 PDF: the cooperative's identity and logo, the customer,
the lines, VAT per rate, the total, the validity date and the conditions."""

from __future__ import annotations

from app.i18n import doc_tr, document_locale, format_date
from app.printing.document import build_pdf, escape, styles, table
from app.services.menus.orders import OrderInfo
from app.services.money import format_amount
from app.services.people.cooperative import CooperativeInfo
from app.services.units import format_decimal


def _date(value) -> str:
    return format_date(value, document_locale())


def _rate(bp: int) -> str:
    from decimal import Decimal

    return format_decimal(Decimal(bp) / 100, 2, locale=document_locale()) + " %"


def quote_pdf(order: OrderInfo, cooperative: CooperativeInfo | None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    title = doc_tr("Devis n° {id}", "quote").format(id=order.id)
    story: list = [Paragraph(escape(title), s.title)]
    if cooperative is not None:
        identity = [cooperative.name] + [
            line for line in cooperative.address.splitlines() if line.strip()
        ]
        contacts = " · ".join(part for part in (cooperative.phone, cooperative.email) if part)
        if contacts:
            identity.append(contacts)
        if cooperative.vat_number:
            identity.append(
                doc_tr("N° d'entreprise / TVA : {n}", "quote").format(n=cooperative.vat_number)
            )
        story.append(Paragraph("<br/>".join(escape(line) for line in identity), s.body))
        story.append(Spacer(1, 4 * mm))
    customer = [doc_tr("Pour : {customer}", "quote").format(customer=order.customer)]
    if order.contact:
        customer.append(doc_tr("Contact : {contact}", "quote").format(contact=order.contact))
    customer.append(doc_tr("Date : {date}", "quote").format(date=_date(order.event_date)))
    if order.guests:
        customer.append(doc_tr("Nombre de personnes : {n}", "quote").format(n=order.guests))
    where = {
        "delivery": doc_tr("Livraison", "orders"),
        "pickup": doc_tr("À venir chercher", "orders"),
    }.get(order.fulfilment, order.fulfilment)
    if order.address:
        where += " — " + ", ".join(
            line.strip() for line in order.address.splitlines() if line.strip()
        )
    customer.append(where)
    customer.append(
        doc_tr("Devis fait le {date}, valable jusqu'au {until}", "quote").format(
            date=_date(order.created_on), until=_date(order.valid_until)
        )
    )
    story.append(Paragraph("<br/>".join(escape(line) for line in customer), s.body))
    story.append(Spacer(1, 5 * mm))

    rows = [
        [
            doc_tr("Produit", "quote"),
            doc_tr("Quantité", "quote"),
            doc_tr("Prix unitaire TVAC", "quote"),
            doc_tr("TVA", "quote"),
            doc_tr("Total TVAC", "quote"),
        ]
    ]
    for line in order.lines:
        rows.append(
            [
                Paragraph(escape(line.recipe_label), s.cell),
                format_decimal(line.quantity, locale=document_locale()),
                format_amount(line.unit_price_cents, locale=document_locale()),
                _rate(line.vat_rate_bp),
                format_amount(line.total_incl_cents, locale=document_locale()),
            ]
        )
    story.append(
        table(rows, col_widths=[64 * mm, 22 * mm, 38 * mm, 16 * mm, 32 * mm], align_right_from=1)
    )
    story.append(Spacer(1, 5 * mm))

    vat_rows = [
        [
            doc_tr("Taux de TVA", "quote"),
            doc_tr("Base hors TVA", "quote"),
            doc_tr("TVA", "quote"),
            doc_tr("Total TVAC", "quote"),
        ]
    ]
    for group in order.vat_groups:
        vat_rows.append(
            [
                _rate(group.vat_rate_bp),
                format_amount(group.base_cents, locale=document_locale()),
                format_amount(group.vat_cents, locale=document_locale()),
                format_amount(group.total_incl_cents, locale=document_locale()),
            ]
        )
    vat_rows.append(
        [
            Paragraph("<b>%s</b>" % escape(doc_tr("Total", "quote")), s.cell_bold),
            format_amount(order.total_excl_cents, locale=document_locale()),
            format_amount(order.total_vat_cents, locale=document_locale()),
            Paragraph(
                "<b>%s</b>"
                % escape(format_amount(order.total_incl_cents, locale=document_locale())),
                s.cell_bold,
            ),
        ]
    )
    story.append(
        table(vat_rows, col_widths=[40 * mm, 40 * mm, 40 * mm, 40 * mm], align_right_from=1)
    )
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            "<b>%s</b>"
            % escape(
                doc_tr("Total à payer : {total} TVA comprise", "quote").format(
                    total=format_amount(order.total_incl_cents, locale=document_locale())
                )
            ),
            s.heading,
        )
    )
    if order.conditions:
        story.append(Paragraph(escape(doc_tr("Conditions", "quote")), s.heading))
        story.append(Paragraph(escape(order.conditions).replace("\n", "<br/>"), s.body))
    story.append(Spacer(1, 8 * mm))
    story.append(
        Paragraph(escape(doc_tr("Bon pour accord (date et signature) :", "quote")), s.body)
    )
    return build_pdf(story, title, cooperative, for_customer=True)
