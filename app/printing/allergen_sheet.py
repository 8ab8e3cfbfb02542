"""The allergen sheet for the buffet table, the stand or a catering order (food served without a
label): one row per dish with what it contains and the traces it may carry, in large type, plus
the same rows as a section of the quote. Documents for customers: the label language."""

from __future__ import annotations

from app.i18n import doc_tr, document_locale, fill, format_date, in_customer_language, listing
from app.printing.document import build_pdf, escape, styles, table
from app.services.kitchen.allergen_sheet import AllergenSheet, DishAllergens
from app.services.labels.content import allergen_word


def allergen_words(keys) -> str:
    """'gluten, fruits à coque' (the label's words in the label language, annex II order)."""
    return listing(allergen_word(key) for key in keys)


def contains_text(dish: DishAllergens) -> str:
    if not dish.known:
        return doc_tr("Inconnu : demandez à l'équipe", "allergen_sheet")
    return allergen_words(dish.allergens) or doc_tr("Aucun des 14 allergènes", "allergen_sheet")


def dish_rows(dishes) -> list[list[str]]:
    """Header and one row per dish: name, contains, may contain traces of."""
    rows = [
        [
            doc_tr("Plat", "allergen_sheet"),
            doc_tr("Contient", "allergen_sheet"),
            doc_tr("Peut contenir des traces de", "allergen_sheet"),
        ]
    ]
    for dish in dishes:
        rows.append([dish.name, contains_text(dish), allergen_words(dish.traces) or "—"])
    return rows


def dish_table(dishes, font_size: float = 9):
    """The dish rows as a table; `font_size` larger for a sheet read standing at the buffet."""
    from reportlab.lib.styles import ParagraphStyle

    from app.printing.bidi_paragraph import Paragraph

    cell = ParagraphStyle(
        "allergen_cell", parent=styles().cell, fontSize=font_size, leading=font_size * 1.25
    )
    rows = dish_rows(dishes)
    body = [[Paragraph(escape(text), cell) for text in row] for row in rows[1:]]
    return table([rows[0], *body], fill=True)


def sheet_title(sheet: AllergenSheet) -> str:
    if sheet.kind == "menu":
        return fill(doc_tr("Allergènes — {name}", "allergen_sheet"), name=sheet.name)
    day = format_date(sheet.on, document_locale()) if sheet.on else ""
    if sheet.kind == "order":
        return fill(
            doc_tr("Allergènes — {name}, {date}", "allergen_sheet"), name=sheet.name, date=day
        )
    if sheet.name:
        return fill(
            doc_tr("Allergènes — {name}, {date}", "allergen_sheet"), name=sheet.name, date=day
        )
    return fill(doc_tr("Allergènes — {date}", "allergen_sheet"), date=day)


def allergen_section(sheet: AllergenSheet) -> list:
    """The quote's section: a heading, the table, and where to ask."""
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    return [
        Paragraph(escape(doc_tr("Allergènes", "allergen_sheet")), s.heading),
        dish_table(sheet.dishes),
        Paragraph(escape(_ask_text()), s.small),
    ]


def _ask_text() -> str:
    return doc_tr(
        "Les 14 allergènes du règlement (UE) 1169/2011, d'après nos recettes. "
        "En cas d'allergie, parlez-en à l'équipe avant de manger.",
        "allergen_sheet",
    )


def allergen_sheet_pdf(sheet: AllergenSheet, cooperative=None) -> bytes:
    """The sheet in the cooperative's label language."""
    with in_customer_language(getattr(cooperative, "label_language", None)):
        return _allergen_sheet_pdf(sheet, cooperative)


def _allergen_sheet_pdf(sheet: AllergenSheet, cooperative) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    title = sheet_title(sheet)
    story: list = [Paragraph(escape(title), s.title), Spacer(1, 3 * mm)]
    if sheet.dishes:
        story.append(dish_table(sheet.dishes, font_size=13))
    else:
        story.append(Paragraph(escape(doc_tr("Aucun plat.", "allergen_sheet")), s.body))
    story += [Spacer(1, 5 * mm), Paragraph(escape(_ask_text()), s.body)]
    subject = doc_tr("Les 14 allergènes de chaque plat, d'après nos recettes", "allergen_sheet")
    return build_pdf(story, title, cooperative, for_customer=True, subject=subject)
