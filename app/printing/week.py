"""The week for the kitchen wall: A4 landscape, large type, one column per day, one colour and one
icon per kind of morning, and a legend. Built from `schedule.week_mornings`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.i18n import tr
from app.printing.document import build_pdf, escape, styles
from app.printing.fonts import FONT, FONT_BOLD
from app.services.people.cohorts import get_cohort
from app.services.people.cooperative import get_cooperative
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import (
    KIND_COLORS,
    KIND_ICONS,
    MorningInfo,
    format_day,
    kind_label,
)


def _cell(mornings: list[MorningInfo], st) -> list:
    from reportlab.platypus import Paragraph, Spacer

    if not mornings:
        return [Paragraph(escape(tr("Pas de matinée", "printing")), st["empty"])]
    flow = []
    for morning in mornings:
        icon = KIND_ICONS.get(morning.kind, "")
        head = f"{icon} {escape(morning.kind_label)}"
        if morning.status == "cancelled":
            head = f"<strike>{head}</strike> — {escape(tr('annulée', 'printing'))}"
        flow.append(Paragraph(head, st["kind"]))
        flow.append(Paragraph(escape(morning.time_range), st["time"]))
        if morning.module_name:
            flow.append(Paragraph(escape(morning.module_name), st["title"]))
        details = [escape(x) for x in (morning.place, morning.facilitator_name) if x]
        if details:
            flow.append(Paragraph("<br/>".join(details), st["detail"]))
        flow.append(Spacer(1, 8))
    return flow


def week_pdf(session: Session, cohort_id: int, monday: dt.date) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    base = styles()
    monday = schedule.monday_of(monday)
    cohort = get_cohort(session, cohort_id)
    mornings = schedule.week_mornings(session, cohort_id, monday)
    days = [monday + dt.timedelta(days=i) for i in range(5)]
    days += [
        d
        for d in (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        if any(m.date == d for m in mornings)
    ]
    st = {
        "day": ParagraphStyle("day", fontName=FONT_BOLD, fontSize=15, leading=18, alignment=1),
        "kind": ParagraphStyle("kind", fontName=FONT_BOLD, fontSize=17, leading=21),
        "time": ParagraphStyle("time", fontName=FONT, fontSize=14, leading=17),
        "title": ParagraphStyle(
            "mtitle", fontName=FONT_BOLD, fontSize=14, leading=17, spaceBefore=2
        ),
        "detail": ParagraphStyle("detail", fontName=FONT, fontSize=12, leading=15, spaceBefore=2),
        "empty": ParagraphStyle(
            "empty", fontName=FONT, fontSize=13, leading=16, textColor=colors.HexColor("#777777")
        ),
        "legend": ParagraphStyle("legend", fontName=FONT, fontSize=12, leading=15),
    }
    header = [Paragraph(escape(format_day(d, "EEEE d/MM").capitalize()), st["day"]) for d in days]
    by_day = [[m for m in mornings if m.date == d] for d in days]
    body = [_cell(items, st) for items in by_day]
    width = (297 - 36) * mm / len(days)
    grid = Table([header, body], colWidths=[width] * len(days), rowHeights=[None, 118 * mm])
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 1, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for column, items in enumerate(by_day):
        active = [m for m in items if m.status != "cancelled"]
        if active:
            commands.append(
                (
                    "BACKGROUND",
                    (column, 1),
                    (column, 1),
                    colors.HexColor(KIND_COLORS[active[0].kind]),
                )
            )
    grid.setStyle(TableStyle(commands))

    sunday = monday + dt.timedelta(days=6)
    title = tr("Semaine du {start} au {end}", "printing").format(
        start=format_day(monday, "d MMMM"), end=format_day(sunday, "d MMMM y")
    )
    kinds_used = [k for k in schedule.MORNING_KINDS if any(m.kind == k for m in mornings)]
    legend_cells = [
        Paragraph(f"{KIND_ICONS[k]} {escape(kind_label(k))}", st["legend"]) for k in kinds_used
    ]
    story = [
        Paragraph(f"{escape(title)} — {escape(cohort.name)}", base.title),
        grid,
    ]
    if legend_cells:
        legend = Table(
            [legend_cells],
            colWidths=[width * len(days) / max(6, len(legend_cells))] * len(legend_cells),
            hAlign="LEFT",
        )
        legend.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (i, 0), (i, 0), colors.HexColor(KIND_COLORS[k]))
                    for i, k in enumerate(kinds_used)
                ]
                + [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [Paragraph("&nbsp;", base.small), legend]
    return build_pdf(
        story, f"{title} — {cohort.name}", get_cooperative(session), landscape_page=True
    )
