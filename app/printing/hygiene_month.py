"""The month's cleaning and hygiene record of a cohort: a line per kitchen day, a column per line
of the kitchen checklist, who ticked it and at what time; an empty cell is a line not done."""

from __future__ import annotations

import datetime as dt

from app.i18n import fill, format_date, tr
from app.printing.document import LANDSCAPE_WIDTH_MM, build_pdf, escape, styles, table
from app.services.kitchen.hygiene import HygieneCell, HygieneMonth
from app.services.schedule.mornings import format_day


def _cell(cell: HygieneCell) -> str:
    if not cell.done:
        return "—"
    at = f" {cell.at:%H:%M}" if cell.at else ""
    return fill(tr("✓ {name}{at}", "hygiene_sheet"), name=cell.by or "?", at=at)


def hygiene_month_pdf(record: HygieneMonth, cooperative=None) -> bytes:
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    month = format_day(dt.date(record.year, record.month, 1), "MMMM y")
    title = fill(
        tr("Nettoyage et hygiène — {cohort} — {month}", "hygiene_sheet"),
        cohort=record.cohort_name,
        month=month,
    )
    story: list = [Paragraph(escape(title), s.title)]
    if not record.days:
        story.append(
            Paragraph(escape(tr("Pas de matinée de cuisine ce mois-ci.", "hygiene_sheet")), s.body)
        )
    else:
        rows: list[list] = [[tr("Date", "hygiene_sheet"), *record.lines]]
        for day in record.days:
            rows.append([format_date(day.date), *(_cell(cell) for cell in day.cells)])
        story.append(table(rows, available_mm=LANDSCAPE_WIDTH_MM))
        story.append(
            Paragraph(
                escape(fill(tr("Lignes non cochées : {n}", "hygiene_sheet"), n=record.missing)),
                s.body,
            )
        )
    subject = tr("Relevé mensuel du nettoyage et de l'hygiène (autocontrôle)", "hygiene_sheet")
    return build_pdf(story, title, cooperative, landscape_page=True, subject=subject)
