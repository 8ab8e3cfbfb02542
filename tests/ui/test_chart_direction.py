"""Charts on screen read from the right in Arabic, as printed ones do: the Sales tab's revenue
chart puts its first sale day at the right and its euros on the right; in French, from the left."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.people.cohorts import get_cohort
from app.services.sales.summaries import cohort_summary
from tests.ui.test_sale_day_journeys import open_sales


def drawn_chart(tab):
    tab.pages.setCurrentWidget(tab.summary)
    tab.summary.refresh()
    chart = tab.summary.chart
    axis = chart.axes(Qt.Orientation.Vertical)[0]
    days = chart.axes(Qt.Orientation.Horizontal)[0].categories()
    values = [bars.at(i) for bars in chart.series()[0].barSets() for i in range(bars.count())]
    return axis.alignment(), days, values


def test_the_revenue_chart_reads_from_the_right_in_arabic(qtbot, qapp, demo_db):
    from app.ui.language import apply_language

    _window, tab = open_sales(qtbot, demo_db)
    with demo_db.session() as session:
        cohort = get_cohort(session, tab.ctx.cohort_id)
        first = cohort_summary(session, cohort.id).events[0].revenue_excl_cents / 100
    side, days, values = drawn_chart(tab)
    assert side == Qt.AlignmentFlag.AlignLeft and values[0] == first
    try:
        apply_language(qapp, "ar")
        side, ar_days, ar_values = drawn_chart(tab)
    finally:
        apply_language(qapp, "fr")
    assert side == Qt.AlignmentFlag.AlignRight
    assert ar_values == list(reversed(values)) and ar_values[-1] == first
    assert len(ar_days) == len(days)
