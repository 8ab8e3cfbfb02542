"""Ingredients as bought: purchase unit, pack size and price with their history, supplier,
allergens and "may contain" traces. A new pack price never overwrites the old one: it starts on
its own date, and costing uses the price valid on the day that matters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.i18n import fill, listing, tr
from app.models.menus import Ingredient, IngredientPrice, Recipe, RecipeLine
from app.services.errors import NotFound, ValidationError
from app.services.labels.nutrition import NutritionValues
from app.services.menus import allergens as allergen_keys
from app.services.menus.components import (
    ComponentInput,
    check_components,
    components_of,
    write_components,
)
from app.services.menus.costing import price_on, prices_on
from app.services.menus.nutrition_values import check_nutrition, nutrition_of, write_nutrition
from app.services.text_match import has_every_word, named_key, sort_key, words_of
from app.services.units import check_quantity
from app.services.validation import clean_text, limited_text, required_text
from app.vocab import values
from app.vocab.menus import Unit


@dataclass(frozen=True)
class IngredientInput:
    name: str
    unit: str
    pack_size: Decimal
    pack_price_cents: int
    price_from: dt.date
    supplier: str = ""
    allergens: tuple[str, ...] = ()
    traces: tuple[str, ...] = ()
    notes: str = ""
    active: bool = True
    piece_weight_g: Decimal | None = None  # only for an ingredient counted in pieces
    components: tuple[ComponentInput, ...] = ()  # a compound ingredient's own ingredients
    nutrition: NutritionValues | None = None  # per 100 g, from the pack's label


@dataclass(frozen=True)
class PriceInfo:
    valid_from: dt.date
    pack_size: Decimal
    pack_price_cents: int


@dataclass(frozen=True)
class IngredientInfo:
    id: int
    name: str
    unit: str
    supplier: str
    allergens: tuple[str, ...]
    traces: tuple[str, ...]
    notes: str
    active: bool
    price: PriceInfo | None  # valid on the date asked
    history: tuple[PriceInfo, ...]
    used_in: int = 0  # how many recipes use it
    piece_weight_g: Decimal | None = None
    components: tuple[ComponentInput, ...] = ()
    nutrition: NutritionValues | None = None

    def as_input(self, price_from: dt.date) -> IngredientInput:
        return IngredientInput(
            self.name,
            self.unit,
            self.price.pack_size if self.price else Decimal(1),
            self.price.pack_price_cents if self.price else 0,
            price_from,
            self.supplier,
            self.allergens,
            self.traces,
            self.notes,
            self.active,
            self.piece_weight_g,
            self.components,
            self.nutrition,
        )


def _price_info(row: IngredientPrice | None) -> PriceInfo | None:
    if row is None:
        return None
    return PriceInfo(row.valid_from, Decimal(row.pack_size), row.pack_price_cents)


_LOOK_UP = object()


def _info(
    session: Session, row: Ingredient, on: dt.date, used_in: int = 0, price=_LOOK_UP
) -> IngredientInfo:
    """`price` is the price valid on `on` when the caller has it (a list reads them at once)."""
    if price is _LOOK_UP:
        price = price_on(session, row.id, on)
    return IngredientInfo(
        id=row.id,
        name=row.name,
        unit=row.unit,
        supplier=row.supplier,
        allergens=tuple(allergen_keys.parse_keys(row.allergens)),
        traces=tuple(allergen_keys.parse_keys(row.traces)),
        notes=row.notes,
        active=row.active,
        price=_price_info(price),
        history=tuple(_price_info(p) for p in sorted(row.prices, key=lambda p: p.valid_from)),
        used_in=used_in,
        piece_weight_g=Decimal(row.piece_weight_g) if row.piece_weight_g is not None else None,
        components=components_of(row),
        nutrition=nutrition_of(row),
    )


def _validate(session: Session, data: IngredientInput, ingredient_id: int | None) -> str:
    name = required_text(data.name, "name", tr("le nom de l'ingrédient", "ingredients"))
    clash = find_by_name(session, name)
    if clash is not None and clash != ingredient_id:
        raise ValidationError("name", tr("Un ingrédient porte déjà ce nom.", "ingredients"))
    if data.unit not in values(Unit):
        raise ValidationError(
            "unit", tr("Choisissez une unité : g, kg, ml, l ou pièce.", "ingredients")
        )
    if data.pack_size is None or Decimal(data.pack_size) <= 0:
        raise ValidationError(
            "pack_size", tr("La taille du paquet doit être plus grande que zéro.", "ingredients")
        )
    check_quantity(Decimal(data.pack_size), data.unit, "pack_size")
    if data.pack_price_cents is None or data.pack_price_cents <= 0:
        raise ValidationError(
            "pack_price", tr("Le prix du paquet doit être plus grand que zéro.", "ingredients")
        )
    if data.price_from is None:
        raise ValidationError(
            "price_from", tr("Indiquez depuis quand ce prix est valable.", "ingredients")
        )
    if data.piece_weight_g is not None:
        if data.unit != "piece":
            raise ValidationError(
                "piece_weight_g",
                tr(
                    "Le poids d'une pièce ne sert que pour un ingrédient compté en pièces.",
                    "ingredients",
                ),
            )
        if not Decimal(0) < Decimal(data.piece_weight_g) <= Decimal(100000):
            raise ValidationError(
                "piece_weight_g",
                tr(
                    "Le poids d'une pièce doit être plus grand que zéro (en grammes).",
                    "ingredients",
                ),
            )
    limited_text(data.supplier, "supplier", 120)
    limited_text(data.notes, "notes", 2000)
    check_components(data.components)
    check_nutrition(data.nutrition)
    return name


def create_ingredient(session: Session, data: IngredientInput) -> IngredientInfo:
    name = _validate(session, data, None)
    row = Ingredient(
        name=name,
        unit=data.unit,
        supplier=clean_text(data.supplier),
        allergens=allergen_keys.join_keys(data.allergens),
        traces=allergen_keys.join_keys(data.traces),
        notes=(data.notes or "").strip(),
        active=data.active,
        piece_weight_g=data.piece_weight_g,
    )
    row.prices.append(
        IngredientPrice(
            valid_from=data.price_from,
            pack_size=Decimal(data.pack_size),
            pack_price_cents=data.pack_price_cents,
        )
    )
    write_components(row, data.components)
    write_nutrition(row, data.nutrition)
    session.add(row)
    session.flush()
    return _info(session, row, data.price_from)


def update_ingredient(
    session: Session, ingredient_id: int, data: IngredientInput
) -> IngredientInfo:
    """Update the description; a changed pack (size or price) becomes a new price from its date."""
    row = session.get(Ingredient, ingredient_id)
    if row is None:
        raise NotFound(ingredient_id)
    name = _validate(session, data, ingredient_id)
    if data.unit != row.unit and _recipes_using(session, ingredient_id):
        from app.services.units import compatible

        if not compatible(data.unit, row.unit):
            raise ValidationError(
                "unit",
                tr(
                    "Des recettes utilisent cet ingrédient : on ne peut pas passer des pièces au "
                    "poids ou au volume.",
                    "ingredients",
                ),
            )
    row.name = name
    row.unit = data.unit
    row.supplier = clean_text(data.supplier)
    row.allergens = allergen_keys.join_keys(data.allergens)
    row.traces = allergen_keys.join_keys(data.traces)
    row.notes = (data.notes or "").strip()
    row.active = data.active
    row.piece_weight_g = data.piece_weight_g
    write_components(row, data.components)
    write_nutrition(row, data.nutrition)
    current = price_on(session, ingredient_id, data.price_from)
    size = Decimal(data.pack_size)
    if (
        current is None
        or current.pack_price_cents != data.pack_price_cents
        or Decimal(current.pack_size) != size
    ):
        same_day = session.scalars(
            select(IngredientPrice).where(
                IngredientPrice.ingredient_id == ingredient_id,
                IngredientPrice.valid_from == data.price_from,
            )
        ).first()
        if same_day is not None:  # a correction typed the same day replaces that day's price
            same_day.pack_size = size
            same_day.pack_price_cents = data.pack_price_cents
        else:
            row.prices.append(
                IngredientPrice(
                    valid_from=data.price_from,
                    pack_size=size,
                    pack_price_cents=data.pack_price_cents,
                )
            )
    session.flush()
    session.refresh(row)
    return _info(session, row, data.price_from)


def set_price(
    session: Session,
    ingredient_id: int,
    valid_from: dt.date,
    pack_size: Decimal,
    pack_price_cents: int,
) -> IngredientInfo:
    info = get_ingredient(session, ingredient_id, valid_from)
    data = info.as_input(valid_from)
    from dataclasses import replace

    return update_ingredient(
        session,
        ingredient_id,
        replace(data, pack_size=pack_size, pack_price_cents=pack_price_cents),
    )


def get_ingredient(session: Session, ingredient_id: int, on: dt.date) -> IngredientInfo:
    row = session.get(Ingredient, ingredient_id)
    if row is None:
        raise NotFound(ingredient_id)
    return _info(session, row, on, len(_recipes_using(session, ingredient_id)))


def list_ingredients(
    session: Session, on: dt.date, search: str = "", include_inactive: bool = False
) -> list[IngredientInfo]:
    """The ingredients by name, with every word of `search` in their name or supplier."""
    query = select(Ingredient)
    if not include_inactive:
        query = query.where(Ingredient.active.is_(True))
    words = words_of(search)
    counts = dict(
        session.execute(
            select(
                RecipeLine.ingredient_id, func.count(func.distinct(RecipeLine.recipe_id))
            ).group_by(RecipeLine.ingredient_id)
        ).all()
    )
    rows = [
        row
        for row in session.scalars(
            query.options(
                selectinload(Ingredient.prices),
                selectinload(Ingredient.components),  # one query each for the whole list,
                selectinload(Ingredient.nutrition),  # not one per ingredient
            )
        ).all()
        if has_every_word(words, row.name, row.supplier)
    ]
    rows.sort(key=lambda row: sort_key(row.name))
    prices = prices_on(session, {row.id for row in rows}, on)  # one query, not one per row
    return [_info(session, row, on, counts.get(row.id, 0), prices.get(row.id)) for row in rows]


def _recipes_using(session: Session, ingredient_id: int) -> list[str]:
    rows = session.execute(
        select(Recipe.name, Recipe.version)
        .join(RecipeLine, RecipeLine.recipe_id == Recipe.id)
        .where(RecipeLine.ingredient_id == ingredient_id)
        .distinct()
        .order_by(Recipe.name, Recipe.version)
    ).all()
    return [f"{name} v{version}" for name, version in rows]


def name_if_unused(session: Session, ingredient_id: int) -> str:
    """The ingredient's name when no recipe uses it (it may go to the Corbeille); otherwise refuse
    and name the recipes."""
    row = session.get(Ingredient, ingredient_id)
    if row is None:
        raise NotFound(ingredient_id)
    users = _recipes_using(session, ingredient_id)
    if users:
        raise ValidationError(
            "ingredient",
            fill(
                tr(
                    "On ne peut pas supprimer « {name} » : ces recettes l'utilisent : {recipes}. "
                    "Vous pouvez le rendre inactif.",
                    "ingredients",
                ),
                name=row.name,
                recipes=listing(users),
            ),
        )
    return row.name


def find_by_name(session: Session, name: str) -> int | None:
    """The ingredient called `name` (any case), or None."""
    return named_key(
        session.execute(select(Ingredient.id, Ingredient.name).order_by(Ingredient.id)), name
    )
