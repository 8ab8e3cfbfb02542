"""The nutrition declaration of a product (art. 30 of regulation 1169/2011), per 100 g.

Each ingredient's values per 100 g are typed once from its pack's label (app.models.menus
IngredientNutrition). The product's values are the sum of each ingredient's share, divided by the
finished weight (after the cooking loss or the water absorbed, as for QUID): what cooking
evaporates is water, so the nutrients stay and are concentrated.

Rounding follows the European Commission's guidance document on tolerances (December 2012):
energy to the whole kJ and kcal; fat, carbohydrate, sugars, protein to the gram from 10 g, to
0.1 g below, "< 0,5 g" under 0.5 g; saturates to the gram from 10 g, to 0.1 g below, "< 0,1 g"
under 0.1 g; salt to 0.1 g from 1 g, to 0.01 g below, "< 0,01 g" under 0.0125 g.

Whether a label carries it: not when the recipe relies on the artisan exemption (Annex V point
19) and makes no claim; required when the product's name or story makes a nutrition or health
claim (Regulation 1924/2006, art. 7); otherwise printed when the label has room.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.i18n import doc_tr, fill

# (key, the model's column) in the order of Annex XV
NUTRIENTS = (
    "energy_kj",
    "energy_kcal",
    "fat",
    "saturates",
    "carbohydrate",
    "sugars",
    "protein",
    "salt",
)


@dataclass(frozen=True)
class NutritionValues:
    """Per 100 g, exact (not rounded)."""

    energy_kj: Decimal
    energy_kcal: Decimal
    fat: Decimal
    saturates: Decimal
    carbohydrate: Decimal
    sugars: Decimal
    protein: Decimal
    salt: Decimal


ZERO = NutritionValues(*(Decimal(0) for _ in NUTRIENTS))


def _decimal_text(value: Decimal, places: int) -> str:
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:f}".replace(".", ",")


def rounded_energy(value: Decimal) -> str:
    return _decimal_text(value, 0)


def rounded_grams(value: Decimal) -> str:
    """Fat, carbohydrate, sugars, protein (and fibre)."""
    if value >= 10:
        return _decimal_text(value, 0) + " g"
    if value < Decimal("0.5"):
        return "< 0,5 g"
    return _decimal_text(value, 1) + " g"


def rounded_saturates(value: Decimal) -> str:
    if value >= 10:
        return _decimal_text(value, 0) + " g"
    if value < Decimal("0.1"):
        return "< 0,1 g"
    return _decimal_text(value, 1) + " g"


def rounded_salt(value: Decimal) -> str:
    if value >= 1:
        return _decimal_text(value, 1) + " g"
    if value < Decimal("0.0125"):
        return "< 0,01 g"
    return _decimal_text(value, 2) + " g"


def per_100_g(parts: list[tuple[Decimal, NutritionValues]], finished_g: Decimal) -> NutritionValues:
    """The finished product's values per 100 g from (grams used, the ingredient's values per
    100 g) of a batch that weighs `finished_g` once made."""
    if finished_g <= 0:
        return ZERO
    totals = [
        sum((grams * getattr(values, key) / 100 for grams, values in parts), Decimal(0))
        for key in NUTRIENTS
    ]
    return NutritionValues(*(total * 100 / finished_g for total in totals))


def declaration_text(values: NutritionValues) -> str:
    """The declaration in the linear form art. 34(2) allows on a small label."""
    return fill(
        doc_tr(
            "Valeurs nutritionnelles pour 100 g : énergie {kj} kJ / {kcal} kcal ; matières grasses "
            "{fat}, dont acides gras saturés {saturates} ; glucides {carbohydrate}, dont sucres "
            "{sugars} ; protéines {protein} ; sel {salt}.",
            "labels",
        ),
        kj=rounded_energy(values.energy_kj),
        kcal=rounded_energy(values.energy_kcal),
        fat=rounded_grams(values.fat),
        saturates=rounded_saturates(values.saturates),
        carbohydrate=rounded_grams(values.carbohydrate),
        sugars=rounded_grams(values.sugars),
        protein=rounded_grams(values.protein),
        salt=rounded_salt(values.salt),
    )
