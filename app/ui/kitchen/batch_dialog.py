"""A production batch: the product (its newest version), the day, the units made, the lot printed
on the labels (L + the day when left empty), and how much of each purchased lot on hand went
into it. Using more of a lot than is left is refused under the lots, naming the lot."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from app.i18n import fill
from app.services.kitchen.batches import BatchInput, UseInput
from app.services.kitchen.stock import IngredientLot
from app.services.labels.content import default_lot
from app.services.sales.events import RecipeChoice
from app.services.units import quantity_with_unit
from app.ui.dialogs import FormDialog
from app.ui.style import Role, set_role
from app.ui.widgets import combo_box, date_edit


class BatchDialog(FormDialog):
    def __init__(
        self,
        save,
        products: list[RecipeChoice],
        lots: list[IngredientLot],
        today: dt.date,
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("batch_dialog")
        self.setWindowTitle(self.tr("Lot fabriqué"))
        self.product = combo_box((p.name, p.id) for p in products)
        self.date = date_edit(today)
        self.date.dateChanged.connect(self._lot_hint)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("nombre d'unités, par exemple 20"))
        self.lot = QLineEdit()
        form = self.add_rows(
            QFormLayout(),
            (
                ("recipe", self.tr("Produit *"), self.product),
                ("date", self.tr("Jour de fabrication *"), self.date),
                ("quantity", self.tr("Unités faites *"), self.quantity),
                ("lot", self.tr("Lot (sur les étiquettes)"), self.lot),
            ),
        )
        self._lot_hint()
        hint = QLabel(
            self.tr(
                "Ingrédients achetés utilisés : écrivez la quantité prise dans chaque lot "
                "(dans l'unité de l'ingrédient), laissez vide les autres."
            )
        )
        hint.setWordWrap(True)
        set_role(hint, Role.HINT)
        self.uses: list[tuple[int, QLineEdit]] = []
        rows = []
        for lot in lots:
            field = QLineEdit()
            label = fill(
                self.tr("{ingredient} — lot {lot} (reste {left})"),
                ingredient=lot.ingredient,
                lot=lot.lot,
                left=quantity_with_unit(lot.on_hand, lot.unit),
            )
            self.uses.append((lot.purchase_id, field))
            rows.append((f"use_{lot.purchase_id}", label, field))
        uses_form = self.add_rows(QFormLayout(), rows)
        uses_error = self.errors.add("uses", hint)
        self.lay_out(form, hint, uses_error, uses_form)

    def _lot_hint(self, *_args) -> None:
        self.lot.setPlaceholderText(
            fill(self.tr("vide : {lot}"), lot=default_lot(self.date.date().toPython()))
        )

    def typed(self) -> BatchInput:
        return BatchInput(
            self.product.currentData(),
            self.date.date().toPython(),
            self.quantity.text(),
            self.lot.text(),
            tuple(
                UseInput(purchase_id, field.text())
                for purchase_id, field in self.uses
                if field.text().strip()
            ),
        )
