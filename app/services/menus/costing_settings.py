"""The costing settings the coordinator may change: the three VAT rates and the target food cost."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.errors import ValidationError
from app.services.settings import get_setting, set_setting


@dataclass(frozen=True)
class CostingSettings:
    vat_food_bp: int
    vat_catering_bp: int
    vat_standard_bp: int
    target_food_cost_percent: int

    @property
    def vat_rates(self) -> list[int]:
        return sorted({self.vat_food_bp, self.vat_catering_bp, self.vat_standard_bp, 0})


def get_costing_settings(session: Session) -> CostingSettings:
    return CostingSettings(
        int(get_setting(session, "vat.food_bp")),
        int(get_setting(session, "vat.catering_bp")),
        int(get_setting(session, "vat.standard_bp")),
        target_food_cost_percent(session),
    )


def target_food_cost_percent(session: Session) -> int:
    """The food cost aimed at, in % of the price without VAT (one setting read)."""
    return int(get_setting(session, "costing.target_food_cost_percent"))


def save_costing_settings(session: Session, data: CostingSettings) -> CostingSettings:
    for field, value in (
        ("vat_food", data.vat_food_bp),
        ("vat_catering", data.vat_catering_bp),
        ("vat_standard", data.vat_standard_bp),
    ):
        if value is None or not 0 <= value <= 10000:
            raise ValidationError(field, tr("Un taux de TVA va de 0 à 100 %.", "settings"))
    if not 1 <= data.target_food_cost_percent <= 99:
        raise ValidationError(
            "target", tr("L'objectif de coût matière va de 1 à 99 %.", "settings")
        )
    set_setting(session, "vat.food_bp", data.vat_food_bp)
    set_setting(session, "vat.catering_bp", data.vat_catering_bp)
    set_setting(session, "vat.standard_bp", data.vat_standard_bp)
    set_setting(session, "costing.target_food_cost_percent", data.target_food_cost_percent)
    return get_costing_settings(session)
