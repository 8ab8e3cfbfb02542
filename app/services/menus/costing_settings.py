"""The costing settings the coordinator may change: the three VAT rates and the target food cost.

A save writes only the settings she changed in the dialog (`seen` is what it showed) and is
refused when another window changed the same setting meanwhile, as every save of the app."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.errors import ValidationError
from app.services.settings import get_setting, set_setting
from app.services.units import format_decimal, parse_quantity
from app.services.versions import changed_fields


@dataclass(frozen=True)
class CostingSettings:
    vat_food_bp: int
    vat_catering_bp: int
    vat_standard_bp: int
    target_food_cost_percent: int

    @property
    def vat_rates(self) -> list[int]:
        return sorted({self.vat_food_bp, self.vat_catering_bp, self.vat_standard_bp, 0})


# field of CostingSettings → (stored setting, the form's field named in a refusal)
SETTINGS = {
    "vat_food_bp": ("vat.food_bp", "vat_food"),
    "vat_catering_bp": ("vat.catering_bp", "vat_catering"),
    "vat_standard_bp": ("vat.standard_bp", "vat_standard"),
    "target_food_cost_percent": ("costing.target_food_cost_percent", "target"),
}


def get_costing_settings(session: Session) -> CostingSettings:
    return CostingSettings(
        **{name: int(get_setting(session, key)) for name, (key, _field) in SETTINGS.items()}
    )


def target_food_cost_percent(session: Session) -> int:
    """The food cost aimed at, in % of the price without VAT (one setting read)."""
    return int(get_setting(session, "costing.target_food_cost_percent"))


def rate_text(bp: int) -> str:
    """A rate to edit, in the interface's digits: '6', '5,5', '21'."""
    return format_decimal(Decimal(bp) / 100, 2)


def parse_rate(text: str, field: str) -> int:
    """A VAT rate as typed ('6', '5,5', '21 %', '0') in basis points; `ValidationError` at
    `field` for anything else."""
    try:
        value = parse_quantity((text or "").strip().rstrip("%"), field, allow_zero=True)
    except ValidationError as error:
        raise ValidationError(
            field, tr("Écrivez un taux, par exemple 6 ou 12.", "settings")
        ) from error
    basis_points = value * 100
    if basis_points != basis_points.to_integral_value():
        raise ValidationError(
            field, tr("Un taux a au plus deux chiffres après la virgule.", "settings")
        )
    return int(basis_points)


def save_costing_settings(
    session: Session, data: CostingSettings, seen: CostingSettings | None = None
) -> CostingSettings:
    """Check every setting, then write those she changed (all of them without `seen`);
    `StaleError` when one she changed was changed meanwhile too (nothing written)."""
    for name in ("vat_food_bp", "vat_catering_bp", "vat_standard_bp"):
        value = getattr(data, name)
        if value is None or not 0 <= value <= 10000:
            raise ValidationError(
                SETTINGS[name][1], tr("Un taux de TVA va de 0 à 100 %.", "settings")
            )
    if not 1 <= data.target_food_cost_percent <= 99:
        raise ValidationError(
            "target", tr("L'objectif de coût matière va de 1 à 99 %.", "settings")
        )
    changed = changed_fields(
        data,
        seen,
        get_costing_settings(session),
        tr(
            "Ces réglages ont changé depuis que vous avez ouvert cette fenêtre : les champs "
            "montrent maintenant leurs nouvelles valeurs. Refaites vos changements, puis "
            "enregistrez.",
            "settings",
        ),
    )
    for name in changed:
        set_setting(session, SETTINGS[name][0], getattr(data, name))
    return get_costing_settings(session)
