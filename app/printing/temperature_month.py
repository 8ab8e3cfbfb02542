"""The monthly temperature record of one fridge or freezer: a line per day with the value read,
who read it, and the corrective action when it was out of limits (the self-check record the food
agency asks to keep)."""

from __future__ import annotations

import datetime as dt

from app.i18n import fill, format_date, tr
from app.printing import palette
from app.printing.document import build_pdf, escape, styles, table
from app.services.kitchen.limits import format_celsius
from app.services.kitchen.temperatures import MonthSheet
from app.services.schedule.mornings import format_day


def _month_name(sheet: MonthSheet) -> str:
    return format_day(dt.date(sheet.year, sheet.month, 1), "MMMM y")


def temperature_month_pdf(sheet: MonthSheet, cooperative=None) -> bytes:
    from reportlab.lib import colors

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    appliance = sheet.appliance
    title = fill(
        tr("Températures — {name} — {month}", "temperature_sheet"),
        name=appliance.name,
        month=_month_name(sheet),
    )
    limits = fill(
        tr("{kind} · limites : de {low} à {high} °C", "temperature_sheet"),
        kind=appliance.kind_label,
        low=format_celsius(appliance.min_c),
        high=format_celsius(appliance.max_c),
    )
    rows: list[list] = [
        [
            tr("Date", "temperature_sheet"),
            tr("°C", "temperature_sheet"),
            tr("Relevé par", "temperature_sheet"),
            tr("Action corrective", "temperature_sheet"),
        ]
    ]
    red_rows = []
    for index, day in enumerate(sheet.days, start=1):
        value = "" if day.value_c is None else format_celsius(day.value_c)
        if day.out_of_limits:
            red_rows.append(index)
            value += " !"
        rows.append(
            [
                format_date(day.date),
                value,
                day.recorded_by,
                Paragraph(escape(day.corrective_action), s.cell),
            ]
        )
    grid = table(rows, fill=3)
    grid.setStyle(
        [("TEXTCOLOR", (1, row), (1, row), colors.HexColor(palette.ALARM_TEXT)) for row in red_rows]
    )
    out = sum(1 for day in sheet.days if day.out_of_limits)
    read = sum(1 for day in sheet.days if day.value_c is not None)
    summary = fill(
        tr("Relevés : {read} · hors limites (« ! ») : {out}", "temperature_sheet"),
        read=read,
        out=out,
    )
    story = [
        Paragraph(escape(title), s.title),
        Paragraph(escape(limits), s.body),
        grid,
        Paragraph(escape(summary), s.body),
    ]
    subject = tr("Relevé mensuel des températures (autocontrôle)", "temperature_sheet")
    return build_pdf(story, title, cooperative, subject=subject)
