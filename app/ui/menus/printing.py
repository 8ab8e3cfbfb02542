"""Open the preview (QtPdf, then Print or Save as PDF) of a quote or a shopping list; a shopping
list can also be saved as CSV."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import fill
from app.services.menus.orders import OrderInfo
from app.services.menus.shopping import ShoppingList
from app.services.people import cooperative
from app.ui.pdf_preview import preview_pdf


def _cooperative(ctx):
    with ctx.db.session() as session:
        return cooperative.get_cooperative(session)


def preview_quote(page, order: OrderInfo) -> None:
    from app.printing.quote import quote_pdf
    from app.services.kitchen import allergen_sheet

    with page.ctx.db.session() as session:
        sheet = allergen_sheet.for_order(session, order.id)
        data = quote_pdf(order, cooperative.get_cooperative(session), sheet)
    title = fill(QCoreApplication.translate("MenusPrinting", "Devis n° {id}"), id=order.id)
    preview_pdf(data, title, f"devis-{order.id}.pdf", page)


def preview_shopping_list(page, result: ShoppingList) -> None:
    from app.printing.shopping_list import shopping_list_pdf

    data = shopping_list_pdf(result, _cooperative(page.ctx))
    preview_pdf(data, result.title, "liste-de-courses.pdf", page)
