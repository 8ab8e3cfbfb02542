"""The programme report PDF for management and funders: its scope (cohorts and dates), the tables
of `programme.report_tables` (participants, hours against targets, attendance, modules, visits,
sales by format, evaluations in aggregate) and two charts (hours planned and done per kind of
morning; revenue per sales format). No member is named.
"""

from __future__ import annotations

from app.i18n import fill, listing, tr
from app.printing import palette
from app.printing.charts import Margins, bar_chart
from app.printing.document import PORTRAIT_WIDTH_MM, build_pdf, escape, styles, table
from app.services.money import format_amount
from app.services.programme.report import ProgrammeReport
from app.services.programme.report_tables import Numbers, report_sections
from app.services.schedule.mornings import format_day
from app.services.units import hours_with_unit
from app.vocab.sales import sale_format_label

PDF_NUMBERS = Numbers(hours=hours_with_unit, money=format_amount)
CHART_HEIGHT = 150


def report_title(report: ProgrammeReport) -> str:
    if len(report.cohorts) == 1:
        return fill(
            tr("Rapport du programme — {cohort}", "programme"), cohort=report.cohorts[0].name
        )
    return fill(
        tr("Rapport du programme — du {start} au {end}", "programme"),
        start=format_day(report.start, "d MMMM y"),
        end=format_day(report.end, "d MMMM y"),
    )


def _bar_chart(names: list[str], series: list[list[float]], colours: list[str], unit: str):
    """Columns of `series` per name across the page, `unit` the value axis' title."""
    from reportlab.lib.units import mm

    drawing, _chart = bar_chart(
        (PORTRAIT_WIDTH_MM * mm, CHART_HEIGHT),
        names,
        series,
        colours,
        Margins(axis=50, far=10, bottom=40, top=14),
        value_title=unit,
        slant=30,
    )
    return drawing


def hours_chart(report: ProgrammeReport):
    """Grey bars: hours planned; green bars: hours done; one pair per kind of morning."""
    return _bar_chart(
        [line.label for line in report.kinds],
        [
            [float(line.planned) for line in report.kinds],
            [float(line.done) for line in report.kinds],
        ],
        [palette.HOURS_PLANNED, palette.HOURS_DONE],
        tr("Heures", "charts"),
    )


def sales_chart(report: ProgrammeReport):
    """The revenue excl. VAT of each sales format, in euros."""
    return _bar_chart(
        [sale_format_label(line.format) for line in report.formats],
        [[line.revenue_excl_cents / 100 for line in report.formats]],
        [palette.REVENUE],
        tr("Euros", "charts"),
    )


def programme_report_pdf(report: ProgrammeReport, cooperative=None) -> bytes:
    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    title = report_title(report)
    names = listing(cohort.name for cohort in report.cohorts)
    story = [
        Paragraph(escape(tr("Rapport du programme", "programme")), s.title),
        Paragraph(
            escape(
                fill(
                    tr("{cohorts}, du {start} au {end}", "programme"),
                    cohorts=names,
                    start=format_day(report.start, "d MMMM y"),
                    end=format_day(report.end, "d MMMM y"),
                )
            ),
            s.body,
        ),
    ]
    for section in report_sections(report, PDF_NUMBERS):
        story.append(Paragraph(escape(section.title), s.heading))
        if section.rows:
            story.append(table([section.header, *section.rows], align_right_from=1))
        if section.note:
            story.append(Paragraph(escape(section.note), s.small))
        if section.key == "hours" and report.kinds:
            story += [
                hours_chart(report),
                Paragraph(
                    escape(tr("En gris : heures prévues ; en vert : heures faites.", "programme")),
                    s.small,
                ),
            ]
        if section.key == "sales" and report.formats:
            story.append(sales_chart(report))
    return build_pdf(
        story,
        title,
        cooperative,
        subject=tr(
            "Rapport pour la direction et les bailleurs : participantes, heures, ventes, "
            "évaluations",
            "programme",
        ),
    )
