"""The Sales summary's chart of the revenue per sale day (QtCharts).

The summary page imports this module when it is built, not with its own module: the idle
preloading imports the tabs' modules (app/ui/preload.py), and QtCharts' library and bindings
(2.7 MB resident, bench/RESULTS.md) are then loaded only by a person who opens a page with a
chart. The texts are the page's (its translations)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from app.i18n import format_day_month
from app.services.sales.summaries import EventRow
from app.ui.chart_direction import in_reading_order, value_axis_side
from app.ui.style import size_by_font


def revenue_chart_view(title: str, accessible_name: str) -> QChartView:
    """An empty chart titled `title`, in its view."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    view = QChartView(chart)
    view.setObjectName("revenue_chart")
    view.setAccessibleName(accessible_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    size_by_font(view, min_height=13.8)
    return view


def show_revenue(view: QChartView, bars_label: str, events: Sequence[EventRow] | None) -> None:
    """A new chart with the same title in `view`: one bar per sale day of `events` (from the right
    in Arabic), its revenue excluding VAT in euros; an empty chart when `events` is None (no
    cohort chosen)."""
    old = view.chart()
    chart = QChart()
    chart.setTitle(old.title())
    chart.legend().hide()
    view.setChart(chart)
    old.deleteLater()
    if events is None:
        return
    shown = in_reading_order(list(events))
    bars = QBarSet(bars_label)
    for row in shown:
        bars.append(row.revenue_excl_cents / 100)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([format_day_month(row.date) for row in shown] or [""])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setMin(0)
    axis_y.setMax(max([r.revenue_excl_cents / 100 for r in events] + [10]) * 1.1)
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, value_axis_side())
    series.attachAxis(axis_y)
