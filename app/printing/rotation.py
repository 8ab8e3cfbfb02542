"""The rotation calendar for the kitchen wall: who is delegate (and deputy) on each working day,
the turns per member, and the changes made since planning."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.i18n import before_after, fill, tr
from app.printing.document import build_pdf, escape, styles, table
from app.services.delegate import rotation
from app.services.people import cohorts, cooperative
from app.services.schedule.mornings import format_day


def day_label(date: dt.date) -> str:
    """ "lun. 12 sept. 2022" in the interface language (it printed French in every language)."""
    return format_day(date, "EEE d MMM y")


def rotation_pdf(session: Session, cohort_id: int, today: dt.date | None = None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    cohort = cohorts.get_cohort(session, cohort_id)
    info = rotation.get_rotation(session, cohort_id, today)
    changes = [c for c in rotation.list_changes(session, cohort_id) if c.kind != "plan"]
    s = styles()
    title = fill(tr("Déléguées du jour — {cohort}", "printing"), cohort=cohort.name)
    story = [
        Paragraph(escape(title), s.title),
        Paragraph(
            escape(
                tr(
                    "Chaque jour, une déléguée s'occupe de la journée ; l'adjointe l'aide et la "
                    "remplace si elle est absente. Un échange ? Notez-le dans l'application.",
                    "printing",
                )
            ),
            s.body,
        ),
        Spacer(1, 4 * mm),
    ]
    if not info.days:
        story.append(
            Paragraph(escape(tr("Le planning n'est pas encore fait.", "printing")), s.body)
        )
    else:
        rows = [
            [
                tr("Jour", "printing"),
                tr("Déléguée", "printing"),
                tr("Adjointe", "printing"),
                tr("Remarque", "printing"),
            ]
        ]
        for day in info.days:
            note = day.problem or (tr("Vente", "printing") if day.is_sale else "")
            rows.append(
                [
                    Paragraph(escape(day_label(day.date)), s.cell),
                    Paragraph(f"<b>{escape(day.delegate_name or '—')}</b>", s.cell_bold),
                    Paragraph(escape(day.deputy_name), s.cell),
                    Paragraph(escape(note), s.cell),
                ]
            )
        story.append(table(rows, col_widths=[38 * mm, 40 * mm, 34 * mm, 62 * mm]))
        story.append(Paragraph(escape(tr("Tours par personne", "printing")), s.heading))
        turns = [
            [
                tr("Membre", "printing"),
                tr("Déléguée", "printing"),
                tr("dont ventes", "printing"),
                tr("Adjointe", "printing"),
            ]
        ]
        for row in info.fairness:
            turns.append([row.name, str(row.turns), str(row.sale_turns), str(row.deputy_turns)])
        story.append(
            table(turns, col_widths=[60 * mm, 30 * mm, 30 * mm, 30 * mm], align_right_from=1)
        )
        story.append(
            Paragraph(
                escape(
                    fill(
                        tr("Écart entre le plus et le moins de tours : {n}.", "printing"),
                        n=info.spread,
                    )
                ),
                s.small,
            )
        )
    if changes:
        story.append(Paragraph(escape(tr("Changements", "printing")), s.heading))
        rows = [
            [
                tr("Jour", "printing"),
                tr("Quoi", "printing"),
                tr("Avant → après", "printing"),
                tr("Pourquoi", "printing"),
            ]
        ]
        for c in changes:
            rows.append(
                [
                    Paragraph(escape(day_label(c.date) if c.date else ""), s.cell),
                    Paragraph(escape(c.kind_label), s.cell),
                    Paragraph(
                        escape(before_after(c.before_name or "—", c.after_name or "—")), s.cell
                    ),
                    Paragraph(escape(c.reason), s.cell),
                ]
            )
        story.append(table(rows, col_widths=[38 * mm, 26 * mm, 50 * mm, 60 * mm]))
    return build_pdf(
        story,
        title,
        cooperative.get_cooperative(session),
        subject=tr("Qui est déléguée du jour, et quand", "printing"),
    )
