"""The version comparison's chart: the mean of each score question (out of 5), one group of bars
per version that has answers (QtCharts, from PySide6-Addons).

The tastings page imports this module when it is built, not with its own module, so that the idle
preloading of the tabs' modules (app/ui/preload.py) does not load QtCharts (2.7 MB resident)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter

from app.services.tastings.summary import Comparison
from app.ui.chart_direction import in_reading_order, value_axis_side
from app.ui.style import size_by_font


def chart_series(comparison: Comparison) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """(version names, [(question, mean per version)]) for the versions that have answers."""
    tasted = [r.summary for r in comparison.versions if r.summary.answers]
    names = [f"v{s.recipe.version}" for s in tasted]
    series = [(text, [s.means.get(key, 0.0) for s in tasted]) for key, text in comparison.scales]
    return names, series


def comparison_chart(comparison: Comparison) -> QChart:
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("Tastings", "Note moyenne sur 5, par version"))
    chart.setMargins(QMargins(4, 4, 4, 4))
    names, series_values = chart_series(comparison)
    series = QBarSeries()
    for label, values in series_values:
        bar_set = QBarSet(label)
        for value in in_reading_order(values):
            bar_set.append(value)
        series.append(bar_set)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(in_reading_order(names))
    values = QValueAxis()
    values.setRange(0, 5)
    values.setTickCount(6)
    values.setLabelFormat("%d")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, value_axis_side())
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ComparisonChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tasting_chart")
        self.setAccessibleName(
            QCoreApplication.translate("Tastings", "Graphique des notes par version")
        )
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        size_by_font(self, min_height=14)

    def show_comparison(self, comparison: Comparison) -> None:
        old = self.chart()
        self.setChart(comparison_chart(comparison))
        if old is not None:
            old.deleteLater()
