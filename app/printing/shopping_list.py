"""The shopping list as an A4 PDF (grouped by supplier, whole packs, estimated spend, leftovers)
and as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io

from app.i18n import fill, format_date, listing, tr
from app.printing.document import build_pdf, escape, styles, table
from app.services.menus.shopping import ShoppingItem, ShoppingList
from app.services.money import format_amount
from app.services.people.cooperative import CooperativeInfo
from app.services.units import format_decimal, quantity_with_unit


def _quantity(value, unit: str) -> str:
    return quantity_with_unit(value, unit)


def _needed(item: ShoppingItem) -> str:
    """What the recipes need, and what of it is already in stock (bought only beyond it)."""
    needed = _quantity(item.needed, item.unit)
    if item.in_stock <= 0:
        return needed
    return fill(
        tr("{needed} (en stock : {in_stock})", "shopping"),
        needed=needed,
        in_stock=_quantity(min(item.in_stock, item.needed), item.unit),
    )


def _pack(item: ShoppingItem) -> str:
    if item.packs is None:
        return tr("prix inconnu", "shopping")
    return fill(
        tr("{packs} × {size}", "shopping"),
        packs=item.packs,
        size=_quantity(item.pack_size, item.unit),
    )


def shopping_list_pdf(shopping: ShoppingList, cooperative: CooperativeInfo | None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    story: list = [Paragraph(escape(shopping.title), s.title)]
    story.append(
        Paragraph(
            escape(fill(tr("Prix du {date}.", "shopping"), date=format_date(shopping.on))),
            s.body,
        )
    )
    for supplier, items in shopping.by_supplier():
        story.append(Paragraph(escape(supplier), s.heading))
        rows = [
            [
                "",
                tr("Ingrédient", "shopping"),
                tr("Il faut", "shopping"),
                tr("Acheter", "shopping"),
                tr("Prix estimé", "shopping"),
                tr("Reste", "shopping"),
            ]
        ]
        for item in items:
            rows.append(
                [
                    "☐",
                    Paragraph(
                        escape(item.name)
                        + "<br/><font size=7>"
                        + escape(listing(item.used_in))
                        + "</font>",
                        s.cell,
                    ),
                    _needed(item),
                    _pack(item),
                    format_amount(item.spend_cents) if item.spend_cents is not None else "—",
                    _quantity(item.leftover, item.unit) if item.leftover is not None else "—",
                ]
            )
        subtotal = sum(item.spend_cents or 0 for item in items)
        rows.append(["", tr("Sous-total", "shopping"), "", "", format_amount(subtotal), ""])
        story.append(
            table(
                rows,
                col_widths=[7 * mm, 58 * mm, 26 * mm, 34 * mm, 24 * mm, 25 * mm],
                align_right_from=2,
            )
        )
    story.append(Spacer(1, 5 * mm))
    story.append(
        Paragraph(
            "<b>%s</b>"
            % escape(
                fill(
                    tr("Dépense estimée : {total}", "shopping"),
                    total=format_amount(shopping.total_cents),
                )
            ),
            s.heading,
        )
    )
    if shopping.missing_prices:
        story.append(
            Paragraph(
                escape(
                    fill(
                        tr("Sans prix connu : {names}.", "shopping"),
                        names=listing(shopping.missing_prices),
                    )
                ),
                s.body,
            )
        )
    return build_pdf(
        story,
        shopping.title,
        cooperative,
        subject=tr("Ce qu'il faut acheter, en paquets, et ce que cela coûte", "printing"),
    )


def shopping_list_csv(shopping: ShoppingList) -> str:
    """CSV with a semicolon (what a Belgian spreadsheet opens) and decimal commas."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(
        [
            tr("Fournisseur", "shopping"),
            tr("Ingrédient", "shopping"),
            tr("Quantité", "shopping"),
            tr("Unité", "shopping"),
            tr("Paquets", "shopping"),
            tr("Taille du paquet", "shopping"),
            tr("Prix estimé", "shopping"),
            tr("Reste", "shopping"),
            tr("Recettes", "shopping"),
            tr("En stock", "shopping"),
            tr("À acheter", "shopping"),
        ]
    )
    for item in shopping.items:
        writer.writerow(
            [
                item.supplier,
                item.name,
                format_decimal(item.needed),
                item.unit,
                "" if item.packs is None else item.packs,
                "" if item.pack_size is None else format_decimal(item.pack_size),
                "" if item.spend_cents is None else format_amount(item.spend_cents, symbol=False),
                "" if item.leftover is None else format_decimal(item.leftover),
                listing(item.used_in),
                format_decimal(min(item.in_stock, item.needed)),
                format_decimal(item.to_buy),
            ]
        )
    writer.writerow(
        [
            "",
            tr("Total", "shopping"),
            "",
            "",
            "",
            "",
            format_amount(shopping.total_cents, symbol=False),
            "",
            "",
        ]
    )
    return out.getvalue()
