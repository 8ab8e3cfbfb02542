"""The stock section of a sale day's summary: the products carried over from earlier days (made
before, not sold, not thrown away, still in date) and the units sold beyond the recorded stock
(the paper count wins); nothing when there is neither."""

from __future__ import annotations

from app.i18n import fill, tr, tr_n
from app.printing.document import escape, styles
from app.services.kitchen.sale_day_stock import SaleDayStock


def sale_day_stock_story(stock: SaleDayStock) -> list:
    if not (stock.carried_over or stock.sold_without_stock):
        return []
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    story: list = [Paragraph(escape(tr("Stock du jour", "stock_print")), s.heading)]
    for product, units in stock.carried_over:
        line = fill(
            tr_n("{product} : %n unité(s) reportée(s) des jours précédents", "stock_print", units),
            product=product,
        )
        story.append(Paragraph(escape(line), s.body))
    if stock.sold_without_stock:
        beyond = tr_n(
            "Vendu au-delà du stock noté : %n unité(s) (le comptage papier fait foi).",
            "stock_print",
            stock.sold_without_stock,
        )
        story.append(Paragraph(escape(beyond), s.body))
    return story
