"""The losses' section of the sale day's and the cohort's summaries: one line per loss (day,
product, lot, units, reason), and their total; nothing when there is none."""

from __future__ import annotations

from app.i18n import fill, format_date, tr
from app.printing.document import escape, styles, table
from app.services.kitchen.waste import WasteLine


def waste_story(lines: list[WasteLine], width_mm: float | None = None) -> list:
    if not lines:
        return []
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    rows: list[list] = [
        [
            tr("Jour", "waste_print"),
            tr("Produit", "waste_print"),
            tr("Lot", "waste_print"),
            tr("Unités", "waste_print"),
            tr("Raison", "waste_print"),
        ]
    ]
    for line in lines:
        rows.append(
            [
                format_date(line.date),
                line.product,
                line.lot,
                str(line.units),
                Paragraph(escape(line.reason), s.cell),
            ]
        )
    total = fill(
        tr("Unités perdues en tout : {units}", "waste_print"),
        units=sum(line.units for line in lines),
    )
    extra = {} if width_mm is None else {"available_mm": width_mm}
    return [
        Paragraph(escape(tr("Pertes (produits jetés)", "waste_print")), s.heading),
        table(rows, fill=4, **extra),
        Paragraph(escape(total), s.body),
    ]


def before_closing_note(story: list, section: list) -> list:
    """`story` with `section` put before its closing spacer and note (the summaries end so)."""
    return story[:-2] + section + story[-2:]
