"""The stand's price list for a sale day: each product, its price and its allergens, in large type
to put up at the stand."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import doc_tr, document_locale, fill, format_date, in_customer_language
from app.printing.allergen_sheet import contains_text
from app.printing.document import build_pdf, escape, styles, table
from app.services.kitchen.allergen_sheet import for_sale_day
from app.services.money import format_amount
from app.services.people.cooperative import get_cooperative
from app.services.sales.events import get_event


def price_list_pdf(session: Session, event_id: int) -> bytes:
    """The price list in the cooperative's label language."""
    cooperative = get_cooperative(session)
    with in_customer_language(getattr(cooperative, "label_language", None)):
        return _price_list_pdf(session, event_id, cooperative)


def _price_list_pdf(session: Session, event_id: int, cooperative) -> bytes:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    large = ParagraphStyle("price_cell", parent=s.cell, fontSize=16, leading=20)
    price = ParagraphStyle("price_amount", parent=large, alignment=TA_RIGHT)
    small = ParagraphStyle("price_allergens", parent=s.cell, fontSize=11, leading=14)
    event = get_event(session, event_id)
    sheet = for_sale_day(session, event_id)
    allergens = {dish.name: contains_text(dish) for dish in sheet.dishes}
    rows: list[list] = [
        [
            doc_tr("Produit", "price_list"),
            doc_tr("Prix", "price_list"),
            doc_tr("Allergènes", "price_list"),
        ]
    ]
    for product in event.products:
        rows.append(
            [
                Paragraph(escape(product.name), large),
                Paragraph(
                    escape(format_amount(product.price_cents, locale=document_locale())), price
                ),
                Paragraph(escape(allergens.get(product.name, "")), small),
            ]
        )
    title = fill(
        doc_tr("Nos prix — {date}", "price_list"), date=format_date(event.date, document_locale())
    )
    story: list = [Paragraph(escape(title), s.title), Spacer(1, 3 * mm)]
    story.append(table(rows, fill=True))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            escape(doc_tr("Prix TVA comprise. Allergènes : demandez-nous.", "price_list")), s.body
        ),
    ]
    subject = doc_tr("Prix et allergènes des produits du stand", "price_list")
    return build_pdf(story, title, cooperative, for_customer=True, subject=subject)
