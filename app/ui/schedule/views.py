"""The widgets inside the Schedule tab: the week grid, the attendance grid view, the hours page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import fill, joined, with_percent
from app.services.schedule.hours import Progress
from app.services.schedule.mornings import KIND_ICONS, MorningInfo, format_day
from app.ui.schedule.models import ISSUE_COLOR, hours_text, hours_with_unit
from app.ui.style import COLOURS, Role, colour, kind_background, lines, set_role, size_by_font


class WeekGrid(QTableWidget):
    """A column per day, one card per morning (colour and icon of its kind; red when too early)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.setObjectName("week_grid")
        self.setAccessibleName(QCoreApplication.translate("Schedule", "Semaine"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        set_role(self, Role.READING)
        self.days: list[dt.date] = []
        # Drag a morning onto another day to move it; `on_drop(morning_id, day)` does the move.
        self.on_drop: Callable[[int, dt.date], None] | None = None
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.horizontalHeader().sectionResized.connect(self._fit_rows_soon)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The table never moves the card itself: the service moves the morning, then a redraw."""
        source = self.currentItem()
        column = self.columnAt(int(event.position().x()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if source is None or not 0 <= column < len(self.days) or self.on_drop is None:
            return
        morning_id = source.data(Qt.ItemDataRole.UserRole)
        day = self.days[column]
        if morning_id is not None:
            QTimer.singleShot(0, lambda: self.on_drop(morning_id, day))

    def show_week(
        self, monday: dt.date, mornings: list[MorningInfo], issues: dict[int, list[str]]
    ) -> None:
        days = [monday + dt.timedelta(days=i) for i in range(5)]
        days += [
            d
            for d in (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            if any(m.date == d for m in mornings)
        ]
        self.days = days
        by_day = [[m for m in mornings if m.date == d] for d in days]
        self.clear()
        self.setColumnCount(len(days))
        self.setRowCount(max([1] + [len(items) for items in by_day]))
        self.setHorizontalHeaderLabels([format_day(d, "EEEE d/MM").capitalize() for d in days])
        for column, items in enumerate(by_day):
            for row, morning in enumerate(items):
                self.setItem(row, column, self._card(morning, issues.get(morning.id, [])))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its longest card at the columns' width (a long module name wraps
        to more lines in Arabic or in large mode), and never under six lines."""
        least = lines(8)
        for row in range(self.rowCount()):
            self.setRowHeight(row, max(least, self.sizeHintForRow(row)))

    def _fit_rows_soon(self, *_args) -> None:
        """The columns' width changed (a window resized, a new font): fit the rows once after
        (a timer of the grid's own: nothing waits for a grid deleted in the meantime)."""
        timer = getattr(self, "_fit_timer", None)
        if timer is not None:
            timer.start()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows_soon()

    def _card(self, morning: MorningInfo, issues: list[str]) -> QTableWidgetItem:
        lines = [f"{KIND_ICONS.get(morning.kind, '')} {morning.kind_label}", morning.time_range]
        if morning.subgroup_name:
            lines.append(morning.subgroup_name)
        if morning.module_name:
            lines.append(morning.module_name)
        if morning.place:
            lines.append(morning.place)
        if morning.status == "cancelled":
            lines.insert(0, QCoreApplication.translate("Schedule", "ANNULÉE"))
        if issues:
            lines.append(
                "⚠ " + QCoreApplication.translate("Schedule", "Trop tôt : voir le message en haut")
            )
        item = QTableWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, morning.id)
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        color = (
            COLOURS.cancelled_background
            if morning.status == "cancelled"
            else kind_background(morning.kind)
        )
        item.setBackground(QBrush(QColor(color)))
        if issues:
            item.setForeground(QBrush(QColor(ISSUE_COLOR)))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setToolTip("\n".join(issues))
        else:
            item.setToolTip(
                joined(morning.title, morning.facilitator_name)
                if morning.facilitator_name
                else morning.title
            )
        return item

    def morning_id_at(self, row: int, column: int) -> int | None:
        item = self.item(row, column)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_morning(self, morning_id: int) -> None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                if self.morning_id_at(row, column) == morning_id:
                    self.setCurrentCell(row, column)
                    return


class AttendanceView(QTableView):
    """The members × mornings grid: a click goes to the next status; P, R, E, A or Delete set it."""

    _REFIT: ClassVar[frozenset] = frozenset(
        {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange}
    )

    KEYS: ClassVar[dict[Qt.Key, str | None]] = {
        Qt.Key.Key_P: "present",
        Qt.Key.Key_R: "late",
        Qt.Key.Key_E: "excused",
        Qt.Key.Key_A: "absent",
        Qt.Key.Key_Delete: None,
        Qt.Key.Key_Backspace: None,
    }

    def __init__(self, on_key: Callable, parent=None):
        super().__init__(parent)
        self.setObjectName("attendance_grid")
        self.setAccessibleName(
            QCoreApplication.translate("Schedule", "Présences : membres et matinées")
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Each morning's column as wide as its date (a width fixed once let the dates run into
        # each other in large mode: "12/0913/09…"), set from the header and the fonts when the
        # grid or the font changes (`fit_columns`), not measured over every cell at each layout
        # as "resize to contents" does (60 mornings × 25 members asked for every role).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(40)
        header.installEventFilter(self)  # its font may change after the view's (large mode)
        self._on_key = on_key

    def setModel(self, model) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its header (a morning's date), or as its widest possible cell
        (a status letter, "—", the hours and the rate of the last two columns)."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        metrics = self.fontMetrics()
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        margins = 2 * (frame + 1) + (1 if self.showGrid() else 0)
        letters = max(metrics.horizontalAdvance(text) for text in ("P", "R", "E", "A", "—"))
        count = model.columnCount()
        totals = {
            count - 2: metrics.horizontalAdvance(hours_with_unit(Decimal("999.5"))),
            count - 1: metrics.horizontalAdvance(with_percent(Decimal(100))),
        }
        for column in range(count):
            cells = totals.get(column, letters) + margins
            header.resizeSection(column, max(cells, header.sectionSizeHint(column)))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in self._REFIT:
            self.fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.horizontalHeader() and event.type() in self._REFIT:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = Qt.Key(event.key())
        if key in self.KEYS and self.currentIndex().isValid():
            self._on_key(self.currentIndex(), self.KEYS[key])
            return
        super().keyPressEvent(event)


class ProgressPage(QWidget):
    """Progress bars (mornings, hours, theory, practice) and a chart of hours per kind."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("schedule_progress")
        self.bars: dict[str, QProgressBar] = {}
        form = QFormLayout()
        for key, label in (
            ("mornings", QCoreApplication.translate("Schedule", "Matinées faites")),
            ("hours", QCoreApplication.translate("Schedule", "Heures faites")),
            ("theory", QCoreApplication.translate("Schedule", "Théorie")),
            (
                "practice",
                QCoreApplication.translate("Schedule", "Pratique (cuisine, ventes, visites…)"),
            ),
        ):
            bar = QProgressBar()
            bar.setObjectName(f"progress_{key}")
            bar.setAccessibleName(label)
            size_by_font(bar, min_height=1.6)
            self.bars[key] = bar
            title = QLabel(label)
            title.setBuddy(bar)
            form.addRow(title, bar)
        self.planned_label = QLabel()
        self.planned_label.setWordWrap(True)
        self.chart_holder = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.planned_label)
        layout.addLayout(self.chart_holder, 1)
        self.chart_view = None
        self._progress: Progress | None = None
        self._chart_stale = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The chart (QtCharts, a heavy import) is drawn only when the page is first seen."""
        super().showEvent(event)
        if self._chart_stale and self._progress is not None:
            self._chart(self._progress)

    def show_progress(self, progress: Progress) -> None:
        def fill_bar(
            bar: QProgressBar,
            done: Decimal,
            planned: Decimal,
            target: Decimal,
            sentence: str,
            done_text: Callable[[Decimal], str] = hours_text,
        ) -> None:
            """`sentence` says {done} (written by `done_text`), {target} and {planned}."""
            bar.setMaximum(max(1, int(target)))
            bar.setValue(min(int(done), bar.maximum()))
            bar.setFormat(
                fill(
                    sentence,
                    done=done_text(done),
                    target=hours_text(target),
                    planned=hours_text(planned),
                )
            )

        def hours_sentence() -> str:
            return QCoreApplication.translate(
                "Schedule", "{done} faites sur {target} (prévues : {planned})"
            )

        fill_bar(
            self.bars["mornings"],
            Decimal(progress.mornings_done),
            Decimal(progress.mornings_planned),
            Decimal(progress.target_mornings),
            QCoreApplication.translate(
                "Schedule",
                "{done} matinée(s) faite(s) sur {target} (prévues : {planned})",
                None,
                progress.mornings_done,
            ),
        )
        fill_bar(
            self.bars["hours"],
            progress.hours_done,
            progress.hours_planned,
            progress.target_hours,
            hours_sentence(),
            hours_with_unit,
        )
        for group in progress.groups:
            fill_bar(
                self.bars[group.group],
                group.done,
                group.planned,
                group.target,
                hours_sentence(),
                hours_with_unit,
            )
        lines = []
        missing = progress.target_hours - progress.hours_planned
        if missing > 0:
            lines.append(
                fill(
                    QCoreApplication.translate("Schedule", "Il manque {n} au programme prévu."),
                    n=hours_with_unit(missing),
                )
            )
        for group in progress.groups:
            if group.target > group.planned:
                lines.append(
                    fill(
                        QCoreApplication.translate(
                            "Schedule", "{group} : il manque {n} au programme prévu."
                        ),
                        group=group.label,
                        n=hours_with_unit(group.target - group.planned),
                    )
                )
        self.planned_label.setText(
            "\n".join(lines)
            or QCoreApplication.translate("Schedule", "Le programme prévu atteint les objectifs.")
        )
        self._progress = progress
        self._chart_stale = True
        if self.isVisible():
            self._chart(progress)

    def _chart(self, progress: Progress) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QValueAxis,
        )
        from PySide6.QtGui import QPainter

        from app.ui.chart_direction import in_reading_order, value_axis_side

        planned = QBarSet(QCoreApplication.translate("Schedule", "Prévu"))
        done = QBarSet(QCoreApplication.translate("Schedule", "Fait"))
        planned.setColor(colour("chart_planned"))
        done.setColor(colour("chart_done"))
        # In Arabic the categories run from the right and the hours stand on the right.
        kinds = in_reading_order([k for k in progress.kinds if k.planned or k.done])
        for k in kinds:
            planned.append(float(k.planned))
            done.append(float(k.done))
        series = QBarSeries()
        series.append(planned)
        series.append(done)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(
            QCoreApplication.translate("Schedule", "Heures par type : prévues et faites")
        )
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{KIND_ICONS.get(k.kind, '')} {k.label}" for k in kinds])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        # The unit in the axis's title, in the reader's language ("Uren", "الساعات"), and plain
        # numbers beside the ticks: a unit glued in the printf format ("%d h") stays French in
        # every language, and a number with its unit would need the count's plural in Arabic.
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(QCoreApplication.translate("Schedule", "Heures"))
        axis_y.setRange(0, max([3.0] + [float(k.planned) for k in kinds]))
        chart.addAxis(axis_y, value_axis_side())
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart_stale = False
        if self.chart_view is None:
            self.chart_view = QChartView()
            self.chart_view.setObjectName("hours_chart")
            self.chart_view.setAccessibleName(
                QCoreApplication.translate("Schedule", "Graphique des heures")
            )
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            size_by_font(self.chart_view, min_height=15)
            self.chart_holder.addWidget(self.chart_view)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()


def bold(label: QLabel) -> QLabel:
    return set_role(label, Role.STRONG)
