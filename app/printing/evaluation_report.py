"""A member's individual evaluation report (PDF) for herself and future employers: cohort and
dates, a bar chart of results by category (observed and self-assessment, in percent), strengths,
points to work on, adjectives her teammates chose, the coordinator's comment and signature line.
"""

from __future__ import annotations

from app.i18n import document_right_to_left, fill, format_date, listing, tr, with_percent
from app.printing import palette
from app.printing.charts import Margins, axis_number, bar_chart
from app.printing.document import build_pdf, escape, styles, table
from app.printing.fonts import FONT
from app.printing.shaping import visual_line
from app.services.evaluations.report import MemberReport


def category_chart(report: MemberReport, width: float, height: float):
    """Grouped bars per category: observed (median on the scale, in %) and self-assessment (%)."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    # The first category on top, as in the tables (a horizontal chart draws its first at the
    # bottom).
    drawing, chart = bar_chart(
        (width, height),
        [c.label for c in reversed(report.categories)],
        [
            [c.observed_percent or 0 for c in reversed(report.categories)],
            [c.self_percent or 0 for c in reversed(report.categories)],
        ],
        [palette.OBSERVED, palette.SELF_RATED],
        Margins(axis=190, far=20, bottom=42, top=8),
        horizontal=True,
        value_text=lambda value: with_percent(axis_number(value)),
        font_size=8,
    )
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.barSpacing = 1
    chart.groupSpacing = 8
    legend = Legend()
    legend.x, legend.y = 10, 12
    legend.fontName, legend.fontSize = FONT, 8
    # the swatch before its words in the reading direction: at their right in Arabic
    legend.alignment = "left" if document_right_to_left() else "right"
    legend.columnMaximum = 1
    legend.deltax = 230
    legend.colorNamePairs = [
        (
            colors.HexColor(palette.OBSERVED),
            visual_line(tr("Observé (médiane des évaluatrices)", "evaluation")),
        ),
        (
            colors.HexColor(palette.SELF_RATED),
            visual_line(tr("Auto-évaluation (« je l'ai déjà »)", "evaluation")),
        ),
    ]
    if document_right_to_left():  # the first entry at the right
        legend.colorNamePairs.reverse()
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
    story.append(Paragraph(escape(tr("Ce que disent les collègues", "evaluation")), s.heading))
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
