"""A member's individual evaluation report (PDF) for herself and future employers: cohort and
dates, a bar chart of results by category (observed and self-assessment, in percent), strengths,
points to work on, adjectives her teammates chose, the coordinator's comment and signature line.
"""

from __future__ import annotations

from app.i18n import fill, format_date, listing, tr
from app.printing import palette
from app.printing.document import build_pdf, escape, styles, table
from app.printing.fonts import FONT, register_fonts
from app.services.evaluations.report import MemberReport


def category_chart(report: MemberReport, width: float, height: float):
    """Grouped bars per category: observed (median on the scale, in %) and self-assessment (%)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 190, 42
    chart.width, chart.height = width - 210, height - 50
    labels = [c.label for c in report.categories]
    chart.data = [
        [c.observed_percent or 0 for c in report.categories],
        [c.self_percent or 0 for c in report.categories],
    ]
    # The first category on top, as in the tables.
    chart.data = [list(reversed(series)) for series in chart.data]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.bars[0].fillColor = colors.HexColor(palette.OBSERVED)
    chart.bars[1].fillColor = colors.HexColor(palette.SELF_RATED)
    chart.barSpacing = 1
    chart.groupSpacing = 8
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 10, 12
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 230
    legend.colorNamePairs = [
        (colors.HexColor(palette.OBSERVED), tr("Observé (médiane des évaluatrices)", "evaluation")),
        (
            colors.HexColor(palette.SELF_RATED),
            tr("Auto-évaluation (« je l'ai déjà »)", "evaluation"),
        ),
    ]
    drawing.add(legend)
    drawing.add(String(0, 2, "", fontName=FONT, fontSize=1))
    return drawing


def _scale_text(report: MemberReport) -> str:
    return " · ".join(f"{i} = {label}" for i, label in enumerate(report.scale_labels, start=1))


def evaluation_report_pdf(report: MemberReport, cooperative=None) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from app.printing.bidi_paragraph import Paragraph

    s = styles()
    title = fill(tr("Bilan de compétences — {name}", "evaluation"), name=report.person_name)
    story: list = [
        Paragraph(escape(title), s.title),
        Paragraph(
            escape(
                fill(
                    tr("{cohort}, du {start} au {end}", "evaluation"),
                    cohort=report.cohort_name,
                    start=format_date(report.start_date),
                    end=format_date(report.end_date),
                )
            ),
            s.body,
        ),
    ]
    sources = []
    if report.grid_title:
        sources.append(fill(tr("Observation : {t}", "evaluation"), t=report.grid_title))
    if report.self_peer_title:
        sources.append(fill(tr("Auto-évaluation : {t}", "evaluation"), t=report.self_peer_title))
    if sources:
        story.append(Paragraph(escape(" · ".join(sources)), s.small))
    story.append(Paragraph(escape(tr("Résultats par catégorie", "evaluation")), s.heading))
    width = 174 * mm
    story.append(category_chart(report, width, 58 * mm))
    rows = [
        [
            tr("Catégorie", "evaluation"),
            fill(tr("Observé (sur {n})", "evaluation"), n=report.max_level),
            tr("Auto-évaluation", "evaluation"),
        ]
    ]
    for category in report.categories:
        observed = (
            "—"
            if category.observed_median is None
            else f"{category.observed_median:g}".replace(".", ",")
        )
        own = "—" if category.self_percent is None else f"{category.self_percent:.0f} %"
        rows.append([Paragraph(escape(category.label), s.cell), observed, own])
    story.append(table(rows, col_widths=[94 * mm, 40 * mm, 40 * mm], align_right_from=1))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(escape(tr("Échelle : ", "evaluation") + _scale_text(report)), s.small))

    def bullet_list(heading: str, items, empty: str) -> None:
        story.append(Paragraph(escape(heading), s.heading))
        if not items:
            story.append(Paragraph(escape(empty), s.body))
        for item in items:
            story.append(Paragraph("• " + escape(item), s.body))

    bullet_list(
        tr("Points forts", "evaluation"), report.strengths, tr("(à compléter)", "evaluation")
    )
    bullet_list(
        tr("Points à travailler", "evaluation"),
        report.to_work_on,
        tr("(à compléter)", "evaluation"),
    )
    story.append(
        Paragraph(escape(tr("Ce que ses collègues disent d'elle", "evaluation")), s.heading)
    )
    if report.peer_adjectives:
        words = listing(
            word if count == 1 else f"{word} (×{count})" for word, count in report.peer_adjectives
        )
        story.append(Paragraph(escape(words), s.body))
    else:
        story.append(Paragraph(escape(tr("(pas de réponse)", "evaluation")), s.body))
    closing: list = [
        Paragraph(escape(tr("Commentaire de la coordinatrice", "evaluation")), s.heading)
    ]
    for line in (report.comment or "").splitlines() or [""]:
        closing.append(Paragraph(escape(line) or "&nbsp;", s.body))
    closing += [
        Spacer(1, 10 * mm),
        Paragraph(
            escape(tr("Date et signature de la coordinatrice :", "evaluation"))
            + " ______________________________",
            s.body,
        ),
    ]
    story.append(KeepTogether(closing))
    return build_pdf(
        story,
        title,
        cooperative,
        subject=tr("Bilan de compétences d'une participante (confidentiel)", "evaluation"),
    )
