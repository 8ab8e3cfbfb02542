"""The attestation of participation a member shows to employers: the cohort, its dates, the hours
planned and attended by kind ("96 h of 108 h"), the modules she followed, and the signatory's name,
function and the organisation's company number beside a framed area for its stamp.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.printing import palette
from app.printing.document import build_pdf, escape, styles, table
from app.printing.fonts import FONT, FONT_BOLD
from app.services.people.cohorts import get_cohort
from app.services.people.cooperative import get_cooperative
from app.services.people.members import get_person
from app.services.schedule import attendance
from app.services.schedule.mornings import format_day
from app.services.units import hours_with_unit
from app.vocab.people import Gender
from app.vocab.schedule import MorningKind, morning_kind_label


def attestation_pdf(
    session: Session, cohort_id: int, person_id: int, today: dt.date | None = None
) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from app.printing.bidi_paragraph import Paragraph
    from app.printing.bidi_table import Table

    s = styles()
    cohort = get_cohort(session, cohort_id)
    person = get_person(session, person_id, cohort_id)
    summary = attendance.member_summary(session, cohort_id, person_id)
    cooperative = get_cooperative(session)
    organisation = cooperative.name if cooperative else "Coopér'Actives"
    today = today or dt.date.today()
    start = person.joined_on or cohort.start_date
    end = min(person.left_on or cohort.end_date, cohort.end_date)

    story = [
        Paragraph(escape(tr("Attestation de participation", "printing")), s.title),
        Spacer(1, 6 * mm),
        Paragraph(escape(tr("Nous attestons que", "printing")), s.body),
        Spacer(1, 2 * mm),
        Paragraph(escape(person.full_name), s.heading),
        Paragraph(
            escape(
                fill(
                    tr(
                        "a participé à la coopérative éphémère «\u00a0{cohort}\u00a0» organisée "
                        "par {organisation}, du {start} au {end}.",
                        "printing",
                    ),
                    organisation=organisation,
                    cohort=cohort.name,
                    start=format_day(start, "d MMMM y"),
                    end=format_day(end, "d MMMM y"),
                )
            ),
            s.body,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                tr(
                    "Une coopérative éphémère est une formation pratique de trois mois : les "
                    "participantes créent ensemble une activité de cuisine et vendent de vrais "
                    "produits à de vrais clients.",
                    "printing",
                )
            ),
            s.body,
        ),
        Paragraph(escape(tr("Heures suivies", "printing")), s.heading),
    ]
    rows = [
        [
            tr("Activité", "printing"),
            tr("Heures prévues", "printing"),
            tr("Heures suivies", "printing"),
        ]
    ]
    for kind in MorningKind:
        planned = summary.planned_by_kind.get(kind, 0)
        if planned or summary.hours_by_kind[kind]:
            rows.append(
                [
                    morning_kind_label(kind),
                    hours_with_unit(planned),
                    hours_with_unit(summary.hours_by_kind[kind]),
                ]
            )
    rows.append(
        [
            tr("Total", "printing"),
            hours_with_unit(summary.planned_total),
            hours_with_unit(summary.hours_total),
        ]
    )
    result = table(rows, align_right_from=1)
    result.setStyle(
        [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, palette.SIGNATURE_RULE),
        ]
    )
    story.append(result)
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            escape(
                fill(
                    tr("Il a suivi {attended} sur les {planned} prévues.", "printing")
                    if person.gender == Gender.MAN
                    else tr("Elle a suivi {attended} sur les {planned} prévues.", "printing"),
                    attended=hours_with_unit(summary.hours_total),
                    planned=hours_with_unit(summary.planned_total),
                )
            ),
            s.body,
        )
    )
    if summary.modules:
        story.append(Paragraph(escape(tr("Modules suivis", "printing")), s.heading))
        names = [Paragraph(f"• {escape(name)}", s.cell) for name in summary.modules]
        half = (len(names) + 1) // 2
        rows = [[names[i], names[half + i] if half + i < len(names) else ""] for i in range(half)]
        columns = Table(rows, colWidths=[87 * mm, 87 * mm], hAlign="LEFT")
        columns.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
        story.append(columns)
    story.append(KeepTogether(_signature_block(cooperative, organisation, today)))
    title = fill(tr("Attestation — {name}", "printing"), name=person.full_name)
    return build_pdf(
        story,
        title,
        cooperative,
        subject=tr("Attestation de participation à une coopérative éphémère", "printing"),
    )


def _signature_block(cooperative, organisation: str, today: dt.date) -> list:
    """Place and date; the signatory's line (name, function, organisation, BCE) beside a framed
    area for the organisation's stamp."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph
    from app.printing.bidi_table import Table

    s = styles()
    who = []
    if cooperative is not None and cooperative.signatory_name:
        who.append(f"<b>{escape(cooperative.signatory_name)}</b>")
    if cooperative is not None and cooperative.signatory_function:
        who.append(escape(cooperative.signatory_function))
    if not who:
        who.append(escape(tr("Signature de la coordinatrice", "printing")))
    who.append(escape(fill(tr("pour {organisation}", "printing"), organisation=organisation)))
    if cooperative is not None and cooperative.bce_number:
        who.append(
            escape(fill(tr("N° d'entreprise (BCE) : {n}", "printing"), n=cooperative.bce_number))
        )
    signature = [
        Spacer(1, 16 * mm),
        Paragraph("_" * 36, s.body),
        Paragraph("<br/>".join(who), s.small),
    ]
    stamp = Paragraph(escape(tr("Cachet de l'organisation", "printing")), s.small)
    block = Table(
        [[signature, stamp]], colWidths=[100 * mm, 55 * mm], rowHeights=[36 * mm], hAlign="LEFT"
    )
    block.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("BOX", (1, 0), (1, 0), 0.6, palette.QUIET_TEXT),
        ]
    )
    return [
        Spacer(1, 10 * mm),
        Paragraph(
            escape(
                fill(tr("Fait à Liège, le {date}.", "printing"), date=format_day(today, "d MMMM y"))
            ),
            s.body,
        ),
        Spacer(1, 4 * mm),
        block,
    ]
