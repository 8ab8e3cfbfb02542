"""The menus area: ingredients with their price history, recipes (products) in versions with
ingredient lines, menus, orders with their lines, and per-sales-format VAT overrides of a recipe.

Quantities are Decimal (Numeric, 3 decimals); money is integer cents; VAT rates are basis points
(600 = 6 %). An order keeps its own copy of each line's unit price and VAT rate (history is never
rewritten); its lines may be filled from a menu × guests and then edited. A compound ingredient
lists its own ingredients (IngredientComponent). Allergens are stored as comma-separated keys
from app.services.menus.allergens.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from app.models.base import Base, in_constraint
from app.vocab.menus import DateKind, Emphasis, OrderStatus, Unit


@event.listens_for(Mapper, "before_configured", once=True)
def _map_the_directory() -> None:
    """An order's customer (`customer_order.organisation_id`) is an organisation of the directory:
    its module (and the people's, which it imports) is loaded when the mapped classes are first
    configured, before any query or write through them, rather than with this module. A reader
    that goes through the tables only (`print labels`, app/services/labels/recipe_facts.py)
    then never declares the directory's classes."""
    import app.models.directory  # noqa: F401


class Ingredient(Base):
    __tablename__ = "ingredient"
    __table_args__ = (in_constraint("unit", Unit),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    unit: Mapped[str] = mapped_column(String(8))  # the purchase unit
    # For an ingredient counted in pieces: the weight of one piece in grams (labels list
    # ingredients by weight).
    piece_weight_g: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    supplier: Mapped[str] = mapped_column(String(120), default="")
    allergens: Mapped[str] = mapped_column(String(200), default="")  # "gluten,nuts"
    traces: Mapped[str] = mapped_column(String(200), default="")  # "may contain"
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    prices: Mapped[list[IngredientPrice]] = relationship(
        back_populates="ingredient",
        cascade="all, delete-orphan",
        order_by="IngredientPrice.valid_from",
    )
    # its values per 100 g from its pack's label, for the products' nutrition declaration
    nutrition: Mapped[IngredientNutrition | None] = relationship(
        cascade="all, delete-orphan", uselist=False
    )
    # a compound ingredient's own ingredients (art. 18, Annex VII part E), printed in brackets
    components: Mapped[list[IngredientComponent]] = relationship(
        cascade="all, delete-orphan", order_by="IngredientComponent.position"
    )


class IngredientNutrition(Base):
    """An ingredient's nutrition values per 100 g, as its pack's label gives them (art. 30)."""

    __tablename__ = "ingredient_nutrition"

    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="CASCADE"), primary_key=True
    )
    energy_kj: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    energy_kcal: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    fat: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    saturates: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    carbohydrate: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    sugars: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    protein: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    salt: Mapped[Decimal] = mapped_column(Numeric(8, 3))


class IngredientComponent(Base):
    """One ingredient of a compound ingredient (peanut butter: roasted peanuts, salt), as its
    pack's label lists it, with its allergens (comma-separated keys, as on Ingredient)."""

    __tablename__ = "ingredient_component"

    id: Mapped[int] = mapped_column(primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120))
    allergens: Mapped[str] = mapped_column(String(200), default="")


class IngredientPrice(Base):
    """A pack as bought (e.g. 1 kg for 6,49 €), valid from a date until the next price."""

    __tablename__ = "ingredient_price"
    __table_args__ = (
        UniqueConstraint("ingredient_id", "valid_from"),
        CheckConstraint("pack_size > 0", name="pack_size_positive"),
        CheckConstraint("pack_price_cents > 0", name="pack_price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[dt.date] = mapped_column(Date)
    pack_size: Mapped[Decimal] = mapped_column(Numeric(12, 3))  # in the ingredient's unit
    pack_price_cents: Mapped[int] = mapped_column(Integer)

    ingredient: Mapped[Ingredient] = relationship(back_populates="prices")


class Recipe(Base):
    """A product in one version. "New version" copies it with version + 1 and the same family_id."""

    __tablename__ = "recipe"
    __table_args__ = (
        UniqueConstraint("family_id", "version"),
        CheckConstraint("yield_count > 0", name="yield_positive"),
        in_constraint("date_kind", DateKind),
        CheckConstraint("price_cents >= 0 AND packaging_cost_cents >= 0", name="money_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int | None] = mapped_column(Integer, index=True)  # id of version 1
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Edit counter (not the recipe's v1, v2...): every write moves it on; a form saves only if
    # the recipe still has the counter it was drawn from (app/services/versions.py).
    edit_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(80), default="")
    yield_count: Mapped[int] = mapped_column(Integer)  # units or portions per batch
    yield_kind: Mapped[str] = mapped_column(String(12), default="units")  # units | portions
    net_quantity: Mapped[Decimal | None] = mapped_column(Numeric(12, 3))  # per unit
    net_unit: Mapped[str] = mapped_column(String(8), default="g")  # g | ml | piece
    packaging_cost_cents: Mapped[int] = mapped_column(Integer, default=0)  # per unit
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    date_kind: Mapped[str] = mapped_column(String(12), default="best_before")
    storage: Mapped[str] = mapped_column(Text, default="")
    story: Mapped[str] = mapped_column(Text, default="")
    # the food's name in French when the product's name does not describe it (art. 17):
    # "Energy balls" -> "Boules énergétiques aux dattes et au cacao"
    descriptive_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    price_cents: Mapped[int] = mapped_column(
        Integer, default=0
    )  # selling price per unit, VAT incl.
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=600)
    product_code: Mapped[str] = mapped_column(String(20), default="")  # internal code for EAN-13
    small_package: Mapped[bool] = mapped_column(Boolean, default=False)  # largest surface < 80 cm²
    # What cooking does to the batch's weight, in % of its ingredients' weight, as a person said
    # it: negative for a loss (evaporation, -20 = loses a fifth), positive for water absorbed;
    # None when not said. The label's percentages (QUID) are on the finished weight it gives.
    weight_change_pct: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    # the cooperative relies on the artisan exemption (Annex V point 19): no nutrition declaration
    nutrition_exempt: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)

    lines: Mapped[list[RecipeLine]] = relationship(
        back_populates="recipe", cascade="all, delete-orphan", order_by="RecipeLine.position"
    )


class RecipeLine(Base):
    __tablename__ = "recipe_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        in_constraint("emphasis", Emphasis),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="CASCADE"), index=True)
    ingredient_id: Mapped[int] = mapped_column(
        ForeignKey("ingredient.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    unit: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # whether the product's name emphasises this ingredient (its % is printed): app.vocab Emphasis
    emphasis: Mapped[str] = mapped_column(String(8), default="auto", server_default="auto")

    recipe: Mapped[Recipe] = relationship(back_populates="lines")
    ingredient: Mapped[Ingredient] = relationship()


class RecipeFormatVat(Base):
    """A recipe's VAT rate for one sales format, overriding the recipe's own rate."""

    __tablename__ = "recipe_format_vat"
    __table_args__ = (
        UniqueConstraint("recipe_id", "sales_format"),
        CheckConstraint("vat_rate_bp >= 0", name="vat_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="CASCADE"), index=True)
    sales_format: Mapped[str] = mapped_column(String(20))
    vat_rate_bp: Mapped[int] = mapped_column(Integer)


class Menu(Base):
    """A named set of recipes with portions per guest, for one sales format."""

    __tablename__ = "menu"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    sales_format: Mapped[str] = mapped_column(String(20), default="catering")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    items: Mapped[list[MenuItem]] = relationship(
        back_populates="menu", cascade="all, delete-orphan", order_by="MenuItem.position"
    )


class MenuItem(Base):
    __tablename__ = "menu_item"
    __table_args__ = (CheckConstraint("portions_per_guest > 0", name="portions_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    menu_id: Mapped[int] = mapped_column(ForeignKey("menu.id", ondelete="CASCADE"), index=True)
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="RESTRICT"), index=True)
    portions_per_guest: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    position: Mapped[int] = mapped_column(Integer, default=0)

    menu: Mapped[Menu] = relationship(back_populates="items")


class CustomerOrder(Base):
    """An order from a customer (an organisation, a person), from draft to delivered."""

    __tablename__ = "customer_order"
    __table_args__ = (
        CheckConstraint("guests >= 0", name="guests_positive"),
        in_constraint("status", OrderStatus),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str] = mapped_column(String(160))
    # The customer in the directory, when chosen from it; `customer` keeps the name as written
    # (older orders have only the name). A customer with orders cannot be deleted.
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    contact: Mapped[str] = mapped_column(String(200), default="")
    event_date: Mapped[dt.date] = mapped_column(Date)
    guests: Mapped[int] = mapped_column(Integer, default=0)
    menu_id: Mapped[int | None] = mapped_column(ForeignKey("menu.id", ondelete="SET NULL"))
    sales_format: Mapped[str] = mapped_column(String(20), default="catering")
    fulfilment: Mapped[str] = mapped_column(String(12), default="delivery")
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    quote_valid_days: Mapped[int] = mapped_column(Integer, default=30)
    created_on: Mapped[dt.date] = mapped_column(Date)
    # Optimistic concurrency: the order form saves only if no other save came first
    # (app/services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )


class OrderLine(Base):
    """A recipe ordered, with the unit price (VAT included) and VAT rate copied when entered."""

    __tablename__ = "order_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_cents >= 0 AND vat_rate_bp >= 0", name="money_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("customer_order.id", ondelete="CASCADE"), index=True
    )
    recipe_id: Mapped[int] = mapped_column(ForeignKey("recipe.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 3))
    unit_price_cents: Mapped[int] = mapped_column(Integer)  # VAT included
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[CustomerOrder] = relationship(back_populates="lines")
