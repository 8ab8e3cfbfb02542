"""The products table of the Labels tab: name, net quantity, an editable number of labels, state."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate

from app.services.labels.content import MAX_COUNT, ProductChoice

COUNT_COLUMN = 2


def _columns() -> list[str]:
    t = QCoreApplication.translate
    return [
        t("LabelProducts", "Produit"),
        t("LabelProducts", "Quantité nette"),
        t("LabelProducts", "Étiquettes"),
        t("LabelProducts", "État"),
    ]


class ProductsModel(QAbstractTableModel):
    """Rows are ProductChoice from the service; counts are kept by recipe id across refreshes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ProductChoice] = []
        self._counts: dict[int, int] = {}
        self._headers = _columns()

    def set_rows(self, rows: list[ProductChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        ids = {row.recipe_id for row in rows}
        self._counts = {key: value for key, value in self._counts.items() if key in ids}
        self.endResetModel()

    def product_at(self, row: int) -> ProductChoice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, recipe_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.recipe_id == recipe_id), -1)

    def count(self, recipe_id: int) -> int:
        return self._counts.get(recipe_id, 0)

    def set_count(self, recipe_id: int, count: int) -> None:
        row = self.row_of(recipe_id)
        if row >= 0:
            self.setData(self.index(row, COUNT_COLUMN), count, Qt.ItemDataRole.EditRole)

    def chosen(self) -> list[tuple[ProductChoice, int]]:
        """Products with a number of labels, in table order."""
        return [(p, self._counts[p.recipe_id]) for p in self._rows if self._counts.get(p.recipe_id)]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == COUNT_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        product = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return product.name
            if column == 1:
                return product.net_quantity
            if column == COUNT_COLUMN:
                return self._counts.get(product.recipe_id, 0)
            if column == 3:
                return self._state(product)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == 3
            and (product.missing or product.warnings)
        ):
            return "\n".join(product.missing + product.warnings)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and product.missing:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and product.warnings:
            return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return product.recipe_id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != COUNT_COLUMN:
            return False
        product = self.product_at(index.row())
        try:
            count = int(value)
        except (TypeError, ValueError):
            return False
        if product is None or count < 0:
            return False
        self._counts[product.recipe_id] = count
        self.dataChanged.emit(index, index)
        return True

    @staticmethod
    def _state(product: ProductChoice) -> str:
        t = QCoreApplication.translate
        if not product.missing and product.warnings:
            return t("LabelProducts", "Prêt, à vérifier : {warning}").format(
                warning=product.warnings[0]
            )
        if not product.missing:
            return t("LabelProducts", "Prêt")
        return t("LabelProducts", "Il manque : {missing}").format(
            missing="; ".join(product.missing)
        )


class CountDelegate(QStyledItemDelegate):
    """A spin box from 0 to the most labels one product may have."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_COUNT)
        editor.setAccessibleName(QCoreApplication.translate("LabelProducts", "Nombre d'étiquettes"))
        return editor
