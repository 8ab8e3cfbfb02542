"""An ingredient bought: which one, the day, how much (in its unit), from whom, the supplier's lot
and the date on the pack when it has them, and the price. A wrong field shows under it and nothing
is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLineEdit

from app.services.kitchen.purchases import PurchaseInput
from app.services.menus.ingredients import IngredientInfo
from app.ui.dialogs import FormDialog
from app.ui.widgets import combo_box, date_edit
from app.vocab.menus import DateKind, date_kind_label, unit_label


class PurchaseDialog(FormDialog):
    def __init__(self, save, ingredients: list[IngredientInfo], today: dt.date, parent=None):
        super().__init__(save, parent)
        self.setObjectName("purchase_dialog")
        self.setWindowTitle(self.tr("Achat d'ingrédient"))
        self.ingredient = combo_box((f"{i.name} ({unit_label(i.unit)})", i.id) for i in ingredients)
        self.date = date_edit(today)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("dans l'unité de l'ingrédient, par exemple 2,5"))
        self.supplier = QLineEdit()
        self.supplier.setPlaceholderText(self.tr("par exemple : Colruyt"))
        self.supplier_lot = QLineEdit()
        self.supplier_lot.setPlaceholderText(self.tr("le numéro de lot écrit sur l'emballage"))
        self.date_kind = combo_box(
            [(self.tr("Pas de date sur l'emballage"), None)]
            + [(date_kind_label(kind), kind.value) for kind in DateKind]
        )
        self.expires_on = date_edit(today)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("facultatif, par exemple 2,50"))
        form = self.add_rows(
            QFormLayout(),
            (
                ("ingredient", self.tr("Ingrédient *"), self.ingredient),
                ("date", self.tr("Jour de l'achat *"), self.date),
                ("quantity", self.tr("Quantité *"), self.quantity),
                ("supplier", self.tr("Fournisseur"), self.supplier),
                ("supplier_lot", self.tr("Lot du fournisseur"), self.supplier_lot),
                ("date_kind", self.tr("Date sur l'emballage"), self.date_kind),
                ("expires_on", self.tr("Date"), self.expires_on),
                ("price", self.tr("Prix payé (€)"), self.price),
            ),
        )
        self.lay_out(form)

    def typed(self) -> PurchaseInput:
        kind = self.date_kind.currentData()
        return PurchaseInput(
            self.ingredient.currentData(),
            self.date.date().toPython(),
            self.quantity.text(),
            self.supplier.text(),
            self.supplier_lot.text(),
            kind,
            self.expires_on.date().toPython() if kind else None,
            self.price.text(),
        )
