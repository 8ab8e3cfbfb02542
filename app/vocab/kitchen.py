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
