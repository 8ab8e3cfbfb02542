"""The menus vocabularies: units of quantity, the date wording of a label, how a recipe's yield is
counted, the 14 allergens, and an order's status and fulfilment.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class Unit(StrEnum):
    """A unit of quantity (an ingredient's purchase unit, a recipe line's unit)."""

    G = "g"
    KG = "kg"
    ML = "ml"
    L = "l"
    PIECE = "piece"


def unit_label(value: str) -> str:
    """The name of a unit for people ("pièces" for pieces); with a quantity, use
    `app.services.units.quantity_with_unit` ("1 pièce", "6 pièces")."""
    return {
        Unit.G: tr("g", "vocab_menus"),
        Unit.KG: tr("kg", "vocab_menus"),
        Unit.ML: tr("ml", "vocab_menus"),
        Unit.L: tr("l", "vocab_menus"),
        Unit.PIECE: tr("pièces", "vocab_menus"),
    }.get(value, value)


# The units a product's net quantity is given in (a label says "250 g", "330 ml" or "6 pièces").
NET_UNITS = (Unit.G, Unit.ML, Unit.PIECE)


class YieldKind(StrEnum):
    """What a recipe's batch yields: units (balls, bottles) or portions."""

    UNITS = "units"
    PORTIONS = "portions"


def yield_kind_label(value: str) -> str:
    return {
        YieldKind.UNITS: tr("unités", "vocab_menus"),
        YieldKind.PORTIONS: tr("portions", "vocab_menus"),
    }.get(value, value)


class DateKind(StrEnum):
    """The date on a label: best before (quality) or use by (safety)."""

    BEST_BEFORE = "best_before"
    USE_BY = "use_by"


def date_kind_label(value: str) -> str:
    return {
        DateKind.BEST_BEFORE: tr("À consommer de préférence avant", "vocab_menus"),
        DateKind.USE_BY: tr("À consommer jusqu'au", "vocab_menus"),
    }.get(value, value)


class Emphasis(StrEnum):
    """Whether a recipe line's ingredient is emphasised by the product's name (QUID, art. 22):
    not decided yet (the app suggests it from the name), confirmed, or refused by a person."""

    AUTO = "auto"
    YES = "yes"
    NO = "no"


def emphasis_label(value: str) -> str:
    return {
        Emphasis.AUTO: tr("suggéré par le nom, à confirmer", "vocab_menus"),
        Emphasis.YES: tr("mis en avant (pourcentage imprimé)", "vocab_menus"),
        Emphasis.NO: tr("pas mis en avant", "vocab_menus"),
    }.get(value, value)


class Allergen(StrEnum):
    """The 14 allergens of EU regulation 1169/2011, in the order of annex II."""

    GLUTEN = "gluten"
    CRUSTACEANS = "crustaceans"
    EGGS = "eggs"
    FISH = "fish"
    PEANUTS = "peanuts"
    SOY = "soy"
    MILK = "milk"
    NUTS = "nuts"
    CELERY = "celery"
    MUSTARD = "mustard"
    SESAME = "sesame"
    SULPHITES = "sulphites"
    LUPIN = "lupin"
    MOLLUSCS = "molluscs"


def allergen_label(value: str) -> str:
    """The allergen's official name (annex II) in the interface language."""
    return {
        Allergen.GLUTEN: tr("Céréales contenant du gluten", "vocab_menus"),
        Allergen.CRUSTACEANS: tr("Crustacés", "vocab_menus"),
        Allergen.EGGS: tr("Œufs", "vocab_menus"),
        Allergen.FISH: tr("Poissons", "vocab_menus"),
        Allergen.PEANUTS: tr("Arachides", "vocab_menus"),
        Allergen.SOY: tr("Soja", "vocab_menus"),
        Allergen.MILK: tr("Lait", "vocab_menus"),
        Allergen.NUTS: tr("Fruits à coque", "vocab_menus"),
        Allergen.CELERY: tr("Céleri", "vocab_menus"),
        Allergen.MUSTARD: tr("Moutarde", "vocab_menus"),
        Allergen.SESAME: tr("Graines de sésame", "vocab_menus"),
        Allergen.SULPHITES: tr("Anhydride sulfureux et sulfites", "vocab_menus"),
        Allergen.LUPIN: tr("Lupin", "vocab_menus"),
        Allergen.MOLLUSCS: tr("Mollusques", "vocab_menus"),
    }.get(value, value)


class OrderStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


def order_status_label(value: str) -> str:
    return {
        OrderStatus.DRAFT: tr("Brouillon", "vocab_menus"),
        OrderStatus.SENT: tr("Devis envoyé", "vocab_menus"),
        OrderStatus.ACCEPTED: tr("Acceptée", "vocab_menus"),
        OrderStatus.DELIVERED: tr("Livrée", "vocab_menus"),
        OrderStatus.CANCELLED: tr("Annulée", "vocab_menus"),
    }.get(value, value)


class Fulfilment(StrEnum):
    """How an order reaches the customer."""

    DELIVERY = "delivery"
    PICKUP = "pickup"


def fulfilment_label(value: str) -> str:
    return {
        Fulfilment.DELIVERY: tr("Livraison", "vocab_menus"),
        Fulfilment.PICKUP: tr("À venir chercher", "vocab_menus"),
    }.get(value, value)
