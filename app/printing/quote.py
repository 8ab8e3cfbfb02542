"""The quote (devis) of an order as an A4 PDF: the cooperative's identity, legal numbers and logo,
the customer, the lines, VAT per rate (or the franchise mention when the cooperative charges no
VAT), the total, the validity date, the allergens per dish, the conditions and the account to pay
by transfer."""

from __future__ import annotations

from app.i18n import doc_tr, document_locale, fill, format_date, in_customer_language, listing
from app.printing.allergen_sheet import allergen_section
from app.printing.document import build_pdf, escape, styles, table
from app.services.kitchen.allergen_sheet import AllergenSheet
from app.services.menus.orders import OrderInfo
from app.services.money import format_amount
from app.services.people.cooperative import CooperativeInfo
from app.services.units import format_decimal


def _date(value) -> str:
    return format_date(value, document_locale())


def _rate(bp: int) -> str:
    from decimal import Decimal

    return format_decimal(Decimal(bp) / 100, 2, locale=document_locale()) + " %"


def _identity(cooperative: CooperativeInfo) -> list[str]:
    """The lines that say who makes the offer: name, address, contacts, legal numbers."""
    lines = [cooperative.name] + [line for line in cooperative.address.splitlines() if line.strip()]
    contacts = " · ".join(part for part in (cooperative.phone, cooperative.email) if part)
    if contacts:
        lines.append(contacts)
    if cooperative.bce_number:
        lines.append(fill(doc_tr("N° d'entreprise (BCE) : {n}", "quote"), n=cooperative.bce_number))
    if cooperative.vat_number and not cooperative.vat_franchise:
        lines.append(fill(doc_tr("N° de TVA : {n}", "quote"), n=cooperative.vat_number))
    if cooperative.rpm:
        lines.append(cooperative.rpm)
    return lines


def _customer(order: OrderInfo) -> list[str]:
    lines = [fill(doc_tr("Pour : {customer}", "quote"), customer=order.customer)]
    if order.contact:
        lines.append(fill(doc_tr("Contact : {contact}", "quote"), contact=order.contact))
    lines.append(
        fill(doc_tr("Date de l'événement : {date}", "quote"), date=_date(order.event_date))
    )
    if order.guests:
        lines.append(fill(doc_tr("Nombre de personnes : {n}", "quote"), n=order.guests))
    where = {
        "delivery": doc_tr("Livraison", "orders"),
        "pickup": doc_tr("À venir chercher", "orders"),
    }.get(order.fulfilment, order.fulfilment)
    if order.address:
        where += " — " + listing(
            line.strip() for line in order.address.splitlines() if line.strip()
        )
    lines.append(where)
    lines.append(
        fill(
            doc_tr("Devis fait le {date}, valable jusqu'au {until}", "quote"),
            date=_date(order.created_on),
            until=_date(order.valid_until),
        )
    )
    return lines


def _money(cents: int) -> str:
    return format_amount(cents, locale=document_locale())


def _line_rows(order: OrderInfo, franchise: bool) -> list[list]:
    """The order's lines; under the franchise, prices without any VAT column."""
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    if franchise:
        header = [
            doc_tr("Produit", "quote"),
            doc_tr("Quantité", "quote"),
            doc_tr("Prix unitaire", "quote"),
            doc_tr("Total", "quote"),
        ]
    else:
        header = [
            doc_tr("Produit", "quote"),
            doc_tr("Quantité", "quote"),
            doc_tr("Prix unitaire TVAC", "quote"),
            doc_tr("TVA", "quote"),
            doc_tr("Total TVAC", "quote"),
        ]
    rows: list[list] = [header]
    for line in order.lines:
        cells = [
            Paragraph(escape(line.recipe_name or line.recipe_label), s.cell),
            format_decimal(line.quantity, locale=document_locale()),
            _money(line.unit_price_cents),
        ]
        if not franchise:
            cells.append(_rate(line.vat_rate_bp))
        cells.append(_money(line.total_incl_cents))
        rows.append(cells)
    return rows


def _vat_rows(order: OrderInfo) -> list[list[str]]:
    rows = [
        [
            doc_tr("Taux de TVA", "quote"),
            doc_tr("Base hors TVA", "quote"),
            doc_tr("TVA", "quote"),
            doc_tr("Total TVAC", "quote"),
        ]
    ]
    for group in order.vat_groups:
        rows.append(
            [
                _rate(group.vat_rate_bp),
                _money(group.base_cents),
                _money(group.vat_cents),
                _money(group.total_incl_cents),
            ]
        )
    rows.append(
        [
            doc_tr("Total", "quote"),
            _money(order.total_excl_cents),
            _money(order.total_vat_cents),
            _money(order.total_incl_cents),
        ]
    )
    return rows


def quote_pdf(
    order: OrderInfo, cooperative: CooperativeInfo | None, allergens: AllergenSheet | None = None
) -> bytes:
    """The quote, in the cooperative's label language; with `allergens`, a section listing the
    14 allergens per dish."""
    with in_customer_language(getattr(cooperative, "label_language", None)):
        return _quote_pdf(order, cooperative, allergens)


def _quote_pdf(
    order: OrderInfo, cooperative: CooperativeInfo | None, allergens: AllergenSheet | None
) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph
    from app.printing.fonts import FONT_BOLD

    s = styles()
    franchise = cooperative is not None and cooperative.vat_franchise
    title = fill(doc_tr("Devis n° {id}", "quote"), id=order.id)
    story: list = [Paragraph(escape(title), s.title)]
    if cooperative is not None:
        story.append(
            Paragraph("<br/>".join(escape(line) for line in _identity(cooperative)), s.body)
        )
        story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("<br/>".join(escape(line) for line in _customer(order)), s.body))
    story.append(Spacer(1, 5 * mm))
    story.append(table(_line_rows(order, franchise), align_right_from=1, fill=True))
    story.append(Spacer(1, 5 * mm))
    if franchise:
        # the sentence Belgian law asks of a business under the small-business franchise
        mention = doc_tr(
            "Régime particulier de franchise des petites entreprises — TVA non applicable",
            "quote",
        )
        story.append(Paragraph(escape(mention), s.body))
        total_text = doc_tr("Total à payer : {total}", "quote")
    else:
        totals = table(_vat_rows(order), align_right_from=1, fill=True)
        totals.setStyle([("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)])
        story.append(totals)
        total_text = doc_tr("Total à payer : {total} TVA comprise", "quote")
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(escape(fill(total_text, total=_money(order.total_incl_cents))), s.heading)
    )
    if allergens is not None and allergens.dishes:
        story += allergen_section(allergens)
    if order.conditions:
        story.append(Paragraph(escape(doc_tr("Conditions", "quote")), s.heading))
        story.append(Paragraph(escape(order.conditions).replace("\n", "<br/>"), s.body))
    if cooperative is not None and cooperative.iban:
        story.append(
            Paragraph(
                escape(
                    fill(
                        doc_tr(
                            "Paiement par virement sur le compte {iban} de {name}, avec la "
                            "communication « Devis {id} ».",
                            "quote",
                        ),
                        iban=cooperative.iban,
                        name=cooperative.name,
                        id=order.id,
                    )
                ),
                s.body,
            )
        )
    story.append(Spacer(1, 8 * mm))
    story.append(
        Paragraph(escape(doc_tr("Bon pour accord (date et signature) :", "quote")), s.body)
    )
    return build_pdf(
        story,
        title,
        cooperative,
        for_customer=True,
        subject=fill(doc_tr("Devis pour {customer}", "quote"), customer=order.customer),
    )
