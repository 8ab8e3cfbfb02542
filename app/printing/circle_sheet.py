"""A thematic circle's sheet, to pin on the wall or hand over: its mandate (what it decides alone,
what it brings to the group), its members, who leads it and who is next, its starter checklist,
its open tasks and the minutes of its last meetings."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import fill, format_date, listing, tr
from app.printing.document import build_pdf, escape, styles, table
from app.printing.label_value import label_line
from app.printing.printed_dates import printed_date
from app.services.circles.sheet import circle_sheet
from app.services.people.cooperative import get_cooperative
from app.vocab.people import Gender


def _section(s, title: str, text: str) -> list:
    from app.printing.bidi_paragraph import Paragraph

    return [
        Paragraph(escape(title), s.heading),
        Paragraph(escape(text or "—").replace("\n", "<br/>"), s.body),
    ]


def circle_sheet_pdf(session: Session, circle_id: int) -> bytes:
    from reportlab.lib.units import mm

    from app.printing.bidi_paragraph import Paragraph

    data = circle_sheet(session, circle_id)
    circle = data.circle
    s = styles()
    story = [
        Paragraph(
            escape(fill(tr("Cercle « {name} »", "circles_print"), name=circle.name)), s.title
        ),
        Paragraph(f"<b>{escape(data.cohort_name)}</b>", s.body),
    ]
    story += _section(s, tr("Décide seul", "circles_print"), circle.decides_alone)
    story += _section(s, tr("Apporte au groupe", "circles_print"), circle.brings_to_group)
    story += _section(
        s, tr("Membres", "circles_print"), listing(name for _, name in circle.members)
    )
    # one sentence, so that in Arabic its parts keep their reading order
    lead_sentence = (
        tr("Animateur : {lead} · ensuite : {next}", "circles_print")
        if circle.lead_gender == Gender.MAN
        else tr("Animatrice : {lead} · ensuite : {next}", "circles_print")
    )
    story.append(
        Paragraph(
            escape(
                fill(lead_sentence, lead=circle.lead_name or "—", next=data.next_lead_name or "—")
            ),
            s.body,
        )
    )
    story.append(Paragraph(escape(tr("Liste de départ", "circles_print")), s.heading))
    if data.checklist:
        rows = [[tr("Fait", "circles_print"), tr("À mettre en place", "circles_print")]] + [
            [
                printed_date(line.done_on, "—"),
                Paragraph(escape(line.text), s.cell),
            ]
            for line in data.checklist
        ]
        story.append(table(rows, [30 * mm, 144 * mm]))
    else:
        story.append(Paragraph("—", s.body))
    story.append(Paragraph(escape(tr("Tâches ouvertes", "circles_print")), s.heading))
    if data.open_tasks:
        rows = [
            [
                tr("Tâche", "circles_print"),
                tr("Pour qui", "circles_print"),
                tr("Pour quand", "circles_print"),
            ]
        ] + [
            [
                Paragraph(escape(task.text), s.cell),
                Paragraph(escape(task.assignee_name or "—"), s.cell),
                printed_date(task.due_date, "—"),
            ]
            for task in data.open_tasks
        ]
        story.append(table(rows, [104 * mm, 40 * mm, 30 * mm]))
    else:
        story.append(Paragraph("—", s.body))
    story.append(Paragraph(escape(tr("Dernières réunions", "circles_print")), s.heading))
    if not data.last_meetings:
        story.append(Paragraph("—", s.body))
    for meeting in data.last_meetings:
        story.append(
            Paragraph(
                label_line(
                    format_date(meeting.held_on), escape(meeting.minutes).replace("\n", "<br/>")
                ),
                s.body,
            )
        )
    return build_pdf(
        story,
        fill(
            tr("Fiche du cercle {name} – {cohort}", "circles_print"),
            name=circle.name,
            cohort=data.cohort_name,
        ),
        get_cooperative(session),
        subject=tr("Le mandat, les membres et le travail d'un cercle", "circles_print"),
    )
