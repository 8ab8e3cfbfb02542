"""The signed attendance sheets of a week, printed in advance: one A4 page per morning with the
cohort, the day, the hours, what the morning is about and where, then the members expected (from
`schedule.attendance_sheets`) with a box for the time she arrived ("Arrivée") and one for her
signature, a few empty lines for someone not on the list, and the facilitator's signature.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.i18n import fill, tr, tr_n
from app.printing.document import build_pdf, escape, styles, table
from app.services.people.cohorts import get_cohort
from app.services.people.cooperative import get_cooperative
from app.services.schedule.attendance_sheets import MorningSheet, week_sheets
from app.services.schedule.mornings import format_day, iso_week_name, monday_of

SPARE_LINES = 2
# points above and below a name: a line tall enough to sign on (about 11 mm)
SIGNING_PADDING = 10


def _morning_page(sheet: MorningSheet, cohort_name: str) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    morning = sheet.morning
    facts = [
        f"<b>{escape(format_day(morning.date, 'EEEE d MMMM y').capitalize())}</b>",
        escape(morning.time_range),
        escape(morning.title),
    ]
    details = [x for x in (morning.place, morning.facilitator_name) if x]
    story = [
        Paragraph(escape(tr("Feuille de présence", "printing")), s.title),
        Paragraph(f"<b>{escape(cohort_name)}</b>", s.body),
        Paragraph(" — ".join(facts), s.body),
    ]
    if details:
        story.append(Paragraph(escape(" — ".join(details)), s.body))
    story += [
        Paragraph(
            escape(
                tr_n("%n membre(s) attendue(s)", "printing", len(sheet.members))
                if sheet.members
                else tr("Aucun membre attendu ce jour-là.", "printing")
            ),
            s.small,
        ),
        Spacer(1, 3 * mm),
    ]
    rows = [
        [
            tr("N°", "printing"),
            tr("Membre", "printing"),
            tr("Arrivée", "printing"),
            tr("Signature", "printing"),
        ]
    ]
    rows += [[str(n), member.name, "", ""] for n, member in enumerate(sheet.members, start=1)]
    rows += [["", "", "", ""] for _ in range(SPARE_LINES)]
    grid = table(rows, col_widths=[12 * mm, 72 * mm, 30 * mm, 60 * mm])
    grid.setStyle(
        [
            ("TOPPADDING", (0, 1), (-1, -1), SIGNING_PADDING),
            ("BOTTOMPADDING", (0, 1), (-1, -1), SIGNING_PADDING),
        ]
    )
    story += [
        grid,
        Spacer(1, 8 * mm),
        Paragraph(escape(tr("Signature de l'animatrice :", "printing")), s.body),
    ]
    return story


def attendance_sheets_pdf(session: Session, cohort_id: int, day: dt.date) -> bytes:
    """The sheets of the week holding `day`; a week without a morning is refused
    (`ValidationError`) before anything is drawn."""
    from reportlab.platypus import PageBreak

    cohort = get_cohort(session, cohort_id)
    sheets = week_sheets(session, cohort_id, day)
    story: list = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += _morning_page(sheet, cohort.name)
    title = fill(
        tr("Feuilles de présence — semaine {week} — {cohort}", "printing"),
        week=iso_week_name(monday_of(day)),
        cohort=cohort.name,
    )
    return build_pdf(
        story,
        title,
        get_cooperative(session),
        subject=tr("Les membres attendues à chaque matinée, avec leur signature", "printing"),
    )
