"""The sales vocabularies: formats of a sales day, payment methods, kinds and sources of a tally
line, expense categories and how a profit is shared.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class SaleFormat(StrEnum):
    """How food is sold: the format of a sales day, a menu and an order; VAT may depend on it.

    An order from an organisation is not a format of its own: it has one of these (a catering,
    usually), and the sales day that serves it takes the order's format.
    """

    BRUNCH = "brunch"
    DELIVERY = "delivery"
    CATERING = "catering"
    STAND = "stand"
    TAKEAWAY = "takeaway"


def sale_format_label(value: str) -> str:
    return {
        SaleFormat.BRUNCH: tr("Brunch", "vocab_sales"),
        SaleFormat.DELIVERY: tr("Livraison", "vocab_sales"),
        SaleFormat.CATERING: tr("Traiteur", "vocab_sales"),
        SaleFormat.STAND: tr("Stand", "vocab_sales"),
        SaleFormat.TAKEAWAY: tr("À emporter", "vocab_sales"),
    }.get(value, value)


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    QR = "qr"
    TRANSFER = "transfer"
    OFFERED = "offered"


def payment_method_label(value: str | None) -> str:
    return {
        PaymentMethod.CASH: tr("Espèces", "vocab_sales"),
        PaymentMethod.CARD: tr("Bancontact", "vocab_sales"),
        PaymentMethod.QR: tr("Payconiq / Wero", "vocab_sales"),
        PaymentMethod.TRANSFER: tr("Virement", "vocab_sales"),
        PaymentMethod.OFFERED: tr("Offert", "vocab_sales"),
    }.get(value or "", value or "")


class LineKind(StrEnum):
    """A tally line: sold (with a payment method), unsold, or given (tastings, losses)."""

    SALE = "sale"
    UNSOLD = "unsold"
    GIVEN = "given"


def line_kind_label(value: str) -> str:
    return {
        LineKind.SALE: tr("Vendu", "vocab_sales"),
        LineKind.UNSOLD: tr("Invendu", "vocab_sales"),
        LineKind.GIVEN: tr("Offert ou perdu", "vocab_sales"),
    }.get(value, value)


class LineSource(StrEnum):
    """Where a tally line comes from: a tap, its undo or redo, the typed end-of-day count, or a
    correction after closing."""

    TAP = "tap"
    UNDO = "undo"
    REDO = "redo"
    TYPED = "typed"
    CORRECTION = "correction"


def line_source_label(value: str) -> str:
    return {
        LineSource.TAP: tr("Touche", "vocab_sales"),
        LineSource.UNDO: tr("Annulation", "vocab_sales"),
        LineSource.REDO: tr("Rétablissement", "vocab_sales"),
        LineSource.TYPED: tr("Compte tapé", "vocab_sales"),
        LineSource.CORRECTION: tr("Correction", "vocab_sales"),
    }.get(value, value)


class ExpenseCategory(StrEnum):
    INGREDIENTS = "ingredients"
    PACKAGING = "packaging"
    TRANSPORT = "transport"
    OTHER = "other"


def expense_category_label(value: str) -> str:
    return {
        ExpenseCategory.INGREDIENTS: tr("Ingrédients", "vocab_sales"),
        ExpenseCategory.PACKAGING: tr("Emballages", "vocab_sales"),
        ExpenseCategory.TRANSPORT: tr("Transport", "vocab_sales"),
        ExpenseCategory.OTHER: tr("Autre", "vocab_sales"),
    }.get(value, value)


class ShareSplit(StrEnum):
    """How the shared part of a profit is divided among the members."""

    EQUAL = "equal"
    HOURS = "hours"


def share_split_label(value: str) -> str:
    return {
        ShareSplit.EQUAL: tr("Parts égales", "vocab_sales"),
        ShareSplit.HOURS: tr("Selon les heures de présence", "vocab_sales"),
    }.get(value, value)
