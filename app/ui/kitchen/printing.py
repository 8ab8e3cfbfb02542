"""Open the preview (QtPdf, then Print or Save as PDF) of the kitchen's documents: the allergen
sheet of a menu, an order or a sale day, and the stand's price list with its allergens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.services.kitchen import allergen_sheet
from app.services.people.cooperative import get_cooperative
from app.ui.pdf_preview import preview_pdf


def preview_allergens(page, kind: str, key: int) -> None:
    """`kind` "menu", "order" or "sale_day"; `key` the menu's, order's or sale day's id."""
    from app.printing.allergen_sheet import allergen_sheet_pdf

    with page.ctx.db.session() as session:
        if kind == "menu":
            sheet = allergen_sheet.for_menu(session, key)
        elif kind == "order":
            sheet = allergen_sheet.for_order(session, key)
        else:
            sheet = allergen_sheet.for_sale_day(session, key)
        data = allergen_sheet_pdf(sheet, get_cooperative(session))
    title = fill(
        QCoreApplication.translate("KitchenPrinting", "Allergènes — {name}"), name=sheet.name
    )
    preview_pdf(data, title, "allergenes.pdf", page)


def preview_price_list(page, event_id: int) -> None:
    from app.printing.price_list import price_list_pdf

    with page.ctx.db.session() as session:
        data = price_list_pdf(session, event_id)
    title = QCoreApplication.translate("KitchenPrinting", "Liste des prix du stand")
    preview_pdf(data, title, "liste-des-prix.pdf", page)
