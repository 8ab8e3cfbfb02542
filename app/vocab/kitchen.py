"""The kitchen vocabularies: the kinds of cold appliances whose temperature is read each day."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class ApplianceKind(StrEnum):
    FRIDGE = "fridge"
    FREEZER = "freezer"


def appliance_kind_label(value: str) -> str:
    return {
        ApplianceKind.FRIDGE: tr("Frigo", "vocab_kitchen"),
        ApplianceKind.FREEZER: tr("Congélateur", "vocab_kitchen"),
    }.get(value, value)


class StockMovementKind(StrEnum):
    """What moved a stock: an ingredient bought, used in a batch; a product made; a count that
    corrects the stock to what is on the shelf; a loss thrown away (with its reason)."""

    BOUGHT = "bought"
    USED = "used"
    MADE = "made"
    COUNTED = "counted"
    WASTED = "wasted"


def stock_movement_kind_label(value: str) -> str:
    return {
        StockMovementKind.BOUGHT: tr("Achat", "vocab_kitchen"),
        StockMovementKind.USED: tr("Utilisé dans un lot", "vocab_kitchen"),
        StockMovementKind.MADE: tr("Fabriqué", "vocab_kitchen"),
        StockMovementKind.COUNTED: tr("Comptage", "vocab_kitchen"),
        StockMovementKind.WASTED: tr("Perte", "vocab_kitchen"),
    }.get(value, value)
