"""Qt item models over the schedule services' data: the list of mornings and the attendance grid."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import (
    fill,
    format_date,
    format_day_month,
    joined,
    labelled,
    measure,
    with_percent,
)
from app.services.schedule.attendance import AttendanceGrid, MemberAttendance
from app.services.schedule.mornings import KIND_ICONS, MorningInfo
from app.ui.row_model import Column, RowModel
from app.ui.style import COLOURS, STATUS_BACKGROUNDS, kind_background
from app.vocab.schedule import attendance_status_label, morning_kind_label

ISSUE_COLOR = COLOURS.error
CANCELLED_COLOR = COLOURS.cancelled
STATUS_SHORT = {"present": "P", "late": "R", "excused": "E", "absent": "A"}
# The order a click goes through: nothing -> present -> late -> excused -> absent -> nothing.
STATUS_CYCLE = (None, "present", "late", "excused", "absent")


def hours_text(hours: Decimal) -> str:
    """Decimal("90.00") -> "90", Decimal("2.50") -> "2,5"."""
    text = f"{hours:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def hours_with_unit(hours: Decimal) -> str:
    """ "90 h", the number and its unit one isolated run (in Arabic: not "h 90")."""
    return measure(QCoreApplication.translate("Schedule", "{hours} h"), hours=hours_text(hours))


class MorningsModel(RowModel):
    """One row per morning; rows with a prerequisite problem are red, the reason in the tooltip."""

    def __init__(self, parent=None):
        self._issues: dict[int, list[str]] = {}
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("Schedule", "Date"), lambda m: format_date(m.date)
                ),
                Column(QCoreApplication.translate("Schedule", "Heures"), lambda m: m.time_range),
                Column(
                    QCoreApplication.translate("Schedule", "Type"),
                    lambda m: f"{KIND_ICONS.get(m.kind, '')} {m.kind_label}",
                    background=lambda m: kind_background(m.kind),
                ),
                Column(QCoreApplication.translate("Schedule", "Module"), lambda m: m.module_name),
                Column(
                    QCoreApplication.translate("Schedule", "Animé par"),
                    lambda m: m.facilitator_name,
                ),
                Column(QCoreApplication.translate("Schedule", "Lieu"), lambda m: m.place),
                Column(
                    QCoreApplication.translate("Schedule", "État"),
                    lambda m: ("⚠ " if self._issues.get(m.id) else "") + m.status_label,
                ),
            ],
            row_color=self._color,
            row_tooltip=lambda m: "\n".join(self._issues.get(m.id, [])) or None,
            parent=parent,
        )

    def set_rows(self, rows: list[MorningInfo], issues: dict[int, list[str]]) -> None:
        self._issues = dict(issues)
        super().set_rows(rows)

    def _color(self, morning: MorningInfo) -> str | None:
        if self._issues.get(morning.id):
            return ISSUE_COLOR
        return CANCELLED_COLOR if morning.status == "cancelled" else None


class AttendanceModel(QAbstractTableModel):
    """Members (rows) × mornings (columns), then hours attended and the attendance rate.

    Each cell's text and status are worked out once per grid, in one pass (`set_grid`), and its
    background brush once per status: the view asks a painted cell for several roles at every
    paint. Tooltips, asked on hover only, are built when asked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = AttendanceGrid([], [])
        self._summaries: dict[int, MemberAttendance] = {}
        self._rows: list[list[tuple[str, str | None]]] = []  # per member: (text, status)
        self._brushes = {status: QBrush(QColor(c)) for status, c in STATUS_BACKGROUNDS.items()}
        self._follow_up = QBrush(QColor(COLOURS.follow_up_background))

    def set_grid(self, grid: AttendanceGrid, summaries: list[MemberAttendance]) -> None:
        self.beginResetModel()
        self.grid = grid
        self._summaries = {s.person_id: s for s in summaries}
        self._rows = [self._row_cells(member) for member in grid.members]
        self.endResetModel()

    def _row_cells(self, member) -> list[tuple[str, str | None]]:
        grid = self.grid
        cells = []
        for morning in grid.mornings:
            status = grid.status(morning.id, member.id)
            expected = grid.expected(morning, member)
            cells.append((STATUS_SHORT.get(status, "" if expected else "—"), status))
        summary = self._summaries.get(member.id)
        if summary is None:
            cells += [("", None), ("", None)]
        else:
            rate = "" if summary.rate is None else with_percent(summary.rate)
            cells += [(hours_with_unit(summary.hours_total), None), (rate, None)]
        return cells

    def cell(self, index) -> tuple[int, int] | None:
        """(morning_id, person_id) of a status cell, None for the totals."""
        if not index.isValid() or index.column() >= len(self.grid.mornings):
            return None
        return self.grid.mornings[index.column()].id, self.grid.members[index.row()].id

    def column_of(self, morning_id: int) -> int:
        return next((i for i, m in enumerate(self.grid.mornings) if m.id == morning_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.grid.members)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.grid.mornings) + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        mornings = self.grid.mornings
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.grid.members):
                return self.grid.members[section].name
            return None
        if not 0 <= section < len(mornings) + 2:
            return None
        if section >= len(mornings):
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("Schedule", "Heures")
                    if section == len(mornings)
                    else QCoreApplication.translate("Schedule", "Taux")
                )
            return None
        morning = mornings[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_day_month(morning.date)}\n{KIND_ICONS.get(morning.kind, '')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return joined(format_date(morning.date), morning.title)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= column < len(self._rows[row]):
            return None  # also an invalid index (-1, -1)
        text, status = self._rows[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        totals = column >= len(self.grid.mornings)
        if role == Qt.ItemDataRole.BackgroundRole:
            if totals:
                summary = self._summaries.get(self.grid.members[row].id)
                return self._follow_up if summary and summary.needs_follow_up else None
            return self._brushes.get(status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if totals else int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return None if totals else status
        if role == Qt.ItemDataRole.ToolTipRole or (
            role == Qt.ItemDataRole.AccessibleTextRole and not totals
        ):
            return self._tooltip(row, column, status)
        return None

    def _tooltip(self, row: int, column: int, status: str | None) -> str | None:
        member = self.grid.members[row]
        mornings = self.grid.mornings
        if column < len(mornings):
            status_text = attendance_status_label(status) or QCoreApplication.translate(
                "Schedule", "rien de noté"
            )
            return f"{member.name}, {format_day_month(mornings[column].date)} : {status_text}"
        summary = self._summaries.get(member.id)
        if summary is None:
            return None
        lines = [
            labelled(morning_kind_label(kind), hours_with_unit(hours))
            for kind, hours in summary.hours_by_kind.items()
            if hours
        ]
        if summary.needs_follow_up:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "Schedule",
                        "{n} matinées manquées de suite : prenez de ses nouvelles.",
                    ),
                    n=summary.missed_in_a_row,
                )
            )
        return "\n".join(lines) or None
