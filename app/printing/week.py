"""The week for the kitchen wall: A4 landscape, type up to twice the size of a document's (as large
as the week fits), one column per day with the delegate of the day and the sale of the day, one
colour and one icon per kind of morning, and a legend. Built from `schedule.wall_week`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.i18n import fill, joined, tr
from app.printing import palette
from app.printing.document import build_pdf, escape, styles
from app.printing.fonts import FONT, FONT_BOLD
from app.services.people.cohorts import get_cohort
from app.services.people.cooperative import get_cooperative
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import KIND_ICONS, format_day
from app.services.schedule.wall_week import WallDay, wall_week
from app.vocab.people import Gender
from app.vocab.schedule import MorningKind, morning_kind_label

# the type of the wall sheet, at scale 1; the sheet uses twice this when it fits
BASE_SIZES = {"day": 15, "kind": 17, "time": 14, "title": 14, "detail": 12, "empty": 13, "who": 14}
MOST = 2.0
# below the base type when a long word needs it (Dutch "Verantwoordelijke:" in a day's column)
LEAST = 0.6
GRID_HEIGHT_MM = 112


def _styles(scale: float) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    def style(name, size_key, bold=False, **extra):
        size = BASE_SIZES[size_key] * scale
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=size * 1.2,
            **extra,
        )

    return {
        "day": style("day", "day", bold=True, alignment=1),
        "kind": style("kind", "kind", bold=True),
        "time": style("time", "time"),
        "title": style("mtitle", "title", bold=True, spaceBefore=2),
        "detail": style("detail", "detail", spaceBefore=2),
        "empty": style("empty", "empty", textColor=colors.HexColor(palette.QUIET_TEXT)),
        "who": style(
            "who", "who", bold=True, spaceAfter=4, textColor=colors.HexColor(palette.WHO_TEXT)
        ),
    }


def _cell(day: WallDay, st) -> list:
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    flow = []
    if day.delegate_name:
        flow.append(
            Paragraph(
                escape(
                    fill(
                        tr("Délégué : {name}", "printing")
                        if day.delegate_gender == Gender.MAN
                        else tr("Déléguée : {name}", "printing"),
                        name=day.delegate_name,
                    )
                ),
                st["who"],
            )
        )
    if day.sale_without_morning:
        flow.append(
            Paragraph(f"{KIND_ICONS['sale']} {escape(tr('Jour de vente', 'printing'))}", st["kind"])
        )
        details = [escape(x) for x in (day.sale.format_label, day.sale.place) if x]
        if details:
            flow.append(Paragraph("<br/>".join(details), st["detail"]))
        flow.append(Spacer(1, 8))
    for morning in day.mornings:
        icon = KIND_ICONS.get(morning.kind, "")
        head = f"{icon} {escape(morning.kind_label)}"
        if morning.status == "cancelled":
            head = f"<strike>{head}</strike> — {escape(tr('annulée', 'printing'))}"
        flow.append(Paragraph(head, st["kind"]))
        flow.append(Paragraph(escape(morning.time_range), st["time"]))
        if morning.subgroup_name:
            flow.append(Paragraph(f"<b>{escape(morning.subgroup_name)}</b>", st["who"]))
        if morning.module_name:
            flow.append(Paragraph(escape(morning.module_name), st["title"]))
        details = [
            escape(x)
            for x in (
                morning.place,
                morning.facilitator_name,
                morning.mentor_name,
                *_visit(morning),
            )
            if x
        ]
        if details:
            flow.append(Paragraph("<br/>".join(details), st["detail"]))
        flow.append(Spacer(1, 8))
    if not day.mornings and not day.sale_without_morning:
        flow.append(Paragraph(escape(tr("Pas de matinée", "printing")), st["empty"]))
    return flow


def _visit(morning) -> tuple[str, ...]:
    """A visit's host, its address, how to get there and where the group meets."""
    host = morning.host
    lines = (host.name, host.address, _how_to_get_there(host.transport_note)) if host else ()
    if morning.meeting_point:
        lines += (fill(tr("Rendez-vous : {place}", "printing"), place=morning.meeting_point),)
    return lines


def _how_to_get_there(note: str) -> str:
    return fill(tr("Comment y aller : {note}", "printing"), note=note) if note else ""


def _fits(days: list[WallDay], scale: float, width: float, height: float) -> bool:
    """True when every day's words fit its column and its content the grid's height."""
    st = _styles(scale)
    inner = width - 12
    for day in days:
        flow = _cell(day, st)
        if any(p.minWidth() > inner for p in flow if hasattr(p, "minWidth")):
            return False
        if sum(p.wrap(inner, height)[1] for p in flow) > height - 12:
            return False
        header = _header(day, st)
        if header.minWidth() > inner:
            return False
    return True


def _header(day: WallDay, st):
    from app.printing.bidi_paragraph import Paragraph

    return Paragraph(escape(format_day(day.date, "EEEE d/MM").capitalize()), st["day"])


def wall_scale(days: list[WallDay], width: float, height: float) -> float:
    """The largest scale, up to twice the base type, at which the week fits its grid (below the
    base type, down to LEAST, only as far as needed: a word is never cut)."""
    scale = MOST
    while scale > LEAST and not _fits(days, scale, width, height):
        scale = round(scale - 0.1, 2)
    return scale


def week_pdf(session: Session, cohort_id: int, monday: dt.date) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import TableStyle

    from app.printing.bidi_paragraph import Paragraph
    from app.printing.bidi_table import Table

    base = styles()
    monday = schedule.monday_of(monday)
    cohort = get_cohort(session, cohort_id)
    days = wall_week(session, cohort_id, monday)
    mornings = [m for day in days for m in day.mornings]
    width = (297 - 36) * mm / len(days)
    st = _styles(wall_scale(days, width, GRID_HEIGHT_MM * mm))
    header = [_header(day, st) for day in days]
    body = [_cell(day, st) for day in days]
    grid = Table(
        [header, body], colWidths=[width] * len(days), rowHeights=[None, GRID_HEIGHT_MM * mm]
    )
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 1, colors.HexColor(palette.WEEK_GRID)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(palette.WEEK_HEADER)),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for column, day in enumerate(days):
        active = [m.kind for m in day.mornings if m.status != "cancelled"]
        kind = "sale" if day.sale is not None else (active[0] if active else None)
        if kind is not None:
            commands.append(
                (
                    "BACKGROUND",
                    (column, 1),
                    (column, 1),
                    colors.HexColor(palette.KIND_BACKGROUNDS[kind]),
                )
            )
    grid.setStyle(TableStyle(commands))

    sunday = monday + dt.timedelta(days=6)
    title = fill(
        tr("Semaine du {start} au {end}", "printing"),
        start=format_day(monday, "d MMMM"),
        end=format_day(sunday, "d MMMM y"),
    )
    kinds_used = [
        k
        for k in MorningKind
        if any(m.kind == k for m in mornings) or (k == "sale" and any(d.sale for d in days))
    ]
    legend_style = _styles(1.0)["detail"]
    legend_cells = [
        Paragraph(f"{KIND_ICONS[k]} {escape(morning_kind_label(k))}", legend_style)
        for k in kinds_used
    ]
    story = [
        Paragraph(escape(joined(title, cohort.name)), base.title),
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
                    ("BACKGROUND", (i, 0), (i, 0), colors.HexColor(palette.KIND_BACKGROUNDS[k]))
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
        story,
        joined(title, cohort.name),
        get_cooperative(session),
        landscape_page=True,
        subject=tr("Les matinées, les ventes et les déléguées de la semaine", "printing"),
    )
