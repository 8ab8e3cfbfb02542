"""The 14 allergens per dish for food served without a label (a buffet, a catering order, the
stand): from each recipe's ingredients, with the "may contain" traces, for a menu, an order or a
sale day. A product of a sale day that has no recipe any more is listed as unknown, never as free
of allergens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.menus import CustomerOrder, Menu, Recipe
from app.models.sales import SalesEvent, SalesEventProduct
from app.services.errors import NotFound
from app.services.menus.allergens import parse_keys
from app.vocab.menus import Allergen


@dataclass(frozen=True)
class DishAllergens:
    name: str
    allergens: tuple[str, ...]  # Allergen keys, annex II order
    traces: tuple[str, ...]  # "may contain" keys, without those already contained
    known: bool = True  # False: no recipe to read them from


@dataclass(frozen=True)
class AllergenSheet:
    kind: str  # "menu" | "order" | "sale_day"
    name: str  # the menu's name, the customer, the sale day's place
    on: dt.date | None
    dishes: tuple[DishAllergens, ...]

    @property
    def all_allergens(self) -> tuple[str, ...]:
        keys = {key for dish in self.dishes for key in dish.allergens}
        return tuple(key.value for key in Allergen if key in keys)


def recipe_allergens(recipe: Recipe, name: str | None = None) -> DishAllergens:
    """A recipe's allergens (any ingredient's) and traces (any ingredient's, not contained)."""
    contained: set[str] = set()
    traces: set[str] = set()
    for line in recipe.lines:
        contained.update(parse_keys(line.ingredient.allergens))
        traces.update(parse_keys(line.ingredient.traces))
    return DishAllergens(
        name or recipe.name,
        tuple(key.value for key in Allergen if key in contained),
        tuple(key.value for key in Allergen if key in traces - contained),
    )


def _unique(dishes: list[DishAllergens]) -> tuple[DishAllergens, ...]:
    seen: set[str] = set()
    result = []
    for dish in dishes:
        if dish.name not in seen:
            seen.add(dish.name)
            result.append(dish)
    return tuple(result)


def for_menu(session: Session, menu_id: int) -> AllergenSheet:
    menu = session.get(Menu, menu_id)
    if menu is None:
        raise NotFound(menu_id)
    dishes = [recipe_allergens(session.get(Recipe, item.recipe_id)) for item in menu.items]
    return AllergenSheet("menu", menu.name, None, _unique(dishes))


def for_order(session: Session, order_id: int) -> AllergenSheet:
    order = session.get(CustomerOrder, order_id)
    if order is None:
        raise NotFound(order_id)
    dishes = [recipe_allergens(session.get(Recipe, line.recipe_id)) for line in order.lines]
    return AllergenSheet("order", order.customer, order.event_date, _unique(dishes))


def for_sale_day(session: Session, event_id: int) -> AllergenSheet:
    event = session.get(SalesEvent, event_id)
    if event is None:
        raise NotFound(event_id)
    dishes = []
    products = session.scalars(
        select(SalesEventProduct)
        .where(SalesEventProduct.event_id == event_id)
        .order_by(SalesEventProduct.position, SalesEventProduct.id)
    )
    for product in products:
        recipe = session.get(Recipe, product.recipe_id) if product.recipe_id else None
        if recipe is None:
            dishes.append(DishAllergens(product.name, (), (), known=False))
        else:
            dishes.append(recipe_allergens(recipe, product.name))
    return AllergenSheet("sale_day", event.place, event.date, _unique(dishes))
