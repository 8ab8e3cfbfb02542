"""Ingredients bought by a cohort, each one a lot: the supplier (a name as typed), the day
(required), the quantity in the ingredient's unit, the supplier's lot and use-by or best-before
date when the pack shows them, and the price paid (optional, "2,50").

Recording a purchase writes the purchase and its "bought" stock movement in one unit of work;
undoing it removes both, unless a batch already used the lot (the batch must go first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.kitchen import Purchase, StockMovement
from app.models.menus import Ingredient
from app.services.errors import NotFound, ValidationError
from app.services.kitchen.stock_rules import lot_name
from app.services.money import parse_amount
from app.services.units import check_quantity, parse_quantity, quantity_with_unit
from app.services.validation import limited_text, plausible_date
from app.vocab.kitchen import StockMovementKind
from app.vocab.menus import DateKind


@dataclass(frozen=True)
class PurchaseInput:
    ingredient_id: int | None
    date: dt.date | None
    quantity_text: str
    supplier: str = ""
    supplier_lot: str = ""
    date_kind: str | None = None  # DateKind, or None when the pack shows no date
    expires_on: dt.date | None = None
    price_text: str = ""


@dataclass(frozen=True)
class PurchaseInfo:
    id: int
    cohort_id: int
    ingredient_id: int
    ingredient: str
    unit: str
    supplier: str
    date: dt.date
    quantity: Decimal
    supplier_lot: str
    date_kind: str | None
    expires_on: dt.date | None
    price_cents: int | None

    @property
    def lot_name(self) -> str:
        """How a person recognises the lot: the supplier's lot, else the day it was bought."""
        return lot_name(self.supplier_lot, self.date)

    @property
    def quantity_text(self) -> str:
        return quantity_with_unit(self.quantity, self.unit)


def _info(row: Purchase, ingredient: Ingredient) -> PurchaseInfo:
    return PurchaseInfo(
        row.id,
        row.cohort_id,
        ingredient.id,
        ingredient.name,
        ingredient.unit,
        row.supplier,
        row.date,
        Decimal(row.quantity),
        row.supplier_lot,
        row.date_kind,
        row.expires_on,
        row.price_cents,
    )


def _checked(session: Session, data: PurchaseInput) -> tuple[Ingredient, dict]:
    """The ingredient and the columns to write; ValidationError at the first wrong field."""
    ingredient = session.get(Ingredient, data.ingredient_id) if data.ingredient_id else None
    if ingredient is None:
        raise ValidationError("ingredient", tr("Choisissez l'ingrédient acheté.", "kitchen"))
    if data.date is None:
        raise ValidationError("date", tr("Indiquez le jour de l'achat.", "kitchen"))
    plausible_date(data.date, "date")
    quantity = check_quantity(parse_quantity(data.quantity_text), ingredient.unit, "quantity")
    if data.date_kind not in (None, *DateKind):
        raise ValidationError("date_kind", tr("Sorte de date inconnue.", "kitchen"))
    if data.date_kind and data.expires_on is None:
        raise ValidationError(
            "expires_on", tr("Indiquez la date écrite sur l'emballage.", "kitchen")
        )
    if data.expires_on is not None:
        plausible_date(data.expires_on, "expires_on")
        if data.expires_on < data.date:
            raise ValidationError(
                "expires_on", tr("Cette date est avant le jour de l'achat.", "kitchen")
            )
    price = parse_amount(data.price_text, "price") if (data.price_text or "").strip() else None
    return ingredient, {
        "ingredient_id": ingredient.id,
        "date": data.date,
        "quantity": quantity,
        "supplier": limited_text(data.supplier, "supplier", 120),
        "supplier_lot": " ".join(limited_text(data.supplier_lot, "supplier_lot", 40).split()),
        "date_kind": (data.date_kind or DateKind.BEST_BEFORE) if data.expires_on else None,
        "expires_on": data.expires_on,
        "price_cents": price,
    }


def create_purchase(session: Session, cohort_id: int, data: PurchaseInput) -> PurchaseInfo:
    """Record a purchase and its "bought" movement; nothing is written when a field is wrong."""
    ingredient, values = _checked(session, data)
    row = Purchase(cohort_id=cohort_id, **values)
    session.add(row)
    session.flush()
    session.add(
        StockMovement(
            cohort_id=cohort_id,
            date=row.date,
            kind=StockMovementKind.BOUGHT,
            purchase_id=row.id,
            quantity=row.quantity,
        )
    )
    session.flush()
    return _info(row, ingredient)


def delete_purchase(session: Session, purchase_id: int) -> None:
    """Remove a purchase recorded by mistake (undo), with its movements; refused once a batch
    used it."""
    row = session.get(Purchase, purchase_id)
    if row is None:
        raise NotFound(purchase_id)
    used = session.scalar(
        select(func.count())
        .select_from(StockMovement)
        .where(
            StockMovement.purchase_id == purchase_id,
            StockMovement.kind == StockMovementKind.USED,
        )
    )
    if used:
        raise ValidationError(
            "purchase",
            tr("Un lot fabriqué a utilisé cet achat : retirez d'abord ce lot.", "kitchen"),
        )
    session.delete(row)
    session.flush()


def list_purchases(session: Session, cohort_id: int) -> list[PurchaseInfo]:
    """The cohort's purchases, the latest first."""
    rows = session.execute(
        select(Purchase, Ingredient)
        .join(Ingredient, Ingredient.id == Purchase.ingredient_id)
        .where(Purchase.cohort_id == cohort_id)
        .order_by(Purchase.date.desc(), Purchase.id.desc())
    ).all()
    return [_info(row, ingredient) for row, ingredient in rows]


def get_purchase(session: Session, purchase_id: int) -> PurchaseInfo:
    row = session.get(Purchase, purchase_id)
    if row is None:
        raise NotFound(purchase_id)
    return _info(row, session.get(Ingredient, row.ingredient_id))
