"""A small dialog for the costing settings: VAT rates (food, catering, standard) and the target
food cost in percent of the price without VAT."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox

from app.services.errors import ValidationError
from app.services.menus.costing_settings import CostingSettings
from app.ui.dialogs import FormDialog


def _rate_text(bp: int) -> str:
    return f"{bp / 100:g}".replace(".", ",")


class CostingSettingsDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[CostingSettings], CostingSettings],
        current: CostingSettings,
        parent=None,
    ):
        super().__init__(save, parent)
        self.setObjectName("costing_settings_dialog")
        self.setWindowTitle(self.tr("TVA et objectif de marge"))
        self.vat_food = QLineEdit(_rate_text(current.vat_food_bp))
        self.vat_catering = QLineEdit(_rate_text(current.vat_catering_bp))
        self.vat_standard = QLineEdit(_rate_text(current.vat_standard_bp))
        self.target = QSpinBox()
        self.target.setRange(1, 99)
        self.target.setSuffix(" %")
        self.target.setValue(current.target_food_cost_percent)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("vat_food", self.tr("TVA alimentation (%)"), self.vat_food),
                ("vat_catering", self.tr("TVA traiteur et service (%)"), self.vat_catering),
                ("vat_standard", self.tr("TVA taux normal (%)"), self.vat_standard),
                ("target", self.tr("Coût matière visé"), self.target),
            ),
        )
        hint = QLabel(
            self.tr(
                "Coût matière visé : la part du prix hors TVA que coûtent les ingrédients et "
                "l'emballage. 30 % veut dire une marge de 70 %."
            )
        )
        hint.setWordWrap(True)
        self.lay_out(form, hint)

    def _bp(self, widget: QLineEdit, field: str) -> int:
        try:
            value = Decimal(widget.text().strip().replace(",", ".").rstrip("%").strip())
        except InvalidOperation as error:
            raise ValidationError(
                field, self.tr("Écrivez un taux, par exemple 6 ou 12.")
            ) from error
        return int(value * 100)

    def typed(self) -> CostingSettings:
        return CostingSettings(
            self._bp(self.vat_food, "vat_food"),
            self._bp(self.vat_catering, "vat_catering"),
            self._bp(self.vat_standard, "vat_standard"),
            self.target.value(),
        )
