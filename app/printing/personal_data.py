"""The readable copy of everything the app holds about one person (right of access), as a PDF."""

from __future__ import annotations

from app.i18n import fill, format_datetime, tr
from app.printing.document import build_pdf, escape, styles, table
from app.services.safety.personal_data import PersonalData, field_label, readable_value


def personal_data_pdf(data: PersonalData, cooperative=None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    title = fill(tr("Données personnelles : {name}", "personal_data"), name=data.full_name)
    story = [
        Paragraph(escape(title), s.title),
        Paragraph(
            escape(
                fill(
                    tr(
                        "Tout ce que l'application Coopér'Actives garde sur cette personne, "
                        "le {date}. Rien d'autre n'est enregistré.",
                        "personal_data",
                    ),
                    date=format_datetime(data.exported_at),
                )
            ),
            s.body,
        ),
        Paragraph(escape(tr("Fiche", "personal_data")), s.heading),
    ]
    rows = [
        [
            Paragraph(escape(field_label(c)), s.cell_bold),
            Paragraph(escape(readable_value(c, v)), s.cell),
        ]
        for c, v in data.person.items()
    ]
    story.append(table(rows, col_widths=[45 * mm, 125 * mm], header=False))
    for link in data.linked:  # one section per kind; each row as "field: value" lines
        story.append(Paragraph(escape(f"{link.label} ({len(link.rows)})"), s.heading))
        for row in link.rows:
            lines = [
                [
                    Paragraph(escape(field_label(c)), s.cell_bold),
                    Paragraph(escape(readable_value(c, v, link.table)), s.cell),
                ]
                for c, v in row.items()
                if c != "id" and readable_value(c, v, link.table)
            ]
            if lines:
                story.append(table(lines, col_widths=[60 * mm, 190 * mm], header=False))
                story.append(Spacer(1, 2 * mm))
    story.append(Spacer(1, 6 * mm))
    return build_pdf(
        story,
        title,
        cooperative,
        landscape_page=True,
        subject=tr("Les données personnelles gardées sur une personne", "personal_data"),
    )
