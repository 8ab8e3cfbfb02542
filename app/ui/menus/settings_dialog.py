"""A small dialog for the costing settings: VAT rates (food, catering, standard) and the target
food cost in percent of the price without VAT."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox

from app.services.menus.costing_settings import CostingSettings, parse_rate, rate_text
from app.ui.dialogs import FormDialog


class CostingSettingsDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[CostingSettings], CostingSettings],
        current: CostingSettings,
        parent=None,
        reload: Callable[[], CostingSettings] | None = None,
    ):
        super().__init__(save, parent, reload)
        self.setObjectName("costing_settings_dialog")
        self.setWindowTitle(self.tr("TVA et objectif de marge"))
        self.vat_food = QLineEdit(rate_text(current.vat_food_bp))
        self.vat_catering = QLineEdit(rate_text(current.vat_catering_bp))
        self.vat_standard = QLineEdit(rate_text(current.vat_standard_bp))
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

    def refill(self, current: CostingSettings) -> None:
        """The settings as stored now, in place of what was typed (its save was refused)."""
        self.vat_food.setText(rate_text(current.vat_food_bp))
        self.vat_catering.setText(rate_text(current.vat_catering_bp))
        self.vat_standard.setText(rate_text(current.vat_standard_bp))
        self.target.setValue(current.target_food_cost_percent)

    def typed(self) -> CostingSettings:
        return CostingSettings(
            parse_rate(self.vat_food.text(), "vat_food"),
            parse_rate(self.vat_catering.text(), "vat_catering"),
            parse_rate(self.vat_standard.text(), "vat_standard"),
            self.target.value(),
        )
