"""Production batches: a recipe version made on a day, how many units, the lot printed on its
labels (the labels' rule: the lot typed, else L + the production date, app/services/labels) and
their date (production date + the recipe's shelf life), and the purchased lots that went into it
with the quantity of each.

A batch is written with its "made" movement and one "used" movement per purchased lot, in one
unit of work. Using more of a lot than is left of it (bought, minus what other batches used, plus
or minus counts) is refused naming the lot, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.kitchen import ProductionBatch, Purchase, StockMovement
from app.models.menus import Ingredient, Recipe
from app.services.errors import Field, NotFound, ValidationError
from app.services.kitchen.purchases import lot_name
from app.services.kitchen.stock_sums import purchase_left
from app.services.labels.content import check_lot, default_lot
from app.services.units import check_count, parse_quantity, quantity_with_unit
from app.services.validation import plausible_date
from app.vocab.kitchen import StockMovementKind


@dataclass(frozen=True)
class UseInput:
    """One purchased lot used in the batch, and how much of it (in the ingredient's unit)."""

    purchase_id: int
    quantity_text: str


@dataclass(frozen=True)
class BatchInput:
    recipe_id: int | None
    date: dt.date | None
    quantity_text: str
    lot: str = ""
    uses: tuple[UseInput, ...] = ()


@dataclass(frozen=True)
class UseInfo:
    purchase_id: int
    ingredient: str
    unit: str
    lot_name: str
    quantity: Decimal

    @property
    def quantity_text(self) -> str:
        return quantity_with_unit(self.quantity, self.unit)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    cohort_id: int
    recipe_id: int
    family_id: int
    product: str
    recipe_version: int
    date: dt.date
    quantity: int
    lot: str
    best_before: dt.date | None
    uses: tuple[UseInfo, ...]


def _parse_count(text: str, field: str) -> int:
    value = parse_quantity(text, field)
    if value != value.to_integral_value():
        raise ValidationError(field, tr("Indiquez un nombre entier d'unités.", "kitchen"))
    return check_count(int(value), field)


def _checked_uses(
    session: Session, cohort_id: int, uses: tuple[UseInput, ...]
) -> list[tuple[Purchase, Decimal]]:
    """(purchase, quantity) per line; refused at the line that asks more of a lot than is left
    (lines of the same lot add up)."""
    asked: dict[int, Decimal] = defaultdict(Decimal)
    checked = []
    for row, use in enumerate(uses):
        field = Field("uses", row=row)
        purchase = session.get(Purchase, use.purchase_id)
        if purchase is None or purchase.cohort_id != cohort_id:
            raise ValidationError(field, tr("Cet achat n'existe plus.", "kitchen"))
        quantity = parse_quantity(use.quantity_text, field)
        asked[purchase.id] += quantity
        left = purchase_left(session, purchase.id)
        if asked[purchase.id] > left:
            ingredient = session.get(Ingredient, purchase.ingredient_id)
            raise ValidationError(
                field,
                fill(
                    tr(
                        "Le lot {lot} de {ingredient} n'en a plus que {left} : vous en utilisez "
                        "{used}.",
                        "kitchen",
                    ),
                    lot=lot_name(purchase.supplier_lot, purchase.date),
                    ingredient=ingredient.name,
                    left=quantity_with_unit(left, ingredient.unit),
                    used=quantity_with_unit(asked[purchase.id], ingredient.unit),
                ),
            )
        checked.append((purchase, quantity))
    return checked


def create_batch(session: Session, cohort_id: int, data: BatchInput) -> BatchInfo:
    """Record a batch, its "made" movement and the lots it used; nothing when a field is wrong."""
    recipe = session.get(Recipe, data.recipe_id) if data.recipe_id else None
    if recipe is None:
        raise ValidationError("recipe", tr("Choisissez le produit fabriqué.", "kitchen"))
    if data.date is None:
        raise ValidationError("date", tr("Indiquez le jour de fabrication.", "kitchen"))
    plausible_date(data.date, "date")
    quantity = _parse_count(data.quantity_text, "quantity")
    lot = check_lot(data.lot) or default_lot(data.date)
    uses = _checked_uses(session, cohort_id, data.uses)
    best_before = (
        data.date + dt.timedelta(days=recipe.shelf_life_days)
        if recipe.shelf_life_days is not None
        else None
    )
    batch = ProductionBatch(
        cohort_id=cohort_id,
        recipe_id=recipe.id,
        date=data.date,
        quantity=quantity,
        lot=lot,
        best_before=best_before,
    )
    session.add(batch)
    session.flush()
    session.add(
        StockMovement(
            cohort_id=cohort_id,
            date=data.date,
            kind=StockMovementKind.MADE,
            batch_id=batch.id,
            quantity=Decimal(quantity),
        )
    )
    for purchase, used in uses:
        session.add(
            StockMovement(
                cohort_id=cohort_id,
                date=data.date,
                kind=StockMovementKind.USED,
                purchase_id=purchase.id,
                used_in_batch_id=batch.id,
                quantity=-used,
            )
        )
    session.flush()
    return get_batch(session, batch.id)


def delete_batch(session: Session, batch_id: int) -> None:
    """Remove a batch recorded by mistake (undo): its movements go with it, so the lots it used
    are back in stock."""
    row = session.get(ProductionBatch, batch_id)
    if row is None:
        raise NotFound(batch_id)
    session.delete(row)
    session.flush()


def _uses(session: Session, batch_id: int) -> tuple[UseInfo, ...]:
    rows = session.execute(
        select(StockMovement, Purchase, Ingredient)
        .join(Purchase, Purchase.id == StockMovement.purchase_id)
        .join(Ingredient, Ingredient.id == Purchase.ingredient_id)
        .where(
            StockMovement.used_in_batch_id == batch_id,
            StockMovement.kind == StockMovementKind.USED,
        )
        .order_by(Ingredient.name, StockMovement.id)
    ).all()
    return tuple(
        UseInfo(
            purchase.id,
            ingredient.name,
            ingredient.unit,
            lot_name(purchase.supplier_lot, purchase.date),
            -Decimal(movement.quantity),
        )
        for movement, purchase, ingredient in rows
    )


def _info(session: Session, row: ProductionBatch, recipe: Recipe) -> BatchInfo:
    return BatchInfo(
        row.id,
        row.cohort_id,
        recipe.id,
        recipe.family_id or recipe.id,
        recipe.name,
        recipe.version,
        row.date,
        row.quantity,
        row.lot,
        row.best_before,
        _uses(session, row.id),
    )


def get_batch(session: Session, batch_id: int) -> BatchInfo:
    row = session.get(ProductionBatch, batch_id)
    if row is None:
        raise NotFound(batch_id)
    return _info(session, row, session.get(Recipe, row.recipe_id))


def list_batches(session: Session, cohort_id: int) -> list[BatchInfo]:
    """The cohort's batches, the latest first."""
    rows = session.execute(
        select(ProductionBatch, Recipe)
        .join(Recipe, Recipe.id == ProductionBatch.recipe_id)
        .where(ProductionBatch.cohort_id == cohort_id)
        .order_by(ProductionBatch.date.desc(), ProductionBatch.id.desc())
    ).all()
    return [_info(session, row, recipe) for row, recipe in rows]
