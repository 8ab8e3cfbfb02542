"""A small drawing of the first sheet: labels already used (grey, crossed), the ones this job
prints (green), and the free ones. Clicking a label makes it the first one to print.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.labels.templates import LabelTemplate
from app.ui.style import chars, colour, lines


class SheetMap(QWidget):
    skip_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sheet_map")
        self.setAccessibleName(
            self.tr("Première feuille : cliquez sur la première étiquette libre")
        )
        self.setToolTip(self.tr("Cliquez sur la première étiquette libre de la feuille."))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.template: LabelTemplate | None = None
        self.skip = 0
        self.count = 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(chars(21), lines(12))

    def show_sheet(self, template: LabelTemplate | None, skip: int, count: int) -> None:
        self.template, self.skip, self.count = template, skip, count
        self.update()

    def _scale(self) -> tuple[float, float, float]:
        t = self.template
        scale = min((self.width() - 4) / t.page_width_mm, (self.height() - 4) / t.page_height_mm)
        ox = (self.width() - t.page_width_mm * scale) / 2
        oy = (self.height() - t.page_height_mm * scale) / 2
        return scale, ox, oy

    def _cell(self, index: int) -> QRectF:
        t = self.template
        scale, ox, oy = self._scale()
        left, top = t.position_mm(index)
        return QRectF(
            ox + left * scale, oy + top * scale, t.label_width_mm * scale, t.label_height_mm * scale
        )

    def paintEvent(self, _event) -> None:  # noqa: N802
        if self.template is None:
            return
        t = self.template
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, ox, oy = self._scale()
        painter.setPen(QPen(colour("sheet_edge"), 1))
        painter.setBrush(colour("sheet_paper"))
        painter.drawRect(QRectF(ox, oy, t.page_width_mm * scale, t.page_height_mm * scale))
        for index in range(t.per_sheet):
            rect = self._cell(index)
            if index < self.skip:
                color = colour("sheet_used")
            elif index < self.skip + self.count:
                color = colour("sheet_printed")
            else:
                color = colour("sheet_free")
            painter.setBrush(color)
            painter.setPen(QPen(colour("sheet_line"), 0.8))
            painter.drawRect(rect)
            if index < self.skip:
                painter.drawLine(rect.topLeft(), rect.bottomRight())
                painter.drawLine(rect.topRight(), rect.bottomLeft())
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.template is None or event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        for index in range(self.template.per_sheet):
            if self._cell(index).contains(point):
                self.skip_chosen.emit(index)
                return
