"""Menus: a named set of recipes with portions per guest, for one sales format
(e.g. "Brunch des 20 ans"), with what one guest costs and pays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.models.menus import Menu, MenuItem, Recipe
from app.services.errors import Field, NotFound, ValidationError
from app.services.menus import costing
from app.services.text_match import named_key, sort_key
from app.services.units import check_quantity
from app.services.validation import clean_text, limited_text, required_text
from app.services.versions import check_unchanged
from app.vocab import values
from app.vocab.sales import SaleFormat


@dataclass(frozen=True)
class MenuItemInput:
    recipe_id: int
    portions_per_guest: Decimal


@dataclass(frozen=True)
class MenuInput:
    name: str
    sales_format: str
    items: tuple[MenuItemInput, ...]
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class MenuItemInfo:
    recipe_id: int
    recipe_label: str
    portions_per_guest: Decimal
    unit_cost_exact: Decimal
    unit_price_cents: int


@dataclass(frozen=True)
class MenuInfo:
    id: int
    name: str
    sales_format: str
    notes: str
    active: bool
    items: tuple[MenuItemInfo, ...]

    @property
    def cost_per_guest_exact(self) -> Decimal:
        return sum(
            (item.unit_cost_exact * item.portions_per_guest for item in self.items), Decimal(0)
        )

    @property
    def price_per_guest_cents(self) -> int:
        return costing.to_cents(
            sum(
                (item.unit_price_cents * item.portions_per_guest for item in self.items), Decimal(0)
            )
        )

    def as_input(self) -> MenuInput:
        return MenuInput(
            self.name,
            self.sales_format,
            tuple(MenuItemInput(item.recipe_id, item.portions_per_guest) for item in self.items),
            self.notes,
            self.active,
        )


def _info(session: Session, row: Menu, on: dt.date) -> MenuInfo:
    items = []
    for item in row.items:
        recipe = session.get(Recipe, item.recipe_id)
        cost = costing.recipe_cost(session, item.recipe_id, on)
        items.append(
            MenuItemInfo(
                item.recipe_id,
                f"{recipe.name} (v{recipe.version})",
                Decimal(item.portions_per_guest),
                cost.per_unit_exact,
                recipe.price_cents,
            )
        )
    return MenuInfo(row.id, row.name, row.sales_format, row.notes, row.active, tuple(items))


def _validate(session: Session, data: MenuInput, menu_id: int | None) -> str:
    name = required_text(data.name, "name", tr("le nom du menu", "menus"))
    clash = find_menu(session, name)
    if clash is not None and clash != menu_id:
        raise ValidationError("name", tr("Un menu porte déjà ce nom.", "menus"))
    if data.sales_format not in values(SaleFormat):
        raise ValidationError("sales_format", tr("Choisissez un format de vente.", "menus"))
    limited_text(data.notes, "notes", 2000)
    if not data.items:
        raise ValidationError("items", tr("Ajoutez au moins une recette au menu.", "menus"))
    for index, item in enumerate(data.items):
        if session.get(Recipe, item.recipe_id) is None:
            raise ValidationError(
                Field("items", row=index), tr("Choisissez une recette de la liste.", "menus")
            )
        if item.portions_per_guest is None or Decimal(item.portions_per_guest) <= 0:
            raise ValidationError(
                Field("items", row=index),
                tr("Les portions par personne doivent être plus grandes que zéro.", "menus"),
            )
        check_quantity(Decimal(item.portions_per_guest), "piece", f"item_{index}")
    return name


def _write(row: Menu, name: str, data: MenuInput) -> None:
    row.name = name
    row.sales_format = data.sales_format
    row.notes = (data.notes or "").strip()
    row.active = data.active
    row.items.clear()
    for position, item in enumerate(data.items):
        row.items.append(
            MenuItem(
                recipe_id=item.recipe_id,
                portions_per_guest=Decimal(item.portions_per_guest),
                position=position,
            )
        )


def create_menu(session: Session, data: MenuInput, on: dt.date) -> MenuInfo:
    name = _validate(session, data, None)
    row = Menu(name=name)
    session.add(row)
    _write(row, name, data)
    session.flush()
    return _info(session, row, on)


def update_menu(
    session: Session, menu_id: int, data: MenuInput, on: dt.date, seen: MenuInput | None = None
) -> MenuInfo:
    """Rewrite the menu from the form; with `seen` (what the form was drawn from), refused with
    `StaleError` when the menu was changed meanwhile (nothing written)."""
    row = session.get(Menu, menu_id)
    if row is None:
        raise NotFound(menu_id)
    check_unchanged(
        _info(session, row, on).as_input(),
        seen,
        tr(
            "Ce menu a changé depuis que vous avez ouvert cette fenêtre : les champs montrent "
            "maintenant ses nouvelles valeurs. Refaites vos changements, puis enregistrez.",
            "menus",
        ),
    )
    name = _validate(session, data, menu_id)
    _write(row, name, data)
    session.flush()
    session.refresh(row)
    return _info(session, row, on)


def get_menu(session: Session, menu_id: int, on: dt.date) -> MenuInfo:
    row = session.get(Menu, menu_id)
    if row is None:
        raise NotFound(menu_id)
    return _info(session, row, on)


def find_menu(session: Session, name: str) -> int | None:
    """The menu called `name` (any case), or None."""
    return named_key(session.execute(select(Menu.id, Menu.name).order_by(Menu.id)), name)


def list_menus(session: Session, on: dt.date, include_inactive: bool = False) -> list[MenuInfo]:
    query = select(Menu).order_by(Menu.id)
    if not include_inactive:
        query = query.where(Menu.active.is_(True))
    rows = sorted(session.scalars(query), key=lambda row: sort_key(row.name))
    return [_info(session, row, on) for row in rows]


def clean_name(text: str) -> str:
    return clean_text(text)
