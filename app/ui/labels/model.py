"""The products table of the Labels tab: name, net quantity, an editable number of labels, state.

The rows come as names (`ProductListing`); the net quantity and the state (what the label lacks,
what to check) are computed by `complete` for the rows in sight, and the rows are shown a page at
a time as the table scrolls (each row is as tall as its state's text, so the view measures every
row it has)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate

from app.i18n import fill, list_separator
from app.services.labels.content import MAX_COUNT, ProductChoice, ProductListing
from app.ui.row_model import COMPLETED_TOGETHER, Column, RowModel

COUNT_COLUMN = 2
# rows shown at first, and added each time the table is scrolled to its end (or while its last row
# is in sight), and the rows completed in one unit of work (`completed_together`). The
# view measures every row it has, at each layout of the first show: a first page of 15 (then 30
# when the table is taller than 15 rows) is measured and painted about half as often as a first
# page of 30 (bench/RESULTS.md, "Sixth pass: labels").
PAGE_SIZE = COMPLETED_TOGETHER // 2


class ProductsModel(RowModel):
    """Rows are ProductChoice from the service; counts are kept by recipe id across refreshes."""

    def __init__(self, complete=None, parent=None):
        self._counts: dict[int, int] = {}
        t = QCoreApplication.translate
        super().__init__(
            [
                Column(t("LabelProducts", "Produit"), lambda p: p.name, tooltip=lambda p: p.name),
                Column(
                    t("LabelProducts", "Quantité nette"), lambda p: p.net_quantity, computed=True
                ),
                Column(t("LabelProducts", "Étiquettes"), self.count_of, right=True),
                Column(
                    t("LabelProducts", "État"),
                    _state,
                    warning=lambda p: bool(p.missing),
                    tooltip=lambda p: "\n".join(p.missing + p.warnings) or None,
                    computed=True,
                ),
            ],
            key=lambda p: p.recipe_id,
            complete=complete,
            # a page at a time: the first show completes the 15 rows it shows, not 30 (its
            # first show 197 → 145 ms of CPU on the scale database, "Seventh pass: Labels")
            completed_together=PAGE_SIZE,
            page_size=PAGE_SIZE if complete is not None else None,
            parent=parent,
        )

    def set_rows(self, rows: list[ProductListing]) -> None:
        ids = {row.recipe_id for row in rows}
        self._counts = {key: value for key, value in self._counts.items() if key in ids}
        super().set_rows(rows)

    def count(self, recipe_id: int) -> int:
        return self._counts.get(recipe_id, 0)

    def counts(self) -> dict[int, int]:
        """The number of labels typed for each product (by recipe), none saved."""
        return {recipe_id: count for recipe_id, count in self._counts.items() if count}

    def count_of(self, product: ProductChoice) -> int:
        return self.count(product.recipe_id)

    def set_count(self, recipe_id: int, count: int) -> None:
        row = self.row_of(recipe_id)
        if row >= 0:
            self.setData(self.index(row, COUNT_COLUMN), count, Qt.ItemDataRole.EditRole)

    def chosen(self) -> list[tuple[ProductListing, int]]:
        """Products with a number of labels, in table order."""
        return [
            (p, self._counts[p.recipe_id]) for p in self.rows() if self._counts.get(p.recipe_id)
        ]

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == COUNT_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != COUNT_COLUMN:
            return False
        product = self.row_at(index.row())
        try:
            count = int(value)
        except (TypeError, ValueError):
            return False
        if product is None or count < 0:
            return False
        self._counts[product.recipe_id] = count
        self.dataChanged.emit(index, index)
        return True


def _state(product: ProductChoice) -> str:
    t = QCoreApplication.translate
    if not product.missing and product.warnings:
        return fill(t("LabelProducts", "Prêt, à vérifier : {warning}"), warning=product.warnings[0])
    if not product.missing:
        return t("LabelProducts", "Prêt")
    return fill(
        t("LabelProducts", "Il manque : {missing}"),
        missing=list_separator(";").join(product.missing),
    )


class CountDelegate(QStyledItemDelegate):
    """A spin box from 0 to the most labels one product may have."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_COUNT)
        editor.setAccessibleName(QCoreApplication.translate("LabelProducts", "Nombre d'étiquettes"))
        return editor
