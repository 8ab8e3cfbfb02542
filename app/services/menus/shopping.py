"""Shopping lists: what to buy for an order, a menu × guests, or recipes × batches.

Each ingredient's quantities are summed across recipes in its purchase unit, rounded up to whole
packs at the price valid on the day, grouped by supplier, with what will be left over. Given the
cohort's stock ({ingredient id: quantity on hand}, app/services/kitchen/stock.py), what is on hand
is taken first and only the rest is bought.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy.orm import Session

from app.i18n import fill, tr
from app.models.menus import CustomerOrder, Ingredient, Menu, Recipe
from app.services.errors import NotFound, ValidationError
from app.services.menus.costing import price_on
from app.services.text_match import sort_key
from app.services.units import check_count, check_quantity, convert


@dataclass(frozen=True)
class ShoppingItem:
    ingredient_id: int
    name: str
    supplier: str
    unit: str  # the ingredient's purchase unit
    needed: Decimal  # in `unit`
    pack_size: Decimal | None
    pack_price_cents: int | None
    packs: int | None  # None when no price is known
    used_in: tuple[str, ...]
    in_stock: Decimal = Decimal(0)  # on hand in `unit`, taken before buying

    @property
    def to_buy(self) -> Decimal:
        return max(self.needed - self.in_stock, Decimal(0))

    @property
    def spend_cents(self) -> int | None:
        return None if self.packs is None else self.packs * self.pack_price_cents

    @property
    def leftover(self) -> Decimal | None:
        if self.packs is None:
            return None
        return self.packs * self.pack_size + self.in_stock - self.needed


@dataclass(frozen=True)
class ShoppingList:
    title: str
    on: dt.date
    items: tuple[ShoppingItem, ...]  # sorted by supplier, then name

    @property
    def total_cents(self) -> int:
        return sum(item.spend_cents or 0 for item in self.items)

    @property
    def missing_prices(self) -> list[str]:
        return [item.name for item in self.items if item.packs is None]

    def by_supplier(self) -> list[tuple[str, list[ShoppingItem]]]:
        groups: dict[str, list[ShoppingItem]] = {}
        for item in self.items:
            groups.setdefault(item.supplier, []).append(item)
        return list(groups.items())


def for_batches(
    session: Session,
    wanted: Iterable[tuple[int, Decimal]],
    on: dt.date,
    title: str = "",
    stock: Mapping[int, Decimal] | None = None,
) -> ShoppingList:
    """`wanted` is (recipe id, number of batches); a batch is one recipe as written (its yield).
    `stock`: what is on hand per ingredient, bought only beyond it."""
    needed: dict[int, Decimal] = {}
    used_in: dict[int, list[str]] = {}
    wanted = list(wanted)
    if not wanted:
        raise ValidationError("recipes", tr("Choisissez au moins une recette.", "shopping"))
    for recipe_id, batches in wanted:
        recipe = session.get(Recipe, recipe_id)
        if recipe is None:
            raise NotFound(recipe_id)
        batches = Decimal(batches)
        if batches <= 0:
            raise ValidationError(
                "batches", tr("Le nombre de fournées doit être plus grand que zéro.", "shopping")
            )
        check_quantity(batches, "piece", "batches")
        for line in recipe.lines:
            ingredient = line.ingredient
            quantity = convert(Decimal(line.quantity), line.unit, ingredient.unit) * batches
            needed[ingredient.id] = needed.get(ingredient.id, Decimal(0)) + quantity
            names = used_in.setdefault(ingredient.id, [])
            if recipe.name not in names:
                names.append(recipe.name)
    items = []
    for ingredient_id, quantity in needed.items():
        ingredient = session.get(Ingredient, ingredient_id)
        price = price_on(session, ingredient_id, on)
        quantity = quantity.quantize(Decimal("0.001"), ROUND_CEILING)
        on_hand = max(Decimal((stock or {}).get(ingredient_id, 0)), Decimal(0))
        if price is None:
            packs = None
            pack_size = None
            pack_price = None
        else:
            pack_size = Decimal(price.pack_size)
            pack_price = price.pack_price_cents
            to_buy = max(quantity - on_hand, Decimal(0))
            packs = int((to_buy / pack_size).to_integral_value(ROUND_CEILING))
        items.append(
            ShoppingItem(
                ingredient_id,
                ingredient.name,
                ingredient.supplier or tr("Fournisseur non précisé", "shopping"),
                ingredient.unit,
                quantity,
                pack_size,
                pack_price,
                packs,
                tuple(used_in[ingredient_id]),
                on_hand,
            )
        )
    items.sort(key=lambda item: (sort_key(item.supplier), sort_key(item.name)))
    return ShoppingList(title or tr("Liste de courses", "shopping"), on, tuple(items))


def for_order(
    session: Session, order_id: int, stock: Mapping[int, Decimal] | None = None
) -> ShoppingList:
    """Ingredients for an order: each line's quantity divided by the recipe's yield (batches)."""
    order = session.get(CustomerOrder, order_id)
    if order is None:
        raise NotFound(order_id)
    wanted = []
    for line in order.lines:
        recipe = session.get(Recipe, line.recipe_id)
        wanted.append((line.recipe_id, Decimal(line.quantity) / recipe.yield_count))
    if not wanted:
        raise ValidationError("lines", tr("Cette commande n'a aucune ligne.", "shopping"))
    title = fill(
        tr("Courses pour la commande n° {id} : {customer}", "shopping"),
        id=order.id,
        customer=order.customer,
    )
    return for_batches(session, wanted, order.event_date, title, stock)


def for_menu(
    session: Session,
    menu_id: int,
    guests: int,
    on: dt.date,
    stock: Mapping[int, Decimal] | None = None,
) -> ShoppingList:
    menu = session.get(Menu, menu_id)
    if menu is None:
        raise NotFound(menu_id)
    if guests <= 0:
        raise ValidationError("guests", tr("Indiquez le nombre de personnes.", "shopping"))
    check_count(guests, "guests")
    wanted = []
    for item in menu.items:
        recipe = session.get(Recipe, item.recipe_id)
        wanted.append(
            (item.recipe_id, Decimal(item.portions_per_guest) * guests / recipe.yield_count)
        )
    title = fill(tr("Courses pour « {menu} », {n} personnes", "shopping"), menu=menu.name, n=guests)
    return for_batches(session, wanted, on, title, stock)
