"""Counting the stock ("Compter le stock…" in the Stock window): every lot on hand, products by
batch and ingredients by purchased lot, with what the records say; the person types what she
counts on the shelf ("2,5") beside the lots she counted, and the reason. Saving writes one
correction per lot whose count differs, all or nothing; a count refused shows under its line."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from app.i18n import fill
from app.services.kitchen.stock import IngredientLot
from app.services.kitchen.stock_changes import LotCount
from app.services.kitchen.stock_rules import ProductLot
from app.services.units import format_decimal, quantity_with_unit
from app.ui.dialogs import FormDialog
from app.ui.style import Role, set_role


@dataclass(frozen=True)
class CountTyped:
    counts: tuple[LotCount, ...]
    reason: str


class CountDialog(FormDialog):
    def __init__(
        self, save, products: list[ProductLot], ingredients: list[IngredientLot], parent=None
    ):
        super().__init__(save, parent)
        self.setObjectName("count_dialog")
        self.setWindowTitle(self.tr("Compter le stock"))
        hint = QLabel(
            self.tr(
                "Comptez ce qui est sur l'étagère et écrivez-le à côté du lot (par exemple 2,5). "
                "Laissez vide un lot que vous n'avez pas compté."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("par exemple : comptage du vendredi"))
        reason_form = self.add_rows(
            QFormLayout(), (("reason", self.tr("Raison du comptage *"), self.reason),)
        )
        self.lines: list[tuple[LotCount, QLineEdit]] = []
        product_rows = [
            self._row(
                LotCount("", batch_id=lot.batch_id),
                fill(
                    self.tr("{product} — lot {lot} (selon les fiches : {left})"),
                    product=lot.product,
                    lot=lot.lot,
                    left=format_decimal(lot.on_hand, 0),
                ),
            )
            for lot in products
        ]
        ingredient_rows = [
            self._row(
                LotCount("", purchase_id=lot.purchase_id),
                fill(
                    self.tr("{ingredient} — lot {lot} (selon les fiches : {left})"),
                    ingredient=lot.ingredient,
                    lot=lot.lot,
                    left=quantity_with_unit(lot.on_hand, lot.unit),
                ),
            )
            for lot in ingredients
        ]
        parts = [hint, self.errors.add("counts", hint), reason_form]
        if product_rows:
            parts += [
                self._heading(self.tr("Produits")),
                self.add_rows(QFormLayout(), product_rows),
            ]
        if ingredient_rows:
            parts += [
                self._heading(self.tr("Ingrédients")),
                self.add_rows(QFormLayout(), ingredient_rows),
            ]
        if not self.lines:
            empty = QLabel(self.tr("Rien en stock à compter."))
            set_role(empty, Role.HINT)
            parts.append(empty)
        self.lay_out(*parts)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        set_role(label, Role.SUBTITLE)
        return label

    def _row(self, count: LotCount, label: str):
        field = QLineEdit()
        field.setPlaceholderText(self.tr("compté"))
        self.lines.append((count, field))
        return (count.field, label, field)

    def typed(self) -> CountTyped:
        return CountTyped(
            tuple(
                LotCount(field.text(), count.purchase_id, count.batch_id)
                for count, field in self.lines
            ),
            self.reason.text(),
        )
